import {
  type BusinessCalendarOptions,
  checkBusinessCalendar,
  dayNumber,
  isBusinessDay,
  weekdayOf,
} from './businessCalendar';
import type { Instant } from './Period';
import { parseInstant } from './parseInstant';

/**
 * How many business days lie from `start`'s calendar day up to (not including)
 * `end`'s, in the given zone, skipping the weekend and holidays. Times of day are
 * ignored, as in a "resolved within 5 business days" promise. Negative when `end` is
 * before `start`.
 *
 * @param start - When the clock starts (e.g. a complaint is received).
 * @param end - When it stops.
 * @param options - Time zone, weekend days and holidays; see {@link BusinessCalendarOptions}.
 * @returns The number of business days.
 * @throws {@link CxError} `INVALID_DATE` naming `start`, `end` or `holidays[i]`; `INVALID_OPTION`; `INVALID_TIME_ZONE`.
 *
 * @example
 * import { businessDaysBetween } from 'cxkit/core';
 *
 * // Friday 20 November to Tuesday 24 November 2026: Friday and Monday.
 * businessDaysBetween('2026-11-20T16:00:00Z', '2026-11-24T09:00:00Z') // => 2
 * businessDaysBetween('2026-11-20', '2026-11-24', { holidays: ['2026-11-23'] }) // => 1
 * // A Friday–Saturday weekend:
 * businessDaysBetween('2026-11-20', '2026-11-24', { weekend: [5, 6] }) // => 2
 *
 * @category Periods
 */
export function businessDaysBetween(start: Instant, end: Instant, options: BusinessCalendarOptions = {}): number {
  const calendar = checkBusinessCalendar(options);
  const timeZone = options.timeZone ?? 'UTC';
  const first = dayNumber(parseInstant(start, { timeZone, path: ['start'] }), calendar.context);
  const last = dayNumber(parseInstant(end, { timeZone, path: ['end'] }), calendar.context);
  const sign = last < first ? -1 : 1;
  const from = Math.min(first, last);
  const to = Math.max(first, last);
  // Whole weeks hold the same number of business days; count only the remainder.
  const wholeWeeks = Math.floor((to - from) / 7);
  let count = wholeWeeks * calendar.businessDaysPerWeek;
  for (let day = from + wholeWeeks * 7; day < to; day++) {
    if (isBusinessDay(day, calendar)) count++;
  }
  for (const holiday of calendar.holidays) {
    if (holiday >= from && holiday < from + wholeWeeks * 7 && !calendar.weekend[weekdayOf(holiday)]) {
      count--;
    }
  }
  return sign * count;
}
