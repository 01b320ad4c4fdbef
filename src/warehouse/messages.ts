import { createRaise, type Raise } from '../core/errors/createRaise';

/**
 * Every error message `cxkit/warehouse` raises, as named constants keyed by error code.
 *
 * @category Errors
 */
export const warehouseMessages = {
  INVALID_IDENTIFIER: (place: string, problem: string) =>
    `${place} is not a usable SQL identifier: ${problem}. Name a table or column as a non-empty string, or a qualified name as an array of such strings (["schema", "table"]).`,
  INVALID_ROWS: (place: string, problem: string) =>
    `The result rows are not what the generated SQL returns: ${place} ${problem}. Pass the rows of that query unchanged, as objects keyed by column name.`,
  INVALID_VALUES: (what: string, count: number, group: string) =>
    `${count} ${count === 1 ? 'row holds' : 'rows hold'} ${what}${group}; fix or filter them in the engine (for example in a view), or pass { invalid: 'skip' } where the summary can count them.`,
  MISSING_VALUES: (count: number, group: string) =>
    `${count} ${count === 1 ? 'row has' : 'rows have'} a missing value (NULL) in the outcome or a driver${group}. Pass { missing: 'drop' } to leave such rows out and count them.`,
  INCOMPLETE_ROWS: (expected: number, received: number, index: number) =>
    `The engine's result had ${expected} ${expected === 1 ? 'row' : 'rows'} (rows[${index}].cx_result_rows), but ${received} ${received === 1 ? 'was' : 'were'} passed: a cut or mixed result would give a partial summary. Pass every row of one run of the query, and nothing else (merge shards as summaries, not as rows).`,
  INFINITE_VALUES: (count: number, group: string) =>
    `${count} ${count === 1 ? 'row holds' : 'rows hold'} an infinite value in the outcome or a driver${group}; fix or filter them in the engine (for example in a view).`,
  QUERY_FAILED: (where: string, engineMessage: string, notNumeric: boolean) =>
    `The engine did not finish the query${where}: ${engineMessage}${notNumeric ? ' The column must be numeric (a text, boolean or date column cannot hold these values): convert it in a view.' : ''} No summary was read from it; fix the cause and run the whole query again.`,
  VALUES_TOO_LARGE: (group: string) =>
    `The engine's sums of squares overflowed${group}: a value lies more than about 1e154 from its column's mean. Fix or filter such rows in the engine (for example in a view).`,
  PRECISION_LOST: (variable: string, group: string) =>
    `The sum of squares of ${variable}${group} came out negative beyond rounding: the engine's sums lost their precision to cancellation (a group sitting far from the table-wide mean next to its own spread). Summarize that group in a query of its own (a view per group) so that its mean is taken as the shift.`,
} as const;

/**
 * The error codes `cxkit/warehouse` raises (besides core's).
 *
 * @category Errors
 */
export type WarehouseErrorCode = keyof typeof warehouseMessages;

/** @internal Raises one of the warehouse module's errors. */
export const raiseWarehouse: Raise<typeof warehouseMessages> = /* @__PURE__ */ createRaise(warehouseMessages);
