import { checkOptions } from '../errors/checkOptions';
import { assertPeriodUnit, checkCalendarOptions } from './checkCalendarOptions';
import type { CalendarOptions, Instant, Period, PeriodUnit } from './Period';
import { epochOrNaN, raiseInvalidDate } from './parseInstant';
import { periodBounds } from './periodBounds';

/**
 * The calendar period (day, week, month, quarter or year) that holds an instant, in
 * the given time zone (UTC by default).
 *
 * @param instant - A `Date`, an ISO 8601 string or epoch milliseconds.
 * @param unit - The period unit.
 * @param options - Time zone and week start; see {@link CalendarOptions}.
 * @returns The period `[start, end)` with its label.
 * @throws {@link CxError} `INVALID_DATE` (path `instant`), `INVALID_ARGUMENT` for an unknown unit, `INVALID_TIME_ZONE`, `INVALID_OPTION`.
 *
 * @example
 * import { periodOf } from 'cxkit/core';
 *
 * periodOf('2026-11-22T10:00:00Z', 'quarter').label // => '2026-Q4'
 * periodOf('2026-11-22T10:00:00Z', 'week').label // => '2026-W47'
 * periodOf('2026-11-22T10:00:00Z', 'week', { weekStartsOn: 0 }).label // => '2026-11-22/P1W'
 * // 23:30 on 31 October in New York is already November in UTC:
 * periodOf('2026-10-31T23:30:00-04:00', 'month', { timeZone: 'America/New_York' }).label // => '2026-10'
 * periodOf('2026-10-31T23:30:00-04:00', 'month').label // => '2026-11'
 *
 * @category Periods
 */
export function periodOf(instant: Instant, unit: PeriodUnit, options: CalendarOptions = {}): Period {
  checkOptions(options, ['timeZone', 'weekStartsOn']);
  assertPeriodUnit(unit);
  const { timeZone, weekStartsOn, context } = checkCalendarOptions(options);
  const epoch = epochOrNaN(instant, context);
  if (Number.isNaN(epoch)) raiseInvalidDate(instant, ['instant']);
  return periodBounds(epoch, unit, timeZone, weekStartsOn, context);
}
