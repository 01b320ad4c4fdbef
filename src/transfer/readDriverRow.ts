import { describeValue } from '../core/errors/describeValue';
import type { PropertyPath } from '../core/errors/PropertyPath';
import { suggestKey } from '../core/errors/suggestKey';
import { raiseTransfer } from './messages';

/**
 * Reads a row of driver values (`{ driver: value }`) against a transfer function's
 * drivers: unknown names are errors with a suggestion; with `complete`, every driver
 * needs a value; every value must be a finite number. Returns the values in driver
 * order (0 for drivers a partial row leaves out).
 *
 * @internal
 */
export function readDriverRow(
  row: Readonly<Record<string, number>>,
  drivers: readonly string[],
  complete: boolean,
  argument: string,
): Float64Array {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) {
    raiseTransfer('INVALID_INPUT', [argument, 'an object of driver values', describeValue(row)], { path: [argument] });
  }
  for (const name of Object.keys(row)) {
    if (!drivers.includes(name)) {
      raiseTransfer('UNKNOWN_DRIVER', [name, suggestKey(name, drivers), drivers], { path: [argument, name] });
    }
  }
  const values = new Float64Array(drivers.length);
  drivers.forEach((name, index) => {
    const path: PropertyPath = [argument, name];
    if (!Object.hasOwn(row, name)) {
      if (complete) raiseTransfer('MISSING_DRIVER', [name], { path });
      return;
    }
    const value = row[name];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      raiseTransfer('INVALID_INPUT', [`${argument}.${name}`, 'a finite number', describeValue(value)], { path });
    }
    values[index] = value;
  });
  return values;
}
