import type { CxError } from './CxError';
import { cxErrorBrand } from './cxErrorBrand';
import type { CxErrorCode } from './errorCodes';

/**
 * Tells whether a caught value is a {@link CxError}, optionally with a given code.
 *
 * Unlike `instanceof CxError`, it recognizes an error raised by any copy of cxkit loaded in
 * the process — the ESM build, the CommonJS build, or another installed version — because
 * every `CxError` carries a registered symbol, `Symbol.for('cxkit.CxError')`, and not only
 * a prototype.
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
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { readonly [cxErrorBrand]?: unknown })[cxErrorBrand] === true &&
    (code === undefined || (value as CxError).code === code)
  );
}
