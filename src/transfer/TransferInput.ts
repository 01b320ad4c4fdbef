/**
 * The rows a transfer function is fitted on, as columns: the ultimate CX metric (the
 * outcome, Y) and the operational drivers (X₁…Xₖ), one value per row in each.
 *
 * @category Transfer functions
 */
export interface TransferInput {
  /** The outcome per row, e.g. each customer's satisfaction or each branch's NPS. */
  readonly outcome: ArrayLike<number>;
  /** The drivers by name, each a column as long as `outcome`; typed arrays welcome. */
  readonly drivers: Readonly<Record<string, ArrayLike<number>>>;
  /**
   * Optional positive row weights (as R's `lm(weights = )`): a row of weight 2 counts like
   * two identical rows for the estimates, though not for the degrees of freedom.
   */
  readonly weights?: ArrayLike<number> | undefined;
}

/**
 * What to do with rows where a value is missing (`NaN`): `'error'` raises
 * `MISSING_VALUES` naming the rows; `'drop'` leaves them out (listwise) and counts them
 * in the result's `dropped`.
 *
 * @category Transfer functions
 */
export type MissingValuePolicy = 'error' | 'drop';

/**
 * Options for {@link transferMoments} and {@link fitTransferFunction}.
 *
 * @category Transfer functions
 */
export interface TransferMomentsOptions {
  /** What to do with rows holding a `NaN`. Default `'error'`. */
  readonly missing?: MissingValuePolicy;
}
