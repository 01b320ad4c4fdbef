import { choleskyFactor } from '../stats/choleskyFactor';
import { choleskyInverse } from '../stats/choleskyInverse';
import { compensatedDot } from '../stats/compensatedDot';
import { symmetricEigen } from '../stats/symmetricEigen';
import type { MomentColumns } from './gatherBlock';
import type { MomentState } from './momentState';
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
 * The inverse of the drivers' correlation matrix in the basis of its eigenvectors V,
 * `V·M⁻¹·Vᵀ` with `M = Vᵀ·R·V`, where the rows of M along the near-singular directions
 * come from the rows of data and the rest from the moments. M is close to diagonal with a
 * graded diagonal, which Cholesky on its diagonally scaled form inverts to full relative
 * accuracy, so the inverse is as accurate as M.
 */
function inverseFromBasis(
  correlations: Float64Array,
  vectors: Float64Array,
  k: number,
  order: readonly number[],
  small: readonly number[],
  crossDirections: Float64Array,
  directionProducts: Float64Array,
): { inverse: Float64Array; lower: Float64Array; scale: Float64Array } | undefined {
  const count = small.length;
  const large = k - count;
  const basis = new Float64Array(k * k);
  const vector = (position: number, row: number) => vectors[row * k + (order[position] as number)] as number;
  for (let left = 0; left < k; left++) {
    for (let right = left; right < k; right++) {
      let value = 0;
      if (left >= large) value = directionProducts[(left - large) * count + right - large] as number;
      else if (right >= large) {
        for (let row = 0; row < k; row++)
          value += vector(left, row) * (crossDirections[row * count + right - large] as number);
      } else {
        for (let row = 0; row < k; row++) {
          let inner = 0;
          for (let column = 0; column < k; column++)
            inner += (correlations[row * k + column] as number) * vector(right, column);
          value += vector(left, row) * inner;
        }
      }
      basis[left * k + right] = value;
      basis[right * k + left] = value;
    }
  }
  const scale = new Float64Array(k);
  for (let index = 0; index < k; index++) scale[index] = Math.sqrt(basis[index * k + index] as number);
  for (let row = 0; row < k; row++) {
    for (let column = 0; column < k; column++) {
      basis[row * k + column] =
        (basis[row * k + column] as number) / ((scale[row] as number) * (scale[column] as number));
    }
  }
  const { lower, failedAt } = choleskyFactor(basis, k, 0);
  if (failedAt >= 0) return undefined;
  const inverseBasis = choleskyInverse(lower, k);
  const inverse = new Float64Array(k * k);
  const partial = new Float64Array(k * k);
  for (let row = 0; row < k; row++) {
    for (let position = 0; position < k; position++) {
      let sum = 0;
      for (let other = 0; other < k; other++) {
        sum +=
          (vector(other, row) * (inverseBasis[other * k + position] as number)) /
          ((scale[other] as number) * (scale[position] as number));
      }
      partial[row * k + position] = sum;
    }
  }
  for (let row = 0; row < k; row++) {
    for (let column = row; column < k; column++) {
      let sum = 0;
      for (let position = 0; position < k; position++)
        sum += (partial[row * k + position] as number) * vector(position, column);
      inverse[row * k + column] = sum;
      inverse[column * k + row] = sum;
    }
  }
  return { inverse, lower, scale };
}

/**
 * x̄ᵀ·C⁻¹·x̄ and C⁻¹·x̄ through the basis T = D⁻¹·V: with y = Tᵀx̄, they are yᵀM⁻¹y (a sum
 * of squares through the scaled factor of M) and T·M⁻¹·y. Along the near-singular
 * directions y nearly cancels, so it is taken in twice the working precision from the
 * moments' means plus the rows' own offset from them.
 */
function meanTerms(
  basis: { lower: Float64Array; scale: Float64Array },
  loading: (position: number, driver: number) => number,
  k: number,
  large: number,
  means: Float64Array,
  offsets: Float64Array,
  directions: Float64Array,
  directionOffsets: Float64Array,
): { meanSolution: Float64Array; meanQuadratic: number } {
  const count = k - large;
  const projected = new Float64Array(k);
  const loadings = new Float64Array(k);
  for (let position = 0; position < k; position++) {
    if (position < large) {
      let sum = 0;
      for (let driver = 0; driver < k; driver++)
        sum += loading(position, driver) * ((means[driver] as number) + (offsets[driver] as number));
      projected[position] = sum;
    } else {
      const direction = position - large;
      for (let driver = 0; driver < k; driver++) loadings[driver] = directions[driver * count + direction] as number;
      projected[position] = compensatedDot(loadings, means, k) + (directionOffsets[direction] as number);
    }
  }
  const { lower, scale } = basis;
  const forward = new Float64Array(k);
  let meanQuadratic = 0;
  for (let row = 0; row < k; row++) {
    let sum = (projected[row] as number) / (scale[row] as number);
    for (let inner = 0; inner < row; inner++) sum -= (lower[row * k + inner] as number) * (forward[inner] as number);
    const value = sum / (lower[row * k + row] as number);
    forward[row] = value;
    meanQuadratic += value * value;
  }
  for (let row = k - 1; row >= 0; row--) {
    let sum = forward[row] as number;
    for (let inner = row + 1; inner < k; inner++)
      sum -= (lower[inner * k + row] as number) * (forward[inner] as number);
    forward[row] = sum / (lower[row * k + row] as number);
  }
  const meanSolution = new Float64Array(k);
  for (let driver = 0; driver < k; driver++) {
    let sum = 0;
    for (let position = 0; position < k; position++)
      sum += (loading(position, driver) * (forward[position] as number)) / (scale[position] as number);
    meanSolution[driver] = sum;
  }
  return { meanSolution, meanQuadratic };
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
 * Every sum is centred exactly on the rows read, so the moments' means need not be exact.
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
  let small: number[] = [];
  let order: number[] = [];
  let vectors: Float64Array = new Float64Array(0);
  if (k > 1) {
    const eigen = symmetricEigen(correlations, k);
    vectors = eigen.vectors;
    const indices = Array.from({ length: k }, (_value, index) => index);
    small = indices.filter((index) => (eigen.values[index] as number) < refinedEigenvalue);
    order = [...indices.filter((index) => !small.includes(index)), ...small];
  }
  const count = small.length;
  // The pass takes the directions in the drivers' units: loading Vⱼₛ / Dⱼ.
  const directions = new Float64Array(k * count);
  small.forEach((eigenIndex, direction) => {
    for (let driver = 0; driver < k; driver++) {
      directions[driver * count + direction] = (vectors[driver * k + eigenIndex] as number) / (scale[driver] as number);
    }
  });
  const sums = residualPass(data, dropped === 0, state.means, fromMoments.slopes, directions, count);
  const weight = sums.weightSum;
  // Centre each sum on the rows read, and scale drivers to unit root sum of squares (x̂ = x̃ / D).
  const gradient = new Float64Array(k);
  const driverSums = new Float64Array(k);
  for (let driver = 0; driver < k; driver++) {
    const driverSum = sums.driverSums[driver] as number;
    gradient[driver] =
      ((sums.gradient[driver] as number) - (driverSum * sums.residualSum) / weight) / (scale[driver] as number);
    driverSums[driver] = driverSum / (scale[driver] as number);
  }
  let inverse: Float64Array = fromMoments.inverseCorrelations;
  let { meanSolution, meanQuadratic } = fromMoments;
  if (count > 0) {
    const crossDirections = new Float64Array(k * count);
    const directionProducts = new Float64Array(count * count);
    for (let direction = 0; direction < count; direction++) {
      const directionSum = sums.directionSums[direction] as number;
      for (let driver = 0; driver < k; driver++) {
        const at = driver * count + direction;
        crossDirections[at] =
          ((sums.driverDirectionProducts[at] as number) -
            ((sums.driverSums[driver] as number) * directionSum) / weight) /
          (scale[driver] as number);
      }
      for (let other = 0; other < count; other++) {
        const at = direction * count + other;
        directionProducts[at] =
          (sums.directionProducts[at] as number) - (directionSum * (sums.directionSums[other] as number)) / weight;
      }
    }
    const basis = inverseFromBasis(correlations, vectors, k, order, small, crossDirections, directionProducts);
    if (basis !== undefined) {
      inverse = basis.inverse;
      const driverMeans = state.means.subarray(1);
      const offsets = Float64Array.from(sums.driverSums, (sum) => sum / weight);
      const directionOffsets = Float64Array.from(sums.directionSums, (sum) => sum / weight);
      const loading = (position: number, driver: number) =>
        position < k - count
          ? (vectors[driver * k + (order[position] as number)] as number) / (scale[driver] as number)
          : (directions[driver * count + position - (k - count)] as number);
      ({ meanSolution, meanQuadratic } = meanTerms(
        basis,
        loading,
        k,
        k - count,
        driverMeans,
        offsets,
        directions,
        directionOffsets,
      ));
    }
  }
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
