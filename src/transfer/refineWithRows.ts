import { symmetricEigen } from '../stats/symmetricEigen';
import type { MomentColumns } from './gatherBlock';
import type { MomentState } from './momentState';
import { type NearSingularDirections, refinedInverse } from './refinedInverse';
import { residualPass } from './residualPass';
import type { TransferSolution } from './solveTransferFunction';
import { estimatesFromMoments, type TransferEstimates } from './transferEstimates';

/**
 * Eigenvalues of the drivers' correlation matrix (which sum to k) below this mark
 * directions the moments cannot resolve to about 1e-13: rounding in the moments is about
 * 1e-16 of the largest eigenvalue, so the inverse along a direction of eigenvalue λ is off
 * by about 1e-16·k/λ. Those directions are measured again from the rows.
 *
 * @internal
 */
export const refinedEigenvalue = 1e-2;

/**
 * The eigenvectors of the correlation matrix, with those of eigenvalue below
 * {@link refinedEigenvalue} last. The smallest eigenvalue is at least 1 / trace(R⁻¹) (the
 * sum of the VIFs), so when that sum is at most 1 / refinedEigenvalue there are none and
 * the eigen decomposition is skipped.
 */
function nearSingularDirections(
  correlations: Float64Array,
  inverseCorrelations: Float64Array,
  k: number,
  scale: Float64Array,
): NearSingularDirections {
  let trace = 0;
  for (let index = 0; index < k; index++) trace += inverseCorrelations[index * k + index] as number;
  if (k === 1 || trace * refinedEigenvalue <= 1) {
    return { vectors: new Float64Array(0), order: [], count: 0, loadings: new Float64Array(0) };
  }
  const { values, vectors } = symmetricEigen(correlations, k);
  const indices = Array.from({ length: k }, (_value, index) => index);
  const small = indices.filter((index) => (values[index] as number) < refinedEigenvalue);
  const order = [...indices.filter((index) => !small.includes(index)), ...small];
  const count = small.length;
  const loadings = new Float64Array(k * count);
  small.forEach((eigenIndex, direction) => {
    for (let driver = 0; driver < k; driver++) {
      loadings[driver * count + direction] = (vectors[driver * k + eigenIndex] as number) / (scale[driver] as number);
    }
  });
  return { vectors, order, count, loadings };
}

/**
 * Refines a least-squares solution from the moments against the rows, in one pass. The
 * moments' rounding (about 1e-16 of each cross product) costs the normal equations
 * κ·1e-16 of relative accuracy, κ the correlation matrix's condition number; QR on the
 * rows (R's `lm`) loses only about √κ·1e-16. The pass recovers that:
 *
 * - the residuals r and their gradient Xcᵀr at the moments' coefficients give one step of
 *   iterative refinement, `b ← b + (XcᵀXc)⁻¹·Xcᵀr`, and the residual sum of squares read
 *   from the residuals rather than as the small difference `Syy − bᵀXcᵀy`;
 * - the drivers' combinations along the correlation matrix's near-singular eigenvectors
 *   (eigenvalue below {@link refinedEigenvalue}, usually none) give the inverse
 *   correlation matrix, hence the standard errors, to the accuracy of QR.
 *
 * Every sum is centered exactly on the rows read, so the moments' means need not be exact.
 * Falls back to the moments' estimates if a sum overflows.
 *
 * @internal
 */
export function refineWithRows(
  state: MomentState,
  solution: TransferSolution,
  data: MomentColumns,
  dropped: number,
): TransferEstimates {
  const fromMoments = estimatesFromMoments(state, solution);
  const { size, correlations } = solution;
  const k = size - 1;
  const cross = state.crossProducts;
  const scale = new Float64Array(k);
  for (let index = 0; index < k; index++) scale[index] = Math.sqrt(cross[(index + 1) * size + index + 1] as number);
  const directions = nearSingularDirections(correlations, solution.inverseCorrelations, k, scale);
  const { count, loadings } = directions;
  const sums = residualPass(data, dropped === 0, state.means, fromMoments.slopes, loadings, count);
  const weight = sums.weightSum;
  // Center the gradient on the rows read, and scale drivers to unit root sum of squares (x̂ = x̃ / D).
  const gradient = new Float64Array(k);
  const driverSums = new Float64Array(k);
  for (let driver = 0; driver < k; driver++) {
    const driverSum = sums.driverSums[driver] as number;
    gradient[driver] =
      ((sums.gradient[driver] as number) - (driverSum * sums.residualSum) / weight) / (scale[driver] as number);
    driverSums[driver] = driverSum / (scale[driver] as number);
  }
  const refinedTerms =
    count > 0 ? refinedInverse(correlations, directions, scale, sums, state.means.subarray(1)) : undefined;
  const inverse = refinedTerms?.inverse ?? fromMoments.inverseCorrelations;
  const meanSolution = refinedTerms?.meanSolution ?? fromMoments.meanSolution;
  const meanQuadratic = refinedTerms?.meanQuadratic ?? fromMoments.meanQuadratic;
  // One step of refinement, in the scaled units: δ̂ = R⁻¹·ĝ, δⱼ = δ̂ⱼ / Dⱼ.
  const step = new Float64Array(k);
  for (let row = 0; row < k; row++) {
    let sum = 0;
    for (let column = 0; column < k; column++)
      sum += (inverse[row * k + column] as number) * (gradient[column] as number);
    step[row] = sum;
  }
  let stepGradient = 0;
  let stepOutcome = 0;
  let stepDriverSums = 0;
  const slopes = new Float64Array(k);
  for (let driver = 0; driver < k; driver++) {
    const value = step[driver] as number;
    stepGradient += value * (gradient[driver] as number);
    stepOutcome += (value * (cross[driver + 1] as number)) / (scale[driver] as number);
    stepDriverSums += value * (driverSums[driver] as number);
    slopes[driver] = (fromMoments.slopes[driver] as number) + value / (scale[driver] as number);
  }
  // RSS(b + δ) = RSS(b) − δᵀXcᵀr to second order; ESS(b + δ) = ESS(b) + 2δᵀ(Xcᵀy − Xcᵀr) + δᵀXcᵀr.
  const residualSumOfSquares = sums.residualSquares - (sums.residualSum * sums.residualSum) / weight - stepGradient;
  const explainedSumOfSquares =
    sums.fittedSquares - (sums.fittedSum * sums.fittedSum) / weight + 2 * (stepOutcome - stepGradient) + stepGradient;
  const interceptShift = (sums.residualSum - stepDriverSums) / weight;
  const refined = {
    slopes,
    inverseCorrelations: inverse,
    residualSumOfSquares,
    explainedSumOfSquares,
    interceptShift,
    meanSolution,
    meanQuadratic,
  };
  const finite =
    slopes.every(Number.isFinite) &&
    inverse.every(Number.isFinite) &&
    meanSolution.every(Number.isFinite) &&
    Number.isFinite(meanQuadratic) &&
    Number.isFinite(residualSumOfSquares + explainedSumOfSquares + interceptShift) &&
    residualSumOfSquares > 0;
  return finite ? refined : fromMoments;
}
