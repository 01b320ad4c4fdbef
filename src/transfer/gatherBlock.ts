import { describeValue } from '../core/errors/describeValue';
import type { PropertyPath } from '../core/errors/PropertyPath';
import { raiseTransfer } from './messages';

/**
 * Rows per block: a block's copy (variables × rows) stays in the CPU's cache.
 *
 * @internal
 */
export const blockRows = 512;

/** @internal The checked columns a pass over the rows reads: outcome first, then drivers. */
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
 *
 * @internal
 */
export function gatherFast(
  data: MomentColumns,
  start: number,
  end: number,
  buffer: Float64Array,
  sums: Float64Array,
): number {
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
 * or leaves the row out. Returns the rows kept; fills `sums` (unweighted only) and the
 * kept rows' weights.
 *
 * @internal
 */
export function gatherCareful(
  data: MomentColumns,
  start: number,
  end: number,
  dropMissing: boolean,
  buffer: Float64Array,
  sums: Float64Array,
  blockWeights: Float64Array,
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
    if (weights !== undefined) blockWeights[kept] = weights[row] as number;
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

/**
 * Reads the block's weights into `blockWeights`; returns their sum, or -1 when one is not
 * a positive finite number.
 *
 * @internal
 */
export function gatherWeights(
  weights: ArrayLike<number>,
  start: number,
  end: number,
  blockWeights: Float64Array,
): number {
  let sum = 0;
  for (let row = start; row < end; row++) {
    const weight = weights[row] as number;
    if (!(weight > 0) || weight === Number.POSITIVE_INFINITY || typeof weight !== 'number') return -1;
    blockWeights[row - start] = weight;
    sum += weight;
  }
  return sum;
}
