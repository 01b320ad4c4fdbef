import { describeValue } from '../core/errors/describeValue';
import { raiseRender } from './messages';

/**
 * The time unit of a timeline's axis and labels.
 *
 * @category Charts
 */
export type TimelineUnit = 'days' | 'hours' | 'minutes';

const milliseconds: Readonly<Record<TimelineUnit, number>> = { days: 86_400_000, hours: 3_600_000, minutes: 60_000 };

/** @internal Milliseconds per unit, the unit's short and singular words, and the choice of a unit for a longest duration. */
export const timeUnits = {
  milliseconds,
  short: { days: 'd', hours: 'h', minutes: 'min' } as Readonly<Record<TimelineUnit, string>>,
  singular: { days: 'day', hours: 'hour', minutes: 'minute' } as Readonly<Record<TimelineUnit, string>>,
  /** The unit asked for (checked), or days when the longest duration is 2 days or more, else hours when 2 hours or more, else minutes. */
  choose(asked: unknown, longest: number): TimelineUnit {
    if (asked === undefined) {
      return longest >= 2 * milliseconds.days ? 'days' : longest >= 2 * milliseconds.hours ? 'hours' : 'minutes';
    }
    if (typeof asked !== 'string' || !Object.hasOwn(milliseconds, asked)) {
      raiseRender('INVALID_INPUT', ['Option unit', '"days", "hours" or "minutes"', describeValue(asked)], {
        path: ['unit'],
      });
    }
    return asked as TimelineUnit;
  },
};
