import { addDays } from 'date-fns';
import { describeValue } from '../errors/describeValue';
import { raise } from '../errors/raise';
import { type BusinessCalendarOptions, checkBusinessCalendar, dayNumber, isBusinessDay } from './businessCalendar';
import type { Instant } from './Period';
import { maximumEpochMilliseconds, parseInstant } from './parseInstant';

/** About 3,800 years of five-day weeks: more than any service level needs. */
const maximumBusinessDays = 1_000_000;

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
 * @throws {@link CxError} `INVALID_DATE` naming `at` or `holidays[i]`; `INVALID_ARGUMENT` when `days` is not an integer;
 *   `OUT_OF_RANGE` when `days` is beyond ±1,000,000 or the day reached is beyond the dates a `Date` holds; `INVALID_OPTION`.
 *
 * @example
 * import { addBusinessDays } from 'cxkit/core';
 *
 * new Date(addBusinessDays('2026-11-20T16:00:00Z', 1)).toISOString() // => '2026-11-23T16:00:00.000Z'
 * new Date(addBusinessDays('2026-11-20T16:00:00Z', 1, { holidays: ['2026-11-23'] })).toISOString()
 * // => '2026-11-24T16:00:00.000Z'
 * addBusinessDays('2026-11-20T16:00:00Z', 1e8) // throws CxError OUT_OF_RANGE
 *
 * @category Periods
 */
export function addBusinessDays(at: Instant, days: number, options: BusinessCalendarOptions = {}): number {
  if (!Number.isSafeInteger(days)) {
    raise('INVALID_ARGUMENT', ['days', 'an integer', describeValue(days)], {
      path: ['days'],
    });
  }
  // The walk below takes a step per calendar day: a bound on days bounds its time.
  if (Math.abs(days) > maximumBusinessDays) {
    raise('OUT_OF_RANGE', ['days', `±${maximumBusinessDays.toLocaleString('en-US')} business days`, String(days)], {
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
  const result = moved === 0 ? epoch : addDays(epoch, moved, { in: calendar.context }).getTime();
  if (!(Math.abs(result) <= maximumEpochMilliseconds)) {
    raise(
      'OUT_OF_RANGE',
      ['The day reached', 'the dates a JavaScript Date can hold', `${days} business days from ${describeValue(at)}`],
      {
        path: ['days'],
      },
    );
  }
  return result;
}
