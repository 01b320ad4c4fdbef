import {
  addDays,
  addMonths,
  addQuarters,
  addWeeks,
  addYears,
  getISOWeek,
  getISOWeekYear,
  startOfDay,
  startOfMonth,
  startOfQuarter,
  startOfWeek,
  startOfYear,
} from 'date-fns';
import type { Period, PeriodUnit, Weekday } from './Period';
import type { ZoneContext } from './timeZoneContext';

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function yearText(year: number): string {
  // ISO 8601 writes years outside 0000–9999 with a sign and at least four digits.
  if (year >= 0 && year <= 9999) return pad(year, 4);
  return `${year < 0 ? '-' : '+'}${pad(Math.abs(year), 6)}`;
}

function dayText(date: Date): string {
  return `${yearText(date.getFullYear())}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** @internal The label of a period starting at `start` (a date in the period's zone). */
export function periodLabelAt(start: Date, unit: PeriodUnit, weekStartsOn: Weekday, context: ZoneContext): string {
  switch (unit) {
    case 'day':
      return dayText(start);
    case 'week':
      return weekStartsOn === 1
        ? `${yearText(getISOWeekYear(start, { in: context }))}-W${pad(getISOWeek(start, { in: context }), 2)}`
        : `${dayText(start)}/P1W`;
    case 'month':
      return `${yearText(start.getFullYear())}-${pad(start.getMonth() + 1, 2)}`;
    case 'quarter':
      return `${yearText(start.getFullYear())}-Q${Math.floor(start.getMonth() / 3) + 1}`;
    case 'year':
      return yearText(start.getFullYear());
  }
}

/** @internal The period of `unit` holding `epoch`, with calendar options already checked. */
export function periodBounds(
  epoch: number,
  unit: PeriodUnit,
  timeZone: string,
  weekStartsOn: Weekday,
  context: ZoneContext,
): Period {
  // Each date-fns call takes the zone context explicitly (`in`), and weekStartsOn is
  // always passed, so neither the machine's zone nor date-fns' global defaults leak in.
  const options = { in: context, weekStartsOn };
  let start: Date;
  let end: Date;
  switch (unit) {
    case 'day':
      start = startOfDay(epoch, options);
      end = addDays(start, 1, options);
      break;
    case 'week':
      start = startOfWeek(epoch, options);
      end = addWeeks(start, 1, options);
      break;
    case 'month':
      start = startOfMonth(epoch, options);
      end = addMonths(start, 1, options);
      break;
    case 'quarter':
      start = startOfQuarter(epoch, options);
      end = addQuarters(start, 1, options);
      break;
    case 'year':
      start = startOfYear(epoch, options);
      end = addYears(start, 1, options);
      break;
  }
  return {
    unit,
    start: start.getTime(),
    end: end.getTime(),
    label: periodLabelAt(start, unit, weekStartsOn, context),
    timeZone,
  };
}
