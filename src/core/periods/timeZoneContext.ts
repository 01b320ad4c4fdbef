import { tz } from '@date-fns/tz';
import { utc } from '@date-fns/utc';
import { CxError } from '../errors/CxError';
import { raiseCommon } from '../errors/commonMessages';
import { describeValue } from '../errors/describeValue';
import { invalidTimeZoneMessage } from '../errors/messages';

/** @internal The date-fns context for a checked time zone: makes dates whose getters read that zone. */
export type ZoneContext = (value: Date | number | string) => Date;

/**
 * Checks a time zone name once and returns the date-fns context for it. An unknown
 * zone would otherwise make every later date `Invalid Date`.
 *
 * UTC, the default, gets `@date-fns/utc`'s context: its getters are the native UTC
 * ones, several times faster than resolving an offset through `Intl` on every call.
 *
 * @internal
 */
export function timeZoneContext(timeZone: unknown = 'UTC'): ZoneContext {
  if (typeof timeZone !== 'string' || timeZone === '') {
    raiseCommon('INVALID_OPTION', ['timeZone', 'an IANA time zone name or an offset', describeValue(timeZone)], {
      path: ['timeZone'],
    });
  }
  if (timeZone === 'UTC') return utc;
  const context = tz(timeZone);
  if (Number.isNaN(context(0).getTime())) {
    throw new CxError('INVALID_TIME_ZONE', invalidTimeZoneMessage(timeZone), { path: ['timeZone'] });
  }
  return context;
}
