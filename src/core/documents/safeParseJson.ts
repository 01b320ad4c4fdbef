import type { SafeResult } from '../results/SafeResult';
import { toSafeResult } from '../results/toSafeResult';
import { parseJson } from './parseJson';

/**
 * The non-throwing twin of {@link parseJson}.
 *
 * @param text - JSON text.
 * @returns `{ success: true, data }` or `{ success: false, error }` with code `INVALID_JSON` or `FORBIDDEN_KEY`.
 *
 * @example
 * import { safeParseJson } from 'cxkit/core';
 *
 * safeParseJson('[1, 2]') // => { success: true, data: [1, 2] }
 * const result = safeParseJson('{"__proto__": {}}');
 * !result.success && result.error.code // => 'FORBIDDEN_KEY'
 *
 * @category Documents
 */
export function safeParseJson(text: string): SafeResult<unknown> {
  return toSafeResult(() => parseJson(text));
}
