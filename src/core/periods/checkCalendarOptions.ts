import { describeValue } from '../errors/describeValue';
import { raise } from '../errors/raise';
import type { CalendarOptions, PeriodUnit, Weekday } from './Period';
import { timeZoneContext, type ZoneContext } from './timeZoneContext';

const units: readonly PeriodUnit[] = ['day', 'week', 'month', 'quarter', 'year'];

/** @internal Calendar options with defaults applied and checked. */
export interface CheckedCalendar {
  readonly timeZone: string;
  readonly weekStartsOn: Weekday;
  readonly context: ZoneContext;
}

/** @internal Applies defaults and checks calendar options once, naming the bad option. */
export function checkCalendarOptions(options: CalendarOptions | undefined): CheckedCalendar {
  const timeZone = options?.timeZone ?? 'UTC';
  const weekStartsOn = options?.weekStartsOn ?? 1;
  if (!Number.isInteger(weekStartsOn) || weekStartsOn < 0 || weekStartsOn > 6) {
    raise(
      'INVALID_OPTION',
      ['weekStartsOn', 'an integer from 0 (Sunday) to 6 (Saturday)', describeValue(weekStartsOn)],
      {
        path: ['weekStartsOn'],
      },
    );
  }
  return { timeZone, weekStartsOn, context: timeZoneContext(timeZone) };
}

/** @internal Checks a period unit, naming the argument. */
export function assertPeriodUnit(unit: unknown, argument = 'unit'): asserts unit is PeriodUnit {
  if (typeof unit !== 'string' || !units.includes(unit as PeriodUnit)) {
    raise(
      'INVALID_ARGUMENT',
      [argument, `one of ${units.map((name) => `"${name}"`).join(', ')}`, describeValue(unit)],
      {
        path: [argument],
      },
    );
  }
}
