import { CxError } from './CxError';
import type { CxErrorCode } from './messages';

/**
 * Tells whether a caught value is a {@link CxError}, optionally with a given code.
 *
 * @param value - Anything caught.
 * @param code - When given, also require this code.
 * @returns `true` when `value` is a `CxError` (with `code`, when given).
 *
 * @example
 * import { CxError, isCxError } from 'cxkit/core';
 *
 * isCxError(new CxError('EMPTY_INPUT', 'scores is empty.')) // => true
 * isCxError(new CxError('EMPTY_INPUT', 'scores is empty.'), 'INVALID_DATE') // => false
 * isCxError(new Error('other')) // => false
 *
 * @category Errors
 */
export function isCxError(value: unknown, code?: CxErrorCode): value is CxError {
  return value instanceof CxError && (code === undefined || value.code === code);
}
