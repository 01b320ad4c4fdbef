import { invalidInputMessage, invalidOptionMessage } from '../core/errors/commonMessages';
import { createRaise, type Raise } from '../core/errors/createRaise';

const list = (names: readonly string[]) => names.map((name) => JSON.stringify(name)).join(', ');

/**
 * Every error message `cxkit/transfer` raises, as named constants keyed by error code.
 *
 * @category Errors
 */
export const transferMessages = {
  INVALID_INPUT: invalidInputMessage,
  INVALID_OPTION: invalidOptionMessage,
  NO_DRIVERS: () => 'drivers is empty: a transfer function needs at least one driver column.',
  MISMATCHED_COLUMNS: (column: string, length: number, expected: number) =>
    `Column ${column} has ${length} values but outcome has ${expected}; every column must have one value per row.`,
  MISSING_VALUES: (where: string, count: number) =>
    `Rows with missing values (NaN) found, first ${where}${count > 1 ? ` (${count} rows in all)` : ''}. Pass { missing: 'drop' } to leave such rows out and count them, or fill them in.`,
  NON_FINITE_VALUE: (where: string, value: string) =>
    `${where} is ${value}; every value must be a finite number (Infinity is never dropped, as it usually means a unit or division error upstream).`,
  VALUES_TOO_LARGE: () =>
    'The sums of squares overflowed: some values are too large (beyond about 1e150) to be multiplied out; rescale the columns (e.g. thousands instead of units).',
  INVALID_WEIGHT: (where: string, value: string) =>
    `${where} is ${value}; weights must be positive finite numbers (leave a row out rather than giving it weight 0).`,
  TOO_FEW_ROWS: (rows: number, parameters: number, dropped: number) =>
    `A transfer function with ${parameters} parameters (the intercept and ${parameters - 1} ${parameters === 2 ? 'driver' : 'drivers'}) needs at least ${parameters + 1} rows to estimate its error; received ${rows}${dropped > 0 ? ` after dropping ${dropped} with missing values` : ''}.`,
  CONSTANT_DRIVER: (names: readonly string[]) =>
    `${names.length === 1 ? `Driver ${list(names)} does` : `Drivers ${list(names)} do`} not vary across the rows, so ${names.length === 1 ? 'its' : 'their'} effect cannot be estimated; leave ${names.length === 1 ? 'it' : 'them'} out.`,
  CONSTANT_OUTCOME: () => 'The outcome does not vary across the rows: there is nothing for the drivers to explain.',
  COLLINEAR_DRIVERS: (name: string, others: readonly string[], tolerance: string) =>
    `Driver ${JSON.stringify(name)} is a linear combination of ${list(others)} (it shares all but ${tolerance} of its variance with them): the drivers are perfectly collinear and their separate effects cannot be told apart. Leave one out or combine them.`,
  PERFECT_FIT: (tolerance: string) =>
    `The drivers explain the outcome exactly (all but ${tolerance} of its variance): the outcome is computed from the drivers, so standard errors and p-values are undefined. Check that the outcome is not one of the drivers or their sum.`,
  DRIVER_MISMATCH: (left: string, right: string) =>
    `The moments describe different drivers (${left} and ${right}); only moments of the same drivers, in the same order, can be merged.`,
  WEIGHTING_MISMATCH: () =>
    'One summary is weighted and the other is not; merge weighted moments only with weighted moments.',
  INVALID_MOMENTS: (problem: string) => `The transfer moments are not valid: ${problem}.`,
  INVALID_TRANSFER_FUNCTION: (problem: string) => `The transfer function is not valid: ${problem}.`,
  UNKNOWN_DRIVER: (name: string, suggestion: string | undefined, known: readonly string[]) =>
    `Unknown driver ${JSON.stringify(name)}${suggestion === undefined ? '.' : `; did you mean ${JSON.stringify(suggestion)}?`} The transfer function's drivers: ${known.join(', ')}.`,
  MISSING_DRIVER: (name: string) =>
    `The row has no value for driver ${JSON.stringify(name)}; give every driver of the transfer function a value.`,
  TOO_MANY_DRIVERS: (count: number, limit: number) =>
    `The exact Shapley decomposition needs the R² of all 2^k subsets of drivers; ${count} drivers means ${2 ** count} subsets, above the limit of ${limit} drivers (${2 ** limit} subsets). Use { method: 'relative-weights' }, which scales to any number of drivers, or group drivers.`,
  BOOTSTRAP_NEEDS_ROWS: () =>
    'Bootstrap intervals resample rows, which a fitted transfer function or its moments no longer hold: pass the rows ({ outcome, drivers, weights? }) to driverImportance instead.',
  BOOTSTRAP_DEGENERATE: (replicates: number, used: number) =>
    `Only ${used} of ${replicates} bootstrap resamples could be fitted (in the others a driver was constant or drivers were collinear): there are too few rows, or a driver rarely varies, for bootstrap intervals.`,
  METRIC_TREE_CYCLE: (cycle: readonly string[]) =>
    `The metric tree has a cycle (${cycle.join(' → ')}): a change would feed back on itself, so it cannot be propagated to the root.`,
  UNKNOWN_NODE: (id: string, suggestion: string | undefined) =>
    `The metric tree has no node ${JSON.stringify(id)}${suggestion === undefined ? '.' : `; did you mean ${JSON.stringify(suggestion)}?`}`,
} as const;

/**
 * The error codes `cxkit/transfer` raises (besides core's).
 *
 * @category Errors
 */
export type TransferErrorCode = keyof typeof transferMessages;

/** @internal Raises one of the transfer module's errors. */
export const raiseTransfer: Raise<typeof transferMessages> = /* @__PURE__ */ createRaise(transferMessages);
