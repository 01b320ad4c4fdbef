import { parseISO } from 'date-fns';
import { CxError } from '../errors/CxError';
import { checkOptions } from '../errors/checkOptions';
import { describeValue } from '../errors/describeValue';
import { invalidDateMessage } from '../errors/messages';
import type { PropertyPath } from '../errors/PropertyPath';
import type { Instant } from './Period';
import { timeZoneContext, type ZoneContext } from './timeZoneContext';

/** @internal The range of instants a JavaScript `Date` can hold (±100,000,000 days from 1970). */
export const maximumEpochMilliseconds = 8.64e15;

/**
 * Options for {@link parseInstant}.
 *
 * @category Periods
 */
export interface ParseInstantOptions {
  /** The zone in which to read date-time strings that carry no offset. Default `'UTC'`. */
  readonly timeZone?: string;
  /** Where the value came from, for the error, e.g. `['responses', 3, 'at']`. Default `[]`. */
  readonly path?: PropertyPath;
}

/**
 * @internal The conversion itself, for callers that checked the zone already:
 * epoch milliseconds, or `NaN` for anything that is not a real instant.
 */
export function epochOrNaN(value: unknown, context: ZoneContext): number {
  let epoch = Number.NaN;
  if (typeof value === 'number') epoch = value;
  else if (value instanceof Date) epoch = value.getTime();
  else if (typeof value === 'string') epoch = parseISO(value, { in: context }).getTime();
  return Number.isFinite(epoch) && Math.abs(epoch) <= maximumEpochMilliseconds ? epoch : Number.NaN;
}

/** @internal Raises the error for an invalid instant at `path`. */
export function raiseInvalidDate(value: unknown, path: PropertyPath, extra: Record<string, unknown> = {}): never {
  const invalidCount = typeof extra.invalidCount === 'number' ? extra.invalidCount : 1;
  // The one message, not core's table: measuring a journey raises this and little else of core's.
  throw new CxError('INVALID_DATE', invalidDateMessage(describeValue(value), invalidCount), {
    path,
    details: { received: describeValue(value), ...extra },
  });
}

/**
 * Turns a `Date`, an ISO 8601 string or epoch milliseconds into epoch milliseconds,
 * refusing anything that is not a real instant (`Invalid Date`, `NaN`, `Infinity`,
 * `'2026-02-30'`, an empty string) with an error that names where it came from.
 *
 * Strings without an offset (`'2026-11-22'`, `'2026-11-22T09:30'`) are read in
 * `timeZone` (UTC unless you say otherwise), never in the machine's own zone.
 *
 * @param value - The instant.
 * @param options - Time zone for offset-less strings and the path for errors.
 * @returns Epoch milliseconds.
 * @throws {@link CxError} `INVALID_DATE` naming `options.path`; `INVALID_TIME_ZONE` for an unknown zone.
 *
 * @example
 * import { parseInstant } from 'cxkit/core';
 *
 * parseInstant('2026-11-22T00:00:00Z') // => 1795305600000
 * parseInstant('2026-11-22', { timeZone: '+01:00' }) // => 1795302000000
 * parseInstant(new Date(Date.UTC(2026, 10, 22))) // => 1795305600000
 * parseInstant('2026-02-30', { path: ['responses', 3, 'at'] }) // throws CxError INVALID_DATE
 *
 * @category Periods
 */
export function parseInstant(value: Instant, options: ParseInstantOptions = {}): number {
  checkOptions(options, ['timeZone', 'path']);
  const epoch = epochOrNaN(value, timeZoneContext(options.timeZone));
  if (Number.isNaN(epoch)) raiseInvalidDate(value, options.path ?? []);
  return epoch;
}
