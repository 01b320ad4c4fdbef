import { fitTransferFunctionWithRows } from './fitTransferFunctionWithRows';
import { summarizeInput } from './summarizeInput';
import type { TransferFunction } from './TransferFunction';
import type { TransferInput, TransferMomentsOptions } from './TransferInput';

/**
 * Fits a transfer function from operational drivers to the ultimate CX metric,
 * `Y = b₀ + b₁X₁ + … + bₖXₖ`, by ordinary (or, given `weights`, weighted) least squares,
 * with the statistics of R's `summary(lm(...))`. One pass over the columns summarizes
 * them ({@link transferMoments}); a small solve of the moments gives a first answer; one
 * more, lighter pass over the rows refines it (iterative refinement: residuals, then
 * their gradient), so that it is as accurate as R's QR-based `lm` — within 1e-10 of exact
 * arithmetic for drivers whose correlation matrix has a condition number near 1e8, where
 * the moments alone keep about 1e-8 — and reads σ̂ from the residuals themselves.
 *
 * Bad input is an error, never a garbage fit: missing values (unless dropped by option),
 * Infinity, mismatched lengths, too few rows, a constant driver or outcome, and
 * perfectly collinear drivers each name the place or the drivers.
 *
 * @param input - `{ outcome, drivers, weights? }`: the outcome column, named driver columns, optional weights.
 * @param options - `missing`: `'error'` (default) or `'drop'` for rows holding a `NaN`.
 * @returns The transfer function: plain JSON.
 * @throws `CxError` `MISSING_VALUES`, `NON_FINITE_VALUE`, `INVALID_WEIGHT`, `MISMATCHED_COLUMNS`, `NO_DRIVERS`,
 *   `INVALID_INPUT`, `TOO_FEW_ROWS`, `CONSTANT_DRIVER`, `CONSTANT_OUTCOME`, `COLLINEAR_DRIVERS`, `PERFECT_FIT`,
 *   `VALUES_TOO_LARGE`, `UNKNOWN_OPTION`.
 *
 * @example
 * import { fitTransferFunction } from 'cxkit/transfer';
 *
 * // Satisfaction by branch, against hours to first response and the share resolved on first contact.
 * const fit = fitTransferFunction({
 *   outcome: [7.1, 8.4, 6.2, 9.0, 7.7, 5.9],
 *   drivers: { responseHours: [20, 8, 30, 4, 12, 36], firstContactResolution: [0.6, 0.8, 0.7, 0.9, 0.7, 0.5] },
 * });
 * fit.drivers // => ['responseHours', 'firstContactResolution']
 * // As R's coef(lm(satisfaction ~ responseHours + firstContactResolution)): 8.2071, -0.0849, 1.0470.
 * fit.coefficients.responseHours?.estimate.toFixed(4) // => '-0.0849'
 * fit.rSquared.toFixed(4) // => '0.9763'
 * fit.degreesOfFreedom // => { model: 2, residual: 3 }
 * fitTransferFunction({ outcome: [1, 2, 3, 4], drivers: { a: [1, 2, 3, 4], b: [2, 4, 6, 8] } }) // throws CxError COLLINEAR_DRIVERS
 *
 * @category Transfer functions
 */
export function fitTransferFunction(input: TransferInput, options: TransferMomentsOptions = {}): TransferFunction {
  const { moments, data } = summarizeInput(input, options);
  return fitTransferFunctionWithRows(moments, data);
}
