/**
 * The Cholesky factor of a symmetric positive definite matrix, or where it fails.
 *
 * @internal
 */
export interface CholeskyFactor {
  /** The lower-triangular factor `L` (row-major, `size × size`) with `A = L·Lᵀ`; complete only when `failedAt` is -1. */
  readonly lower: Float64Array;
  /** The first index whose pivot fell to `tolerance` times its diagonal entry or below, or -1. */
  readonly failedAt: number;
  /** Each pivot `d_j` (the square of `L_jj`) divided by the diagonal entry `A_jj`. */
  readonly relativePivots: Float64Array;
}

/**
 * Factors a symmetric matrix (row-major `size × size`; only the lower triangle is read)
 * as `L·Lᵀ`, checking every pivot: the j-th pivot divided by `A_jj` is the share of
 * column j that the columns before it do not explain (1 − R² of j on them), so a pivot
 * at or below `tolerance` means column j is, to working precision, a linear combination
 * of the earlier ones. Factoring stops there and reports the index.
 *
 * @internal
 */
export function choleskyFactor(matrix: ArrayLike<number>, size: number, tolerance: number): CholeskyFactor {
  const lower = new Float64Array(size * size);
  const relativePivots = new Float64Array(size);
  for (let column = 0; column < size; column++) {
    const diagonal = matrix[column * size + column] as number;
    let pivot = diagonal;
    for (let inner = 0; inner < column; inner++) {
      const value = lower[column * size + inner] as number;
      pivot -= value * value;
    }
    relativePivots[column] = diagonal > 0 ? pivot / diagonal : 0;
    if (!(diagonal > 0) || !(pivot > tolerance * diagonal)) return { lower, failedAt: column, relativePivots };
    const root = Math.sqrt(pivot);
    lower[column * size + column] = root;
    for (let row = column + 1; row < size; row++) {
      let sum = matrix[row * size + column] as number;
      for (let inner = 0; inner < column; inner++) {
        sum -= (lower[row * size + inner] as number) * (lower[column * size + inner] as number);
      }
      lower[row * size + column] = sum / root;
    }
  }
  return { lower, failedAt: -1, relativePivots };
}
