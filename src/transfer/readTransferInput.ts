import { describeValue } from '../core/errors/describeValue';
import { suggestKey } from '../core/errors/suggestKey';
import type { MomentColumns } from './gatherBlock';
import { raiseTransfer } from './messages';
import type { TransferInput } from './TransferInput';

function isColumn(value: unknown): value is ArrayLike<number> {
  if (typeof value !== 'object' || value === null) return false;
  if (value instanceof BigInt64Array || value instanceof BigUint64Array) return false;
  const length = (value as { length?: unknown }).length;
  return typeof length === 'number' && Number.isSafeInteger(length) && length >= 0;
}

const inputKeys = ['outcome', 'drivers', 'weights'];

/**
 * Checks the shape of a {@link TransferInput} once (columns, names, lengths), so that the
 * pass over the rows only has to check values.
 *
 * @internal
 */
export function readTransferInput(input: TransferInput): { data: MomentColumns; drivers: string[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    raiseTransfer('INVALID_INPUT', ['input', 'an object { outcome, drivers }', describeValue(input)], { path: [] });
  }
  for (const key of Object.keys(input)) {
    if (inputKeys.includes(key)) continue;
    const suggestion = suggestKey(key, inputKeys);
    raiseTransfer(
      'INVALID_INPUT',
      [
        'input',
        'an object with outcome, drivers and optionally weights',
        `a field ${JSON.stringify(key)}${suggestion === undefined ? '' : ` (did you mean ${JSON.stringify(suggestion)}?)`}`,
      ],
      { path: [key] },
    );
  }
  const { outcome, drivers, weights } = input;
  if (!isColumn(outcome)) {
    raiseTransfer('INVALID_INPUT', ['outcome', 'an array or typed array of numbers', describeValue(outcome)], {
      path: ['outcome'],
    });
  }
  if (typeof drivers !== 'object' || drivers === null || Array.isArray(drivers) || ArrayBuffer.isView(drivers)) {
    raiseTransfer('INVALID_INPUT', ['drivers', 'an object of named columns', describeValue(drivers)], {
      path: ['drivers'],
    });
  }
  const names = Object.keys(drivers);
  if (names.length === 0) raiseTransfer('NO_DRIVERS', [], { path: ['drivers'] });
  const rows = outcome.length;
  const columns: ArrayLike<number>[] = [outcome];
  const paths: (readonly (string | number)[])[] = [['outcome']];
  for (const name of names) {
    const column = drivers[name];
    if (!isColumn(column)) {
      raiseTransfer('INVALID_INPUT', [`drivers.${name}`, 'an array or typed array of numbers', describeValue(column)], {
        path: ['drivers', name],
      });
    }
    if (column.length !== rows) {
      raiseTransfer('MISMATCHED_COLUMNS', [`drivers.${name}`, column.length, rows], { path: ['drivers', name] });
    }
    columns.push(column);
    paths.push(['drivers', name]);
  }
  if (weights !== undefined) {
    if (!isColumn(weights)) {
      raiseTransfer('INVALID_INPUT', ['weights', 'an array or typed array of numbers', describeValue(weights)], {
        path: ['weights'],
      });
    }
    if (weights.length !== rows)
      raiseTransfer('MISMATCHED_COLUMNS', ['weights', weights.length, rows], { path: ['weights'] });
  }
  return { data: { columns, paths, weights, rows }, drivers: names };
}
