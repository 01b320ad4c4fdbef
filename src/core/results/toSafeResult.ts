import { CxError } from '../errors/CxError';
import { describeValue } from '../errors/describeValue';
import { raise } from '../errors/raise';
import type { SafeResult } from './SafeResult';

/**
 * Runs a throwing cxkit function and returns its outcome as a {@link SafeResult}:
 * a `CxError` becomes `{ success: false, error }`. Any other exception is a bug,
 * not bad input, so it is rethrown.
 *
 * @param compute - The call to make, e.g. `() => parseInstant(value)`.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 * @throws Whatever `compute` throws that is not a `CxError`; {@link CxError} `INVALID_ARGUMENT` when `compute` is not a function.
 *
 * @example
 * import { parseInstant, toSafeResult } from 'cxkit/core';
 *
 * toSafeResult(() => parseInstant('2026-11-22T00:00:00Z')) // => { success: true, data: 1795305600000 }
 * toSafeResult(() => parseInstant('not a date')).success // => false
 *
 * @category Results
 */
export function toSafeResult<Data>(compute: () => Data): SafeResult<Data> {
  if (typeof compute !== 'function') {
    raise('INVALID_ARGUMENT', ['compute', 'a function to call', describeValue(compute)], { path: ['compute'] });
  }
  try {
    return { success: true, data: compute() };
  } catch (error) {
    if (error instanceof CxError) return { success: false, error };
    throw error;
  }
}
