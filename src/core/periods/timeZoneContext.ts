import { type TZDate, tz } from '@date-fns/tz';
import { describeValue } from '../errors/describeValue';
import { raise } from '../errors/raise';

/** @internal The date-fns context for a checked time zone. */
export type ZoneContext = (value: Date | number | string) => TZDate;

/**
 * Checks a time zone name once and returns the date-fns context for it. An unknown
 * zone would otherwise make every later date `Invalid Date`.
 *
 * @internal
 */
export function timeZoneContext(timeZone: unknown = 'UTC'): ZoneContext {
  if (typeof timeZone !== 'string' || timeZone === '') {
    raise('INVALID_OPTION', ['timeZone', 'an IANA time zone name or an offset', describeValue(timeZone)], {
      path: ['timeZone'],
    });
  }
  const context = tz(timeZone);
  if (Number.isNaN(context(0).getTime())) {
    raise('INVALID_TIME_ZONE', [timeZone], { path: ['timeZone'] });
  }
  return context;
}
