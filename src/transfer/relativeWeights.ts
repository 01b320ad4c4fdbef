import { symmetricEigen } from '../stats/symmetricEigen';

/**
 * Johnson's (2000) relative weights: the drivers are replaced by their closest
 * orthogonal counterparts Z (from the eigen decomposition R = VΛVᵀ, with
 * R^½ = VΛ^½Vᵀ linking Z to X); the outcome's R² splits over Z as the squares of its
 * coefficients β = R^-½·r, and each Z's share goes back to the drivers in proportion
 * to the squared loadings: `raw_j = Σₘ (R^½)²_jm · β²ₘ`. The raws sum to R² exactly.
 *
 * @internal
 */
export function relativeWeights(
  correlations: Float64Array,
  outcomeCorrelations: Float64Array,
  k: number,
): Float64Array {
  const { values, vectors } = symmetricEigen(correlations, k);
  const root = new Float64Array(k * k);
  const inverseRoot = new Float64Array(k * k);
  for (let row = 0; row < k; row++) {
    for (let column = 0; column < k; column++) {
      let sum = 0;
      let inverseSum = 0;
      for (let index = 0; index < k; index++) {
        const product = (vectors[row * k + index] as number) * (vectors[column * k + index] as number);
        const value = Math.max(values[index] as number, 0);
        sum += product * Math.sqrt(value);
        inverseSum += product / Math.sqrt(value);
      }
      root[row * k + column] = sum;
      inverseRoot[row * k + column] = inverseSum;
    }
  }
  const beta = new Float64Array(k);
  for (let row = 0; row < k; row++) {
    let sum = 0;
    for (let column = 0; column < k; column++)
      sum += (inverseRoot[row * k + column] as number) * (outcomeCorrelations[column] as number);
    beta[row] = sum;
  }
  const raw = new Float64Array(k);
  for (let row = 0; row < k; row++) {
    let sum = 0;
    for (let column = 0; column < k; column++)
      sum += (root[row * k + column] as number) ** 2 * (beta[column] as number) ** 2;
    raw[row] = sum;
  }
  return raw;
}
