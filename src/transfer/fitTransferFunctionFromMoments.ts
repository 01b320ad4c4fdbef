import { assembleTransferFunction } from './assembleTransferFunction';
import { readTransferMoments } from './readTransferMoments';
import { solveTransferFunction } from './solveTransferFunction';
import type { TransferFunction } from './TransferFunction';
import { estimatesFromMoments } from './transferEstimates';
import type { TransferMoments } from './transferMoments';

/**
 * Fits a transfer function (ordinary or weighted least squares with an intercept) from
 * its moments — one pass's or many shards' merged — with the statistics of R's
 * `summary(lm(...))`: estimates, standard errors, t, p-values, R², adjusted R², σ̂, F,
 * plus standardized coefficients, VIFs and the coefficients' covariance matrix.
 *
 * The normal equations are solved on the drivers' correlation matrix by Cholesky with
 * a pivot check (see the transfer guide for the tolerance and why). Moments are all a
 * warehouse or a set of shards hand over, and they bound the accuracy: about κ·1e-16
 * relative, κ the condition number of the drivers' correlation matrix (1e-15 for
 * unrelated drivers, 1e-8 at κ = 1e8), and σ̂ loses digits as 1 − R² nears 0. When the
 * rows are at hand, {@link fitTransferFunction} refines the answer against them.
 *
 * @param moments - From {@link transferMoments} or {@link mergeTransferMoments} (or built from a SQL aggregate).
 * @returns The transfer function, plain JSON.
 * @throws `CxError` `TOO_FEW_ROWS`, `CONSTANT_DRIVER` (naming the drivers), `CONSTANT_OUTCOME`, `COLLINEAR_DRIVERS`
 *   (naming the driver and those it is a combination of), `PERFECT_FIT`, `INVALID_MOMENTS`.
 *
 * @example
 * import { fitTransferFunctionFromMoments, mergeTransferMoments, transferMoments } from 'cxkit/transfer';
 *
 * const north = transferMoments({ outcome: [6, 8, 7], drivers: { firstContactResolution: [0.5, 0.9, 0.6] } });
 * const south = transferMoments({ outcome: [9, 5], drivers: { firstContactResolution: [1, 0.3] } });
 * const fit = fitTransferFunctionFromMoments(mergeTransferMoments(north, south));
 * fit.n // => 5
 * // One driver: the slope is Sxy / Sxx = 1.8 / 0.332 over the five rows.
 * fit.coefficients.firstContactResolution?.estimate.toFixed(3) // => '5.422'
 *
 * @category Transfer functions
 */
export function fitTransferFunctionFromMoments(moments: TransferMoments): TransferFunction {
  const state = readTransferMoments(moments);
  const solution = solveTransferFunction(state, moments.drivers, moments.dropped);
  return assembleTransferFunction(moments, state, estimatesFromMoments(state, solution));
}
