import type { SafeResult } from '../results/SafeResult';
import { toSafeResult } from '../results/toSafeResult';
import type { Instant } from './Period';
import { type ParseInstantsOptions, parseInstants } from './parseInstants';

/**
 * The non-throwing twin of {@link parseInstants}.
 *
 * @param values - Instants, or rows when `options.field` is given.
 * @param options - Time zone, field, and how many bad rows to report.
 * @returns `{ success: true, data }` with a `Float64Array`, or `{ success: false, error }` naming the first bad row.
 *
 * @example
 * import { safeParseInstants } from 'cxkit/core';
 *
 * const result = safeParseInstants([{ at: '2026-11-22' }, { at: 'soon' }], { field: 'at' });
 * !result.success && result.error.path // => [1, 'at']
 *
 * @category Periods
 */
export function safeParseInstants(
  values: ArrayLike<Instant> | ArrayLike<Readonly<Record<string, unknown>>>,
  options: ParseInstantsOptions = {},
): SafeResult<Float64Array> {
  return toSafeResult(() => parseInstants(values, options));
}
