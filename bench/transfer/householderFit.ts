/**
 * The QR route to a least-squares fit, written out for comparison with cxkit's (moments,
 * then one refinement pass over the rows): a streaming Householder QR of the centered
 * rows, 512 at a time (TSQR). Each block is centered on its own mean and reduced together
 * with the running triangular factor and one row for the shift between the block's mean
 * and the running mean (√(W_a·W_b/W)·δ, the QR form of Chan's update), so shards merge
 * by stacking factors. The coefficients come from back substitution in the factor.
 * Reflectors are applied to four columns at a time. No checks, no statistics.
 */
const blockRows = 512;

/** The fit's intercept then slopes, from columns of equal length (Float64Array, no missing values). */
export function householderFit(outcome: Float64Array, drivers: readonly Float64Array[]): Float64Array {
  const columns = [...drivers, outcome];
  const p = columns.length;
  const n = outcome.length;
  // Row-major p × p factor, plus one shift row, then the block (column-major, blockRows per column).
  const factor = new Float64Array(p * p);
  const shift = new Float64Array(p);
  const block = new Float64Array(p * blockRows);
  const means = new Float64Array(p);
  const blockMeans = new Float64Array(p);
  let weight = 0;
  for (let start = 0; start < n; start += blockRows) {
    const end = Math.min(n, start + blockRows);
    const rows = end - start;
    for (let column = 0; column < p; column++) {
      const source = columns[column] as Float64Array;
      let sum = 0;
      for (let row = start; row < end; row++) sum += source[row] as number;
      const mean = sum / rows;
      blockMeans[column] = mean;
      const offset = column * blockRows - start;
      for (let row = start; row < end; row++) block[offset + row] = (source[row] as number) - mean;
    }
    const total = weight + rows;
    const root = Math.sqrt((weight * rows) / total);
    for (let column = 0; column < p; column++) {
      const delta = (blockMeans[column] as number) - (means[column] as number);
      shift[column] = root * delta;
      means[column] = (means[column] as number) + (delta * rows) / total;
    }
    weight = total;
    reduce(factor, shift, block, rows, p);
  }
  // Back substitution: R_xx·b = R_xy.
  const k = p - 1;
  const slopes = new Float64Array(k);
  for (let row = k - 1; row >= 0; row--) {
    let sum = factor[row * p + k] as number;
    for (let column = row + 1; column < k; column++)
      sum -= (factor[row * p + column] as number) * (slopes[column] as number);
    slopes[row] = sum / (factor[row * p + row] as number);
  }
  const result = new Float64Array(p);
  let intercept = means[k] as number;
  for (let index = 0; index < k; index++) {
    intercept -= (slopes[index] as number) * (means[index] as number);
    result[index + 1] = slopes[index] as number;
  }
  result[0] = intercept;
  return result;
}

/** Householder reduction of [factor; shift; block] to a new upper-triangular factor, in place. */
function reduce(factor: Float64Array, shift: Float64Array, block: Float64Array, rows: number, p: number): void {
  for (let pivot = 0; pivot < p; pivot++) {
    const pivotOffset = pivot * blockRows;
    const top = factor[pivot * p + pivot] as number;
    const shiftValue = shift[pivot] as number;
    let squares = shiftValue * shiftValue;
    for (let row = 0; row < rows; row++) squares += (block[pivotOffset + row] as number) ** 2;
    if (squares === 0) continue;
    const norm = Math.sqrt(top * top + squares);
    const alpha = top > 0 ? -norm : norm;
    // v = x − α·e₁, scaled so that v₁ = 1; H = I − τ·v·vᵀ.
    const head = top - alpha;
    const tau = -head / alpha;
    const inverseHead = 1 / head;
    const shiftVector = shiftValue * inverseHead;
    for (let row = 0; row < rows; row++) block[pivotOffset + row] = (block[pivotOffset + row] as number) * inverseHead;
    factor[pivot * p + pivot] = alpha;
    let column = pivot + 1;
    for (; column + 3 < p; column += 4) {
      const offset0 = column * blockRows;
      const offset1 = offset0 + blockRows;
      const offset2 = offset1 + blockRows;
      const offset3 = offset2 + blockRows;
      let dot0 = (factor[pivot * p + column] as number) + shiftVector * (shift[column] as number);
      let dot1 = (factor[pivot * p + column + 1] as number) + shiftVector * (shift[column + 1] as number);
      let dot2 = (factor[pivot * p + column + 2] as number) + shiftVector * (shift[column + 2] as number);
      let dot3 = (factor[pivot * p + column + 3] as number) + shiftVector * (shift[column + 3] as number);
      for (let row = 0; row < rows; row++) {
        const value = block[pivotOffset + row] as number;
        dot0 += value * (block[offset0 + row] as number);
        dot1 += value * (block[offset1 + row] as number);
        dot2 += value * (block[offset2 + row] as number);
        dot3 += value * (block[offset3 + row] as number);
      }
      const scale0 = tau * dot0;
      const scale1 = tau * dot1;
      const scale2 = tau * dot2;
      const scale3 = tau * dot3;
      factor[pivot * p + column] = (factor[pivot * p + column] as number) - scale0;
      factor[pivot * p + column + 1] = (factor[pivot * p + column + 1] as number) - scale1;
      factor[pivot * p + column + 2] = (factor[pivot * p + column + 2] as number) - scale2;
      factor[pivot * p + column + 3] = (factor[pivot * p + column + 3] as number) - scale3;
      shift[column] = (shift[column] as number) - scale0 * shiftVector;
      shift[column + 1] = (shift[column + 1] as number) - scale1 * shiftVector;
      shift[column + 2] = (shift[column + 2] as number) - scale2 * shiftVector;
      shift[column + 3] = (shift[column + 3] as number) - scale3 * shiftVector;
      for (let row = 0; row < rows; row++) {
        const value = block[pivotOffset + row] as number;
        block[offset0 + row] = (block[offset0 + row] as number) - scale0 * value;
        block[offset1 + row] = (block[offset1 + row] as number) - scale1 * value;
        block[offset2 + row] = (block[offset2 + row] as number) - scale2 * value;
        block[offset3 + row] = (block[offset3 + row] as number) - scale3 * value;
      }
    }
    for (; column < p; column++) {
      const offset = column * blockRows;
      let dot = (factor[pivot * p + column] as number) + shiftVector * (shift[column] as number);
      for (let row = 0; row < rows; row++)
        dot += (block[pivotOffset + row] as number) * (block[offset + row] as number);
      const scale = tau * dot;
      factor[pivot * p + column] = (factor[pivot * p + column] as number) - scale;
      shift[column] = (shift[column] as number) - scale * shiftVector;
      for (let row = 0; row < rows; row++) {
        block[offset + row] = (block[offset + row] as number) - scale * (block[pivotOffset + row] as number);
      }
    }
  }
}
