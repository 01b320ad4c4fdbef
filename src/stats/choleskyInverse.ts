import { choleskySolve } from './choleskySolve';

/**
 * The inverse of `A = L·Lᵀ` (row-major `size × size`), column by column from the factor.
 * Made symmetric exactly by averaging the two triangles, so that variances read from
 * either side agree.
 *
 * @internal
 */
export function choleskyInverse(lower: ArrayLike<number>, size: number): Float64Array {
  const inverse = new Float64Array(size * size);
  const unit = new Float64Array(size);
  for (let column = 0; column < size; column++) {
    unit.fill(0);
    unit[column] = 1;
    const solved = choleskySolve(lower, size, unit);
    for (let row = 0; row < size; row++) inverse[row * size + column] = solved[row] as number;
  }
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < row; column++) {
      const mean = ((inverse[row * size + column] as number) + (inverse[column * size + row] as number)) / 2;
      inverse[row * size + column] = mean;
      inverse[column * size + row] = mean;
    }
  }
  return inverse;
}
