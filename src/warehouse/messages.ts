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
  PRECISION_LOST: (variable: string, group: string) =>
    `The sum of squares of ${variable}${group} came out negative: the engine's sums lost their precision to cancellation. Pass a shift close to each column's mean (for example last period's means) so that the sums are taken around it.`,
} as const;

/**
 * The error codes `cxkit/warehouse` raises (besides core's).
 *
 * @category Errors
 */
export type WarehouseErrorCode = keyof typeof warehouseMessages;

/** @internal Raises one of the warehouse module's errors. */
export const raiseWarehouse: Raise<typeof warehouseMessages> = /* @__PURE__ */ createRaise(warehouseMessages);
