/**
 * Solves `L·Lᵀ·x = b` for x, given the lower Cholesky factor `L` (row-major `size × size`).
 *
 * @internal
 */
export function choleskySolve(lower: ArrayLike<number>, size: number, right: ArrayLike<number>): Float64Array {
  const solution = Float64Array.from(right);
  // Forward: L·z = b.
  for (let row = 0; row < size; row++) {
    let sum = solution[row] as number;
    for (let inner = 0; inner < row; inner++)
      sum -= (lower[row * size + inner] as number) * (solution[inner] as number);
    solution[row] = sum / (lower[row * size + row] as number);
  }
  // Backward: Lᵀ·x = z.
  for (let row = size - 1; row >= 0; row--) {
    let sum = solution[row] as number;
    for (let inner = row + 1; inner < size; inner++) {
      sum -= (lower[inner * size + row] as number) * (solution[inner] as number);
    }
    solution[row] = sum / (lower[row * size + row] as number);
  }
  return solution;
}
