/**
 * The working form of transfer moments: typed arrays, the cross products as a full
 * row-major `size × size` matrix.
 *
 * @internal
 */
export interface MomentState {
  size: number;
  n: number;
  weightSum: number;
  means: Float64Array;
  crossProducts: Float64Array;
}

/** @internal An empty state for `size` variables. */
export function emptyMomentState(size: number): MomentState {
  return { size, n: 0, weightSum: 0, means: new Float64Array(size), crossProducts: new Float64Array(size * size) };
}

/**
 * Adds the moments of a second group of rows to `target`, exactly: with W the weight
 * sums and δ the difference of the means, the combined mean is `m_a + δ·W_b/W` and the
 * combined centred cross products are `C_a + C_b + (W_a·W_b/W)·δδᵀ` (Chan, Golub and
 * LeVeque's pairwise update, weighted). Only the upper triangle is updated; call
 * {@link mirrorUpperTriangle} when done.
 *
 * @internal
 */
export function addMoments(
  target: MomentState,
  n: number,
  weightSum: number,
  means: ArrayLike<number>,
  crossProducts: ArrayLike<number>,
  delta: Float64Array,
): void {
  const size = target.size;
  if (weightSum === 0) return;
  if (target.weightSum === 0) {
    target.n = n;
    target.weightSum = weightSum;
    target.means.set(means);
    for (let row = 0; row < size; row++) {
      for (let column = row; column < size; column++) {
        target.crossProducts[row * size + column] = crossProducts[row * size + column] as number;
      }
    }
    return;
  }
  const total = target.weightSum + weightSum;
  const factor = (target.weightSum * weightSum) / total;
  const share = weightSum / total;
  for (let index = 0; index < size; index++) delta[index] = (means[index] as number) - (target.means[index] as number);
  for (let row = 0; row < size; row++) {
    const deltaRow = (delta[row] as number) * factor;
    for (let column = row; column < size; column++) {
      const at = row * size + column;
      target.crossProducts[at] =
        (target.crossProducts[at] as number) + (crossProducts[at] as number) + deltaRow * (delta[column] as number);
    }
  }
  for (let index = 0; index < size; index++) {
    target.means[index] = (target.means[index] as number) + (delta[index] as number) * share;
  }
  target.n += n;
  target.weightSum = total;
}

/** @internal Copies the upper triangle of a row-major `size × size` matrix onto the lower. */
export function mirrorUpperTriangle(matrix: Float64Array, size: number): void {
  for (let row = 1; row < size; row++) {
    for (let column = 0; column < row; column++) matrix[row * size + column] = matrix[column * size + row] as number;
  }
}
