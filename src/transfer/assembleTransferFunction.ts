import { fUpperTail } from '../stats/fUpperTail';
import { studentPValue } from '../stats/studentPValue';
import type { MomentState } from './momentState';
import type { CoefficientEstimate, DriverCoefficient, TransferFunction } from './TransferFunction';
import type { TransferEstimates } from './transferEstimates';
import type { TransferMoments } from './transferMoments';

function estimateOf(estimate: number, variance: number, residualDegreesOfFreedom: number): CoefficientEstimate {
  const standardError = Math.sqrt(variance);
  const t = estimate / standardError;
  return { estimate, standardError, t, pValue: studentPValue(t, residualDegreesOfFreedom) };
}

/**
 * Builds a transfer function with the statistics of R's `summary(lm(...))` from its
 * estimates: standard errors, t, p-values, R² (as R, `ESS / (ESS + RSS)`), adjusted R²,
 * σ̂, F, standardized coefficients, VIFs and the coefficients' covariance matrix.
 *
 * @internal
 */
export function assembleTransferFunction(
  moments: TransferMoments,
  state: MomentState,
  estimates: TransferEstimates,
): TransferFunction {
  const { drivers } = moments;
  const { slopes, inverseCorrelations, residualSumOfSquares, explainedSumOfSquares } = estimates;
  const size = state.size;
  const k = size - 1;
  const cross = state.crossProducts;
  const residualDegreesOfFreedom = state.n - k - 1;
  const outcomeScale = Math.sqrt(cross[0] as number);
  const driverScale = (index: number) => Math.sqrt(cross[(index + 1) * size + index + 1] as number);
  const residualVariance = residualSumOfSquares / residualDegreesOfFreedom;
  // Cov(b) = σ²·(XcᵀWXc)⁻¹, where (XcᵀWXc)⁻¹ = D⁻¹·R⁻¹·D⁻¹ with D the drivers' root sums of squares.
  const slopeCovariance = (row: number, column: number) =>
    (residualVariance * (inverseCorrelations[row * k + column] as number)) / (driverScale(row) * driverScale(column));
  const driverMeans = drivers.map((_name, index) => state.means[index + 1] as number);
  const intercept =
    (state.means[0] as number) -
    driverMeans.reduce((sum, mean, index) => sum + (slopes[index] as number) * mean, 0) +
    estimates.interceptShift;
  // Cov(b₀, b) = −σ̂²·C⁻¹x̄ and Var(b₀) = σ̂²·(1/W + x̄ᵀC⁻¹x̄), with C = XcᵀWXc (the intercept is ȳ − bᵀx̄).
  const interceptCovariance = drivers.map(
    (_name, index) => -residualVariance * (estimates.meanSolution[index] as number),
  );
  const interceptVariance = residualVariance * (1 / state.weightSum + estimates.meanQuadratic);
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
        standardized: ((slopes[index] as number) * driverScale(index)) / outcomeScale,
        vif: inverseCorrelations[index * k + index] as number,
      },
    ]),
  );
  const totalSumOfSquares = explainedSumOfSquares + residualSumOfSquares;
  const unexplained = residualSumOfSquares / totalSumOfSquares;
  const fValue = explainedSumOfSquares / k / residualVariance;
  return {
    kind: 'transfer-function',
    drivers: [...drivers],
    intercept: estimateOf(intercept, interceptVariance, residualDegreesOfFreedom),
    coefficients,
    rSquared: explainedSumOfSquares / totalSumOfSquares,
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
