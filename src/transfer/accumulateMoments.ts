import { describeValue } from '../core/errors/describeValue';
import type { PropertyPath } from '../core/errors/PropertyPath';
import { raiseTransfer } from './messages';
import { addMoments, emptyMomentState, type MomentState, mirrorUpperTriangle } from './momentState';

/** Rows per block: the block's centred copy (variables × rows) stays in the CPU's cache. */
const blockRows = 512;

/** @internal The checked columns {@link accumulateMoments} reads: outcome first, then drivers. */
export interface MomentColumns {
  readonly columns: readonly ArrayLike<number>[];
  /** Where each column is in the caller's input, e.g. `['drivers', 'waitMinutes']`. */
  readonly paths: readonly PropertyPath[];
  readonly weights: ArrayLike<number> | undefined;
  readonly rows: number;
}

const formatWhere = (path: PropertyPath) =>
  path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');

/**
 * Copies rows `start…end` of each column into the block buffer (column after column)
 * and returns each column's sum, or -1 when a sum is not finite (a NaN, an Infinity, a
 * value that is not a number, or an overflow somewhere in the block), in which case the
 * careful path takes the block over. Typed arrays hold numbers by construction; plain
 * arrays are checked for non-numbers in the same loop.
 */
function gatherFast(data: MomentColumns, start: number, end: number, buffer: Float64Array, sums: Float64Array): number {
  const { columns } = data;
  for (let variable = 0; variable < columns.length; variable++) {
    const column = columns[variable] as ArrayLike<number>;
    const offset = variable * blockRows - start;
    let sum = 0;
    if (ArrayBuffer.isView(column)) {
      for (let row = start; row < end; row++) {
        const value = column[row] as number;
        buffer[offset + row] = value;
        sum += value;
      }
    } else {
      for (let row = start; row < end; row++) {
        const value = column[row] as number;
        if (typeof value !== 'number') return -1;
        buffer[offset + row] = value;
        sum += value;
      }
    }
    if (!Number.isFinite(sum)) return -1;
    sums[variable] = sum;
  }
  return end - start;
}

/** Finds every row with a missing value from `start` on and raises MISSING_VALUES naming the first. */
function raiseMissing(data: MomentColumns, start: number): never {
  const rows: number[] = [];
  let first: PropertyPath = [];
  let count = 0;
  for (let row = start; row < data.rows; row++) {
    let missingAt = -1;
    if (data.weights !== undefined && Number.isNaN(data.weights[row])) missingAt = data.columns.length;
    for (let variable = 0; variable < data.columns.length && missingAt < 0; variable++) {
      if (Number.isNaN((data.columns[variable] as ArrayLike<number>)[row])) missingAt = variable;
    }
    if (missingAt < 0) continue;
    if (count === 0)
      first = [...(missingAt === data.columns.length ? ['weights'] : (data.paths[missingAt] ?? [])), row];
    if (rows.length < 10) rows.push(row);
    count++;
  }
  raiseTransfer('MISSING_VALUES', [`at ${formatWhere(first)}`, count], { path: first, details: { rows, count } });
}

/**
 * The careful path for a block with a problem: checks each value, raises for
 * Infinity, non-numbers and bad weights, and for NaN either raises (naming the rows)
 * or leaves the row out. Returns the rows kept; fills `sums` and the square roots of
 * the weights.
 */
function gatherCareful(
  data: MomentColumns,
  start: number,
  end: number,
  dropMissing: boolean,
  buffer: Float64Array,
  sums: Float64Array,
  rootWeights: Float64Array,
): number {
  const { columns, paths, weights } = data;
  let kept = 0;
  for (let row = start; row < end; row++) {
    let missing = false;
    if (weights !== undefined) {
      const weight = weights[row] as number;
      if (Number.isNaN(weight)) missing = true;
      else if (typeof weight !== 'number' || !(weight > 0) || weight === Number.POSITIVE_INFINITY) {
        raiseTransfer('INVALID_WEIGHT', [`weights[${row}]`, describeValue(weight)], { path: ['weights', row] });
      }
    }
    for (let variable = 0; variable < columns.length; variable++) {
      const value = (columns[variable] as ArrayLike<number>)[row];
      const path = [...(paths[variable] ?? []), row];
      if (typeof value !== 'number') {
        raiseTransfer('INVALID_INPUT', [formatWhere(path), 'a number', describeValue(value)], { path });
      }
      if (Number.isNaN(value)) missing = true;
      else if (!Number.isFinite(value)) raiseTransfer('NON_FINITE_VALUE', [formatWhere(path), String(value)], { path });
    }
    if (missing) {
      if (!dropMissing) raiseMissing(data, row);
      continue;
    }
    for (let variable = 0; variable < columns.length; variable++) {
      buffer[variable * blockRows + kept] = (columns[variable] as ArrayLike<number>)[row] as number;
    }
    if (weights !== undefined) rootWeights[kept] = weights[row] as number;
    kept++;
  }
  if (weights === undefined) {
    for (let variable = 0; variable < columns.length; variable++) {
      let sum = 0;
      for (let row = 0; row < kept; row++) sum += buffer[variable * blockRows + row] as number;
      sums[variable] = sum;
    }
  }
  return kept;
}

/** Reads the block's weights into `rootWeights`; returns their sum, or -1 when one is not a positive finite number. */
function gatherWeights(weights: ArrayLike<number>, start: number, end: number, rootWeights: Float64Array): number {
  let sum = 0;
  for (let row = start; row < end; row++) {
    const weight = weights[row] as number;
    if (!(weight > 0) || weight === Number.POSITIVE_INFINITY || typeof weight !== 'number') return -1;
    rootWeights[row - start] = weight;
    sum += weight;
  }
  return sum;
}

/**
 * The centred cross products of the block's `kept` rows: centres each column on its
 * block mean (scaling by √w when weighted), then takes every pairwise dot product.
 */
function blockCrossProducts(
  size: number,
  kept: number,
  buffer: Float64Array,
  means: Float64Array,
  rootWeights: Float64Array | undefined,
  crossProducts: Float64Array,
): void {
  for (let variable = 0; variable < size; variable++) {
    const offset = variable * blockRows;
    const mean = means[variable] as number;
    if (rootWeights === undefined) {
      for (let row = 0; row < kept; row++) buffer[offset + row] = (buffer[offset + row] as number) - mean;
    } else {
      for (let row = 0; row < kept; row++) {
        buffer[offset + row] = ((buffer[offset + row] as number) - mean) * (rootWeights[row] as number);
      }
    }
  }
  // Two left columns against four right ones at a time: eight independent sums share
  // six loads per row, which keeps the floating-point units rather than the loads busy.
  // The triangle's ragged edge is finished one dot product at a time.
  let left = 0;
  for (; left + 1 < size; left += 2) {
    const leftOffset0 = left * blockRows;
    const leftOffset1 = leftOffset0 + blockRows;
    let right = left + 1;
    crossProducts[left * size + left] = dot(buffer, leftOffset0, leftOffset0, kept);
    for (; right + 3 < size; right += 4) {
      const offset0 = right * blockRows;
      const offset1 = offset0 + blockRows;
      const offset2 = offset1 + blockRows;
      const offset3 = offset2 + blockRows;
      let sum00 = 0;
      let sum01 = 0;
      let sum02 = 0;
      let sum03 = 0;
      let sum10 = 0;
      let sum11 = 0;
      let sum12 = 0;
      let sum13 = 0;
      for (let row = 0; row < kept; row++) {
        const value0 = buffer[leftOffset0 + row] as number;
        const value1 = buffer[leftOffset1 + row] as number;
        const right0 = buffer[offset0 + row] as number;
        const right1 = buffer[offset1 + row] as number;
        const right2 = buffer[offset2 + row] as number;
        const right3 = buffer[offset3 + row] as number;
        sum00 += value0 * right0;
        sum01 += value0 * right1;
        sum02 += value0 * right2;
        sum03 += value0 * right3;
        sum10 += value1 * right0;
        sum11 += value1 * right1;
        sum12 += value1 * right2;
        sum13 += value1 * right3;
      }
      const at0 = left * size + right;
      crossProducts[at0] = sum00;
      crossProducts[at0 + 1] = sum01;
      crossProducts[at0 + 2] = sum02;
      crossProducts[at0 + 3] = sum03;
      // Row left + 1 starts at its diagonal; right ≥ left + 1 always holds here.
      const at1 = at0 + size;
      crossProducts[at1] = sum10;
      crossProducts[at1 + 1] = sum11;
      crossProducts[at1 + 2] = sum12;
      crossProducts[at1 + 3] = sum13;
    }
    for (; right < size; right++) {
      const rightOffset = right * blockRows;
      crossProducts[left * size + right] = dot(buffer, leftOffset0, rightOffset, kept);
      crossProducts[(left + 1) * size + right] = dot(buffer, leftOffset1, rightOffset, kept);
    }
  }
  if (left < size) crossProducts[left * size + left] = dot(buffer, left * blockRows, left * blockRows, kept);
}

function dot(buffer: Float64Array, leftOffset: number, rightOffset: number, count: number): number {
  let sum = 0;
  for (let row = 0; row < count; row++)
    sum += (buffer[leftOffset + row] as number) * (buffer[rightOffset + row] as number);
  return sum;
}

/**
 * One pass over the columns in blocks of rows: each block is copied, centred on its own
 * (weighted) mean and multiplied out, then merged into the running totals with the
 * exact pairwise update. Centring per block keeps the cross products accurate when the
 * means are large next to the spread (the naive `Σxy − n·x̄·ȳ` loses every digit
 * there), at the cost of one subtraction per value.
 *
 * @internal
 */
export function accumulateMoments(data: MomentColumns, dropMissing: boolean): { state: MomentState; dropped: number } {
  const size = data.columns.length;
  const state = emptyMomentState(size);
  const buffer = new Float64Array(size * blockRows);
  const sums = new Float64Array(size);
  const means = new Float64Array(size);
  const crossProducts = new Float64Array(size * size);
  const delta = new Float64Array(size);
  const rootWeights = data.weights === undefined ? undefined : new Float64Array(blockRows);
  let dropped = 0;
  for (let start = 0; start < data.rows; start += blockRows) {
    const end = Math.min(data.rows, start + blockRows);
    let weightSum = -1;
    let kept = -1;
    if (data.weights === undefined) kept = gatherFast(data, start, end, buffer, sums);
    else {
      weightSum = gatherWeights(data.weights, start, end, rootWeights as Float64Array);
      if (weightSum >= 0) kept = gatherFast(data, start, end, buffer, sums);
    }
    if (kept < 0) {
      kept = gatherCareful(data, start, end, dropMissing, buffer, sums, rootWeights as Float64Array);
      dropped += end - start - kept;
      if (rootWeights !== undefined) {
        weightSum = 0;
        for (let row = 0; row < kept; row++) weightSum += rootWeights[row] as number;
      }
    }
    if (kept === 0) continue;
    if (rootWeights === undefined) {
      weightSum = kept;
      for (let variable = 0; variable < size; variable++) means[variable] = (sums[variable] as number) / kept;
    } else {
      // Weighted means need the weights; the √w scaling for the products is taken after.
      for (let variable = 0; variable < size; variable++) {
        let sum = 0;
        const offset = variable * blockRows;
        for (let row = 0; row < kept; row++) sum += (buffer[offset + row] as number) * (rootWeights[row] as number);
        means[variable] = sum / weightSum;
      }
      for (let row = 0; row < kept; row++) rootWeights[row] = Math.sqrt(rootWeights[row] as number);
    }
    blockCrossProducts(size, kept, buffer, means, rootWeights, crossProducts);
    addMoments(state, kept, weightSum, means, crossProducts, delta);
  }
  mirrorUpperTriangle(state.crossProducts, size);
  return { state, dropped };
}
