import { choleskyFactor } from '../stats/choleskyFactor';
import { choleskyInverse } from '../stats/choleskyInverse';
import { compensatedDot } from '../stats/compensatedDot';
import type { RowSums } from './residualPass';

/**
 * The correlation matrix's eigenvectors V (columns of a row-major k × k matrix), the
 * order that puts the near-singular ones last, and those ones' loadings in the drivers'
 * units (Vⱼₛ / Dⱼ, `drivers × count`), as the pass over the rows reads them.
 *
 * @internal
 */
export interface NearSingularDirections {
  readonly vectors: Float64Array;
  readonly order: readonly number[];
  readonly count: number;
  readonly loadings: Float64Array;
}

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
  count: number,
  crossDirections: Float64Array,
  directionProducts: Float64Array,
): { inverse: Float64Array; lower: Float64Array; scale: Float64Array } | undefined {
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
 * The inverse of the drivers' correlation matrix with its near-singular directions
 * measured from the rows, and the intercept's terms x̄ᵀC⁻¹x̄ and C⁻¹x̄ through the same
 * basis; undefined if the basis matrix cannot be factored (then the moments' inverse
 * stands). `scale` is D, the drivers' root sums of squares; `means` the drivers' means.
 *
 * @internal
 */
export function refinedInverse(
  correlations: Float64Array,
  directions: NearSingularDirections,
  scale: Float64Array,
  sums: RowSums,
  means: Float64Array,
): { inverse: Float64Array; meanSolution: Float64Array; meanQuadratic: number } | undefined {
  const k = scale.length;
  const { vectors, order, count, loadings } = directions;
  const weight = sums.weightSum;
  // Center the sums on the rows read, with the drivers scaled to unit root sum of squares.
  const crossDirections = new Float64Array(k * count);
  const directionProducts = new Float64Array(count * count);
  for (let direction = 0; direction < count; direction++) {
    const directionSum = sums.directionSums[direction] as number;
    for (let driver = 0; driver < k; driver++) {
      const at = driver * count + direction;
      crossDirections[at] =
        ((sums.driverDirectionProducts[at] as number) - ((sums.driverSums[driver] as number) * directionSum) / weight) /
        (scale[driver] as number);
    }
    for (let other = 0; other < count; other++) {
      const at = direction * count + other;
      directionProducts[at] =
        (sums.directionProducts[at] as number) - (directionSum * (sums.directionSums[other] as number)) / weight;
    }
  }
  const basis = inverseFromBasis(correlations, vectors, k, order, count, crossDirections, directionProducts);
  if (basis === undefined) return undefined;
  const large = k - count;
  const loading = (position: number, driver: number) =>
    position < large
      ? (vectors[driver * k + (order[position] as number)] as number) / (scale[driver] as number)
      : (loadings[driver * count + position - large] as number);
  const { meanSolution, meanQuadratic } = meanTerms(
    basis,
    loading,
    k,
    large,
    means,
    Float64Array.from(sums.driverSums, (sum) => sum / weight),
    loadings,
    Float64Array.from(sums.directionSums, (sum) => sum / weight),
  );
  return { inverse: basis.inverse, meanSolution, meanQuadratic };
}
