import { TZDate } from '@date-fns/tz';
import { checkOptions } from '../errors/checkOptions';
import { describeValue } from '../errors/describeValue';
import { raise } from '../errors/raise';
import { checkCalendarOptions } from './checkCalendarOptions';
import type { Period, PeriodUnit, Weekday } from './Period';
import { periodBounds } from './periodBounds';

/**
 * Options for {@link parsePeriodLabel}.
 *
 * @category Periods
 */
export interface ParsePeriodLabelOptions {
  /** The time zone whose calendar the label refers to. Default `'UTC'`. */
  readonly timeZone?: string;
}

const forms: ReadonlyArray<{ unit: PeriodUnit; pattern: RegExp }> = [
  { unit: 'year', pattern: /^(\d{4})$/ },
  { unit: 'quarter', pattern: /^(\d{4})-Q([1-4])$/ },
  { unit: 'month', pattern: /^(\d{4})-(\d{2})$/ },
  { unit: 'week', pattern: /^(\d{4})-W(\d{2})$/ },
  { unit: 'week', pattern: /^(\d{4})-(\d{2})-(\d{2})\/P1W$/ },
  { unit: 'day', pattern: /^(\d{4})-(\d{2})-(\d{2})$/ },
];

/**
 * Reads a period label (`2026`, `2026-Q3`, `2026-11`, `2026-W47`, `2026-11-22/P1W`,
 * `2026-11-22`) back into its period, in the given time zone. The inverse of the
 * `label` that {@link periodOf} gives: a label that names no real period (`2026-13`,
 * `2026-W54`, `2026-02-30`) is an error.
 *
 * @param label - The label.
 * @param options - The time zone.
 * @returns The period.
 * @throws {@link CxError} `INVALID_PERIOD_LABEL`; `INVALID_TIME_ZONE`.
 *
 * @example
 * import { parsePeriodLabel } from 'cxkit/core';
 *
 * const quarter = parsePeriodLabel('2026-Q3');
 * new Date(quarter.start).toISOString() // => '2026-07-01T00:00:00.000Z'
 * new Date(quarter.end).toISOString() // => '2026-10-01T00:00:00.000Z'
 * parsePeriodLabel('2025-W53') // throws CxError INVALID_PERIOD_LABEL
 *
 * @category Periods
 */
export function parsePeriodLabel(label: string, options: ParsePeriodLabelOptions = {}): Period {
  checkOptions(options, ['timeZone']);
  const { timeZone, context } = checkCalendarOptions({
    timeZone: options.timeZone ?? 'UTC',
  });
  for (const { unit, pattern } of forms) {
    const match = typeof label === 'string' ? pattern.exec(label) : null;
    if (match === null) continue;
    const year = Number(match[1]);
    const second = Number(match[2] ?? 1);
    let start: TZDate;
    let weekStartsOn: Weekday = 1;
    if (unit === 'quarter') start = new TZDate(year, (second - 1) * 3, 1, timeZone);
    else if (unit === 'week' && match[3] === undefined) {
      // ISO week 1 is the week holding 4 January; weeks start on Monday.
      const fourthOfJanuary = new TZDate(year, 0, 4, timeZone);
      const weekday = (fourthOfJanuary.getDay() + 6) % 7;
      start = new TZDate(year, 0, 4 - weekday + (second - 1) * 7, timeZone);
    } else {
      start = new TZDate(year, unit === 'year' ? 0 : second - 1, Number(match[3] ?? 1), timeZone);
      if (unit === 'week') weekStartsOn = start.getDay() as Weekday;
    }
    const period = periodBounds(start.getTime(), unit, timeZone, weekStartsOn, context);
    // Date arithmetic rolls 2026-02-30 over to March; only a label that survives the
    // round trip names a real period.
    if (period.label === label) return period;
    break;
  }
  return raise('INVALID_PERIOD_LABEL', [describeValue(label)], {
    path: ['label'],
    details: { received: label },
  });
}
