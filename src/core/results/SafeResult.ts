import type { CxError } from '../errors/CxError';

/**
 * What every `safe…` function returns instead of throwing: the data, or the error
 * its throwing twin would have thrown. The same shape as zod's `safeParse`.
 *
 * @category Results
 */
export type SafeResult<Data, Failure extends CxError = CxError> =
  | { readonly success: true; readonly data: Data }
  | { readonly success: false; readonly error: Failure };
