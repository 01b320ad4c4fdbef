import { type BusinessDays, dayNumber, isBusinessDay, weekdayOf } from '../core/periods/businessCalendar';
import type { ZoneContext } from '../core/periods/timeZoneContext';

const millisecondsPerDay = 86_400_000;

/**
 * @internal A clock that stands still on non-business days: it maps an instant to the
 * business milliseconds since 1970-01-01 in the calendar's zone. Every business day
 * counts its wall-clock time from local midnight (so a day with a clock change still
 * counts 24 hours); weekend days and holidays count nothing. The difference of two
 * readings is the business time between them, and because the map never decreases,
 * unions and gaps of intervals keep their meaning.
 *
 * `zone` reads the days in a time zone; `undefined` reads them in UTC, by arithmetic alone
 * (faster, and a caller that counts in UTC then carries no time-zone code).
 */
export function createBusinessClock(calendar: BusinessDays, zone: ZoneContext | undefined): (epoch: number) => number {
  const holidays = [...calendar.holidays].filter((day) => !calendar.weekend[weekdayOf(day)]);
  const daysBefore = new Map<number, number>();
  // Business days from day 0 up to (not including) `day`; negative before 1970.
  const businessDaysBefore = (day: number): number => {
    const cached = daysBefore.get(day);
    if (cached !== undefined) return cached;
    const weeks = Math.floor(day / 7);
    let count = weeks * calendar.businessDaysPerWeek;
    for (let current = weeks * 7; current < day; current++) {
      if (!calendar.weekend[weekdayOf(current)]) count++;
    }
    for (const holiday of holidays) {
      if (holiday >= 0 && holiday < day) count--;
      else if (holiday < 0 && holiday >= day) count++;
    }
    daysBefore.set(day, count);
    return count;
  };
  return (epoch) => {
    let day: number;
    let sinceMidnight: number;
    if (zone === undefined) {
      day = Math.floor(epoch / millisecondsPerDay);
      sinceMidnight = epoch - day * millisecondsPerDay;
    } else {
      const local = zone(epoch);
      day = dayNumber(epoch, zone);
      sinceMidnight =
        ((local.getHours() * 60 + local.getMinutes()) * 60 + local.getSeconds()) * 1000 + local.getMilliseconds();
    }
    const before = businessDaysBefore(day) * millisecondsPerDay;
    return isBusinessDay(day, calendar) ? before + sinceMidnight : before;
  };
}
