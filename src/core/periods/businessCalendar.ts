import { CxError } from '../errors/CxError';
import { checkOptions } from '../errors/checkOptions';
import { raiseCommon } from '../errors/commonMessages';
import { describeValue } from '../errors/describeValue';
import { invalidDateMessage } from '../errors/messages';
import type { Weekday } from './Period';
import { timeZoneContext, type ZoneContext } from './timeZoneContext';

/**
 * Which days count as business days.
 *
 * @category Periods
 */
export interface BusinessCalendarOptions {
  /** The time zone whose calendar days count. Default `'UTC'`. */
  readonly timeZone?: string;
  /** The weekdays that are not business days. Default `[0, 6]` (Sunday and Saturday). */
  readonly weekend?: readonly Weekday[];
  /** Calendar dates (`YYYY-MM-DD`) that are not business days, e.g. public holidays. Default none. */
  readonly holidays?: readonly string[];
}

/** @internal Checked business days, apart from any zone: which weekdays and dates are off. */
export interface BusinessDays {
  /** Per weekday (0 = Sunday), whether it is a weekend day. */
  readonly weekend: readonly boolean[];
  /** The holidays, as day numbers (days since 1970-01-01). */
  readonly holidays: ReadonlySet<number>;
  readonly businessDaysPerWeek: number;
}

/** @internal A checked business calendar: the zone, and a test per day number. */
export interface CheckedBusinessCalendar extends BusinessDays {
  readonly context: ZoneContext;
}

const millisecondsPerDay = 86_400_000;
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** @internal Days since 1970-01-01 of the calendar date holding `epoch` in the zone. */
export function dayNumber(epoch: number, context: ZoneContext): number {
  const date = context(epoch);
  return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / millisecondsPerDay;
}

/** @internal The weekday (0 = Sunday) of a day number; 1970-01-01 was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** @internal Whether a day number is a business day. */
export function isBusinessDay(day: number, calendar: BusinessDays): boolean {
  return !calendar.weekend[weekdayOf(day)] && !calendar.holidays.has(day);
}

/** @internal Checks business-calendar options once, naming the bad option and index. */
export function checkBusinessCalendar(options: BusinessCalendarOptions): CheckedBusinessCalendar {
  checkOptions(options, ['timeZone', 'weekend', 'holidays']);
  const context = timeZoneContext(options.timeZone ?? 'UTC');
  return { context, ...checkBusinessDays(options) };
}

/**
 * @internal Checks the weekend and holidays of a business calendar, naming the bad option
 * and index; no zone is read, so a caller that counts in UTC carries no time-zone code.
 */
export function checkBusinessDays(options: Pick<BusinessCalendarOptions, 'weekend' | 'holidays'>): BusinessDays {
  const weekendDays = options.weekend ?? [0, 6];
  if (!Array.isArray(weekendDays)) {
    raiseCommon('INVALID_OPTION', ['weekend', 'an array of weekdays (0–6)', describeValue(weekendDays)], {
      path: ['weekend'],
    });
  }
  const weekend = [false, false, false, false, false, false, false];
  weekendDays.forEach((day, index) => {
    if (!Number.isInteger(day) || day < 0 || day > 6) {
      raiseCommon(
        'INVALID_OPTION',
        [`weekend[${index}]`, 'a weekday from 0 (Sunday) to 6 (Saturday)', describeValue(day)],
        {
          path: ['weekend', index],
        },
      );
    }
    weekend[day] = true;
  });
  const businessDaysPerWeek = weekend.filter((isWeekend) => !isWeekend).length;
  if (businessDaysPerWeek === 0) {
    raiseCommon('INVALID_OPTION', ['weekend', 'missing at least one weekday', 'all seven'], { path: ['weekend'] });
  }
  const holidayDates = options.holidays ?? [];
  if (!Array.isArray(holidayDates)) {
    raiseCommon('INVALID_OPTION', ['holidays', 'an array of YYYY-MM-DD dates', describeValue(holidayDates)], {
      path: ['holidays'],
    });
  }
  const holidays = new Set<number>();
  holidayDates.forEach((text, index) => {
    const match = typeof text === 'string' ? isoDate.exec(text) : null;
    const year = Number(match?.[1]);
    const month = Number(match?.[2]) - 1;
    const date = Number(match?.[3]);
    const epoch = Date.UTC(year, month, date);
    const check = new Date(epoch);
    // Date.UTC rolls 2026-02-30 into March; only a date that survives is real.
    if (match === null || check.getUTCMonth() !== month || check.getUTCDate() !== date) {
      throw new CxError('INVALID_DATE', invalidDateMessage(describeValue(text)), { path: ['holidays', index] });
    }
    holidays.add(epoch / millisecondsPerDay);
  });
  return { weekend, holidays, businessDaysPerWeek };
}
