import { describeValue } from '../core/errors/describeValue';
import type { PropertyPath } from '../core/errors/PropertyPath';
import { raiseTransfer } from './messages';
import type { MomentState } from './momentState';
import type { TransferMoments } from './transferMoments';

function fail(problem: string, path: PropertyPath): never {
  raiseTransfer('INVALID_MOMENTS', [problem], { path });
}

/**
 * Checks transfer moments that may have traveled as JSON (from a worker, a file or a
 * SQL aggregate) and returns them in working form. `argument` prefixes every path.
 *
 * @internal
 */
export function readTransferMoments(
  moments: TransferMoments,
  argument: readonly (string | number)[] = [],
): MomentState {
  if (typeof moments !== 'object' || moments === null || moments.kind !== 'transfer-moments') {
    fail(`expected an object of kind "transfer-moments", received ${describeValue(moments)}`, [...argument]);
  }
  const { drivers, n, weightSum, dropped, means, crossProducts, weighted } = moments;
  if (!Array.isArray(drivers) || drivers.length === 0 || drivers.some((name) => typeof name !== 'string')) {
    fail('drivers must be a non-empty array of driver names', [...argument, 'drivers']);
  }
  if (new Set(drivers).size !== drivers.length) fail('driver names must be unique', [...argument, 'drivers']);
  if (typeof weighted !== 'boolean') fail('weighted must be true or false', [...argument, 'weighted']);
  if (!Number.isSafeInteger(n) || n < 0)
    fail(`n must be a whole number from 0, not ${describeValue(n)}`, [...argument, 'n']);
  if (!Number.isSafeInteger(dropped) || dropped < 0) {
    fail(`dropped must be a whole number from 0, not ${describeValue(dropped)}`, [...argument, 'dropped']);
  }
  if (
    !Number.isFinite(weightSum) ||
    weightSum < 0 ||
    (n === 0) !== (weightSum === 0) ||
    (!weighted && weightSum !== n)
  ) {
    fail(
      `weightSum must be a finite number from 0, equal to n when unweighted and 0 only when n is; received ${describeValue(weightSum)}`,
      [...argument, 'weightSum'],
    );
  }
  const size = drivers.length + 1;
  if (!Array.isArray(means) || means.length !== size) {
    fail(`means must hold ${size} numbers (the outcome's, then each driver's)`, [...argument, 'means']);
  }
  means.forEach((mean, index) => {
    if (typeof mean !== 'number' || !Number.isFinite(mean))
      fail('every mean must be a finite number', [...argument, 'means', index]);
  });
  if (!Array.isArray(crossProducts) || crossProducts.length !== size) {
    fail(`crossProducts must be a ${size} × ${size} matrix`, [...argument, 'crossProducts']);
  }
  const matrix = new Float64Array(size * size);
  crossProducts.forEach((row, rowIndex) => {
    if (!Array.isArray(row) || row.length !== size) {
      fail(`crossProducts must be a ${size} × ${size} matrix`, [...argument, 'crossProducts', rowIndex]);
    }
    row.forEach((value, column) => {
      const path = [...argument, 'crossProducts', rowIndex, column];
      if (typeof value !== 'number' || !Number.isFinite(value))
        fail('every cross product must be a finite number', path);
      if (column === rowIndex && value < 0) fail('a sum of squares on the diagonal cannot be negative', path);
      matrix[rowIndex * size + column] = value;
    });
  });
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < row; column++) {
      const lower = matrix[row * size + column] as number;
      const upper = matrix[column * size + row] as number;
      if (Math.abs(lower - upper) > 1e-9 * Math.max(Math.abs(lower), Math.abs(upper), Number.MIN_VALUE)) {
        fail('crossProducts must be symmetric', [...argument, 'crossProducts', row, column]);
      }
    }
  }
  return { size, n, weightSum, means: Float64Array.from(means), crossProducts: matrix };
}
