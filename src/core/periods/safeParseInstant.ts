import type { SafeResult } from '../results/SafeResult';
import { toSafeResult } from '../results/toSafeResult';
import type { Instant } from './Period';
import { type ParseInstantOptions, parseInstant } from './parseInstant';

/**
 * The non-throwing twin of {@link parseInstant}.
 *
 * @param value - The instant.
 * @param options - Time zone for offset-less strings and the path for errors.
 * @returns `{ success: true, data }` with epoch milliseconds, or `{ success: false, error }`.
 *
 * @example
 * import { safeParseInstant } from 'cxkit/core';
 *
 * safeParseInstant('2026-11-22T00:00:00Z') // => { success: true, data: 1795305600000 }
 * const result = safeParseInstant('2026-02-30', { path: ['at'] });
 * !result.success && result.error.path // => ['at']
 *
 * @category Periods
 */
export function safeParseInstant(value: Instant, options: ParseInstantOptions = {}): SafeResult<number> {
  return toSafeResult(() => parseInstant(value, options));
}
