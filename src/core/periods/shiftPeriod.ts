import { addDays, addMonths, addQuarters, addWeeks, addYears } from 'date-fns';
import { describeValue } from '../errors/describeValue';
import { raise } from '../errors/raise';
import { assertPeriodUnit } from './checkCalendarOptions';
import type { Period, Weekday } from './Period';
import { periodBounds } from './periodBounds';
import { timeZoneContext } from './timeZoneContext';

const adders = {
  day: addDays,
  week: addWeeks,
  month: addMonths,
  quarter: addQuarters,
  year: addYears,
} as const;

/**
 * The period `steps` periods after (or, when negative, before) the given one, in the
 * same unit and time zone. Weeks keep the weekday they start on.
 *
 * @param period - A period from {@link periodOf}, {@link parsePeriodLabel} or {@link bucketByPeriod}.
 * @param steps - How many periods to move; an integer.
 * @returns The period reached.
 * @throws {@link CxError} `INVALID_ARGUMENT` when `steps` is not an integer or `period` is malformed;
 *   `OUT_OF_RANGE` when the shifted period lies beyond the dates a `Date` holds.
 *
 * @example
 * import { parsePeriodLabel, shiftPeriod } from 'cxkit/core';
 *
 * shiftPeriod(parsePeriodLabel('2026-11'), 2).label // => '2027-01'
 * shiftPeriod(parsePeriodLabel('2026-Q1'), -1).label // => '2025-Q4'
 * shiftPeriod(parsePeriodLabel('2026-W01'), -1).label // => '2025-W52'
 * shiftPeriod(parsePeriodLabel('2026-11'), 1e7) // throws CxError OUT_OF_RANGE
 *
 * @category Periods
 */
export function shiftPeriod(period: Period, steps: number): Period {
  if (!Number.isSafeInteger(steps)) {
    raise('INVALID_ARGUMENT', ['steps', 'an integer', describeValue(steps)], {
      path: ['steps'],
    });
  }
  if (typeof period !== 'object' || period === null || !Number.isFinite(period.start)) {
    raise('INVALID_ARGUMENT', ['period', 'a period with a finite start', describeValue(period)], { path: ['period'] });
  }
  assertPeriodUnit(period.unit, 'period.unit');
  const context = timeZoneContext(period.timeZone);
  const start = context(period.start);
  const weekStartsOn = start.getDay() as Weekday;
  const moved = adders[period.unit](start, steps, { in: context }).getTime();
  // Past the dates a Date can hold, date-fns gives NaN: say so rather than label a period "+000NaN".
  const bounds = Number.isNaN(moved)
    ? undefined
    : periodBounds(moved, period.unit, period.timeZone, weekStartsOn, context);
  if (bounds === undefined || !Number.isFinite(bounds.end) || Number.isNaN(bounds.start)) {
    raise(
      'OUT_OF_RANGE',
      ['The shifted period', 'the dates a JavaScript Date can hold', `${steps} ${period.unit}s from ${period.label}`],
      {
        path: ['steps'],
      },
    );
  }
  return bounds;
}
