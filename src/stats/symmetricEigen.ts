/**
 * Eigenvalues and eigenvectors of a symmetric matrix.
 *
 * @internal
 */
export interface SymmetricEigen {
  /** The eigenvalues, in the order of the columns of `vectors` (not sorted). */
  readonly values: Float64Array;
  /** The eigenvectors as the columns of a row-major `size × size` matrix. */
  readonly vectors: Float64Array;
}

/**
 * The eigen decomposition of a small symmetric matrix (row-major `size × size`) by
 * cyclic Jacobi rotations. Jacobi is chosen over QR iteration because it is short,
 * needs no tridiagonal reduction, and computes small eigenvalues to high relative
 * accuracy, which matters for the square root of a correlation matrix near collinearity.
 * It converges quadratically; 100 sweeps is far more than a 50 × 50 matrix needs.
 *
 * @internal
 */
export function symmetricEigen(matrix: ArrayLike<number>, size: number): SymmetricEigen {
  const work = Float64Array.from(matrix);
  const vectors = new Float64Array(size * size);
  for (let index = 0; index < size; index++) vectors[index * size + index] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let offDiagonal = 0;
    let diagonal = 0;
    for (let row = 0; row < size; row++) {
      diagonal += (work[row * size + row] as number) ** 2;
      for (let column = row + 1; column < size; column++) offDiagonal += (work[row * size + column] as number) ** 2;
    }
    if (offDiagonal <= 1e-30 * diagonal || offDiagonal === 0) break;
    for (let p = 0; p < size - 1; p++) {
      for (let q = p + 1; q < size; q++) {
        const apq = work[p * size + q] as number;
        if (apq === 0) continue;
        const app = work[p * size + p] as number;
        const aqq = work[q * size + q] as number;
        // The rotation angle that zeroes a_pq, from the stable formula for tan θ.
        const theta = (aqq - app) / (2 * apq);
        const tangent = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const cosine = 1 / Math.sqrt(tangent * tangent + 1);
        const sine = tangent * cosine;
        for (let k = 0; k < size; k++) {
          const akp = work[k * size + p] as number;
          const akq = work[k * size + q] as number;
          work[k * size + p] = cosine * akp - sine * akq;
          work[k * size + q] = sine * akp + cosine * akq;
        }
        for (let k = 0; k < size; k++) {
          const apk = work[p * size + k] as number;
          const aqk = work[q * size + k] as number;
          work[p * size + k] = cosine * apk - sine * aqk;
          work[q * size + k] = sine * apk + cosine * aqk;
        }
        for (let k = 0; k < size; k++) {
          const vkp = vectors[k * size + p] as number;
          const vkq = vectors[k * size + q] as number;
          vectors[k * size + p] = cosine * vkp - sine * vkq;
          vectors[k * size + q] = sine * vkp + cosine * vkq;
        }
      }
    }
  }
  const values = new Float64Array(size);
  for (let index = 0; index < size; index++) values[index] = work[index * size + index] as number;
  return { values, vectors };
}
