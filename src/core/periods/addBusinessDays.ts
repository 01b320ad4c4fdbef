import { addDays } from 'date-fns';
import { describeValue } from '../errors/describeValue';
import { raise } from '../errors/raise';
import { type BusinessCalendarOptions, checkBusinessCalendar, dayNumber, isBusinessDay } from './businessCalendar';
import type { Instant } from './Period';
import { parseInstant } from './parseInstant';

/**
 * The instant `days` business days after `at` (before it, when negative), at the
 * same time of day in the given zone, skipping the weekend and holidays. Use it for
 * deadlines such as "decided within 10 business days of submission".
 *
 * Counting starts from the day after `at`: adding 1 to a Friday or a Saturday gives
 * the Monday (when the weekend is Saturday and Sunday). Adding 0 returns `at`.
 *
 * @param at - The starting instant.
 * @param days - How many business days to add; an integer, may be negative.
 * @param options - Time zone, weekend days and holidays; see {@link BusinessCalendarOptions}.
 * @returns Epoch milliseconds.
 * @throws {@link CxError} `INVALID_DATE` naming `at` or `holidays[i]`; `INVALID_ARGUMENT` when `days` is not an integer; `INVALID_OPTION`.
 *
 * @example
 * import { addBusinessDays } from 'cxkit/core';
 *
 * new Date(addBusinessDays('2026-11-20T16:00:00Z', 1)).toISOString() // => '2026-11-23T16:00:00.000Z'
 * new Date(addBusinessDays('2026-11-20T16:00:00Z', 1, { holidays: ['2026-11-23'] })).toISOString()
 * // => '2026-11-24T16:00:00.000Z'
 *
 * @category Periods
 */
export function addBusinessDays(at: Instant, days: number, options: BusinessCalendarOptions = {}): number {
  if (!Number.isSafeInteger(days)) {
    raise('INVALID_ARGUMENT', ['days', 'an integer', describeValue(days)], {
      path: ['days'],
    });
  }
  const calendar = checkBusinessCalendar(options);
  const epoch = parseInstant(at, {
    timeZone: options.timeZone ?? 'UTC',
    path: ['at'],
  });
  const direction = days < 0 ? -1 : 1;
  let remaining = Math.abs(days);
  let day = dayNumber(epoch, calendar.context);
  let moved = 0;
  while (remaining > 0) {
    day += direction;
    moved += direction;
    if (isBusinessDay(day, calendar)) remaining--;
  }
  // Calendar-day arithmetic in the zone keeps the time of day across DST changes.
  return moved === 0 ? epoch : addDays(epoch, moved, { in: calendar.context }).getTime();
}
