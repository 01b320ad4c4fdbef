import { checkOptions } from '../errors/checkOptions';
import { describeValue } from '../errors/describeValue';
import { raise } from '../errors/raise';
import type { Instant } from './Period';
import { epochOrNaN, raiseInvalidDate } from './parseInstant';
import { timeZoneContext } from './timeZoneContext';

/**
 * Options for {@link parseInstants}.
 *
 * @category Periods
 */
export interface ParseInstantsOptions {
  /** The zone in which to read date-time strings that carry no offset. Default `'UTC'`. */
  readonly timeZone?: string;
  /**
   * Read each instant from this field of row objects (e.g. `'at'` for `{ at, score }`
   * rows) instead of taking the values themselves. Default: the values are instants.
   */
  readonly field?: string;
  /** How many bad rows to name in the error's `details.indexes`. Default `10`. */
  readonly reportLimit?: number;
}

/**
 * Converts many instants (or rows holding one) into a `Float64Array` of epoch
 * milliseconds in one pass. If any is invalid, the error names the first bad index
 * (and field) in its path and lists the first few bad indexes in `details`.
 *
 * @param values - Instants, or rows when `options.field` is given.
 * @param options - Time zone, field, and how many bad rows to report.
 * @returns Epoch milliseconds, one per value, in input order.
 * @throws {@link CxError} `INVALID_DATE` with `path: [index]` or `[index, field]`, and `details.indexes` and `details.invalidCount`;
 *   `EMPTY_INPUT` when there are no values.
 *
 * @example
 * import { parseInstants } from 'cxkit/core';
 *
 * Array.from(parseInstants(['2026-11-22T00:00:00Z', 1795305600000])) // => [1795305600000, 1795305600000]
 * parseInstants([{ at: '2026-11-22' }, { at: 'yesterday' }], { field: 'at' }) // throws CxError INVALID_DATE
 *
 * @category Periods
 */
export function parseInstants(
  values: ArrayLike<Instant> | ArrayLike<Readonly<Record<string, unknown>>>,
  options: ParseInstantsOptions = {},
): Float64Array {
  checkOptions(options, ['timeZone', 'field', 'reportLimit']);
  const { field, reportLimit = 10 } = options;
  if (values === null || typeof values !== 'object' || typeof values.length !== 'number') {
    raise('INVALID_ARGUMENT', ['values', 'an array of instants', describeValue(values)]);
  }
  if (values.length === 0) raise('EMPTY_INPUT', ['values']);
  const context = timeZoneContext(options.timeZone);
  const epochs = new Float64Array(values.length);
  const badIndexes: number[] = [];
  let invalidCount = 0;
  for (let index = 0; index < values.length; index++) {
    const row = values[index];
    const value =
      field === undefined
        ? row
        : typeof row === 'object' && row !== null && !(row instanceof Date)
          ? (row as Readonly<Record<string, unknown>>)[field]
          : undefined;
    const epoch = epochOrNaN(value, context);
    if (Number.isNaN(epoch)) {
      invalidCount++;
      if (badIndexes.length < reportLimit) badIndexes.push(index);
    }
    epochs[index] = epoch;
  }
  const first = badIndexes[0];
  if (first !== undefined) {
    const row = values[first];
    const value = field === undefined ? row : (row as Readonly<Record<string, unknown>> | undefined)?.[field];
    raiseInvalidDate(value, field === undefined ? [first] : [first, field], {
      indexes: badIndexes,
      invalidCount,
    });
  }
  return epochs;
}
