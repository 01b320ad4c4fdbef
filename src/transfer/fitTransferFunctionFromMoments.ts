import { fUpperTail } from '../stats/fUpperTail';
import { studentPValue } from '../stats/studentPValue';
import { readTransferMoments } from './readTransferMoments';
import { solveTransferFunction } from './solveTransferFunction';
import type { CoefficientEstimate, DriverCoefficient, TransferFunction } from './TransferFunction';
import type { TransferMoments } from './transferMoments';

function estimateOf(estimate: number, variance: number, residualDegreesOfFreedom: number): CoefficientEstimate {
  const standardError = Math.sqrt(variance);
  const t = estimate / standardError;
  return { estimate, standardError, t, pValue: studentPValue(t, residualDegreesOfFreedom) };
}

/**
 * Fits a transfer function (ordinary or weighted least squares with an intercept) from
 * its moments — one pass's or many shards' merged — with the statistics of R's
 * `summary(lm(...))`: estimates, standard errors, t, p-values, R², adjusted R², σ̂, F,
 * plus standardised coefficients, VIFs and the coefficients' covariance matrix.
 *
 * The normal equations are solved on the drivers' correlation matrix by Cholesky with
 * a pivot check (see the transfer guide for the tolerance and why).
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
  const { drivers } = moments;
  const solution = solveTransferFunction(state, drivers, moments.dropped);
  const { size, standardized, unexplained, inverseCorrelations } = solution;
  const k = size - 1;
  const cross = state.crossProducts;
  const residualDegreesOfFreedom = state.n - k - 1;
  const outcomeScale = Math.sqrt(cross[0] as number);
  const driverScale = (index: number) => Math.sqrt(cross[(index + 1) * size + index + 1] as number);
  const residualSumOfSquares = (cross[0] as number) * unexplained;
  const residualVariance = residualSumOfSquares / residualDegreesOfFreedom;
  const slopes = drivers.map((_name, index) => ((standardized[index] as number) * outcomeScale) / driverScale(index));
  // Cov(b) = σ²·(XcᵀWXc)⁻¹, where (XcᵀWXc)⁻¹ = D⁻¹·R⁻¹·D⁻¹ with D the drivers' root sums of squares.
  const slopeCovariance = (row: number, column: number) =>
    (residualVariance * (inverseCorrelations[row * k + column] as number)) / (driverScale(row) * driverScale(column));
  const driverMeans = drivers.map((_name, index) => state.means[index + 1] as number);
  const intercept =
    (state.means[0] as number) - slopes.reduce((sum, slope, index) => sum + slope * (driverMeans[index] as number), 0);
  // Cov(b₀, b) = −Cov(b)·x̄ and Var(b₀) = σ²/W + x̄ᵀ·Cov(b)·x̄ (the intercept is ȳ − bᵀx̄).
  const interceptCovariance = drivers.map(
    (_name, column) => -driverMeans.reduce((sum, mean, row) => sum + mean * slopeCovariance(row, column), 0),
  );
  const interceptVariance =
    residualVariance / state.weightSum -
    interceptCovariance.reduce((sum, value, index) => sum + value * (driverMeans[index] as number), 0);
  const covariance: number[][] = [[interceptVariance, ...interceptCovariance]];
  for (let row = 0; row < k; row++) {
    covariance.push([
      interceptCovariance[row] as number,
      ...drivers.map((_name, column) => slopeCovariance(row, column)),
    ]);
  }
  const coefficients = Object.fromEntries(
    drivers.map((name, index): [string, DriverCoefficient] => [
      name,
      {
        ...estimateOf(slopes[index] as number, slopeCovariance(index, index), residualDegreesOfFreedom),
        standardized: standardized[index] as number,
        vif: inverseCorrelations[index * k + index] as number,
      },
    ]),
  );
  const rSquared = 1 - unexplained;
  const fValue = rSquared / k / (unexplained / residualDegreesOfFreedom);
  return {
    kind: 'transfer-function',
    drivers: [...drivers],
    intercept: estimateOf(intercept, interceptVariance, residualDegreesOfFreedom),
    coefficients,
    rSquared,
    adjustedRSquared: 1 - (unexplained * (state.n - 1)) / residualDegreesOfFreedom,
    residualStandardError: Math.sqrt(residualVariance),
    n: state.n,
    dropped: moments.dropped,
    weighted: moments.weighted,
    degreesOfFreedom: { model: k, residual: residualDegreesOfFreedom },
    fStatistic: { value: fValue, pValue: fUpperTail(fValue, k, residualDegreesOfFreedom) },
    covariance,
    moments,
  };
}
