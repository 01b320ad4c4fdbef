import { summarizeInput } from './summarizeInput';
import type { TransferInput, TransferMomentsOptions } from './TransferInput';

/**
 * The sufficient statistics of a least-squares transfer function: everything
 * {@link fitTransferFunctionFromMoments} and {@link driverImportance} need, in plain
 * JSON. Variables are ordered outcome first, then the drivers in `drivers` order.
 *
 * Shards summarized anywhere (worker threads, serverless jobs, a SQL aggregate) merge
 * with {@link mergeTransferMoments} in any order to the summary of one pass.
 *
 * @category Moments
 */
export interface TransferMoments {
  readonly kind: 'transfer-moments';
  /** The driver names, in the order of `means` and `crossProducts` after the outcome. */
  readonly drivers: readonly string[];
  /** Whether rows were weighted; weighted and unweighted summaries do not merge. */
  readonly weighted: boolean;
  /** The number of rows summarized (rows dropped for missing values not included). */
  readonly n: number;
  /** The sum of the row weights; equal to `n` when unweighted. */
  readonly weightSum: number;
  /** Rows left out because a value was missing (`NaN`) with `{ missing: 'drop' }`. */
  readonly dropped: number;
  /** The (weighted) means: the outcome's first, then each driver's. */
  readonly means: readonly number[];
  /**
   * The centered (weighted) cross-product matrix `Σ w·(v − mean)(v − mean)ᵀ` over the
   * outcome and the drivers, as rows of a symmetric `(k + 1) × (k + 1)` matrix; divide by
   * `weightSum − 1` (unweighted) for the covariance matrix.
   */
  readonly crossProducts: readonly (readonly number[])[];
}

/**
 * Summarizes the rows of a transfer function in one pass over the columns: the row
 * count, the (weighted) means and the centered cross-product matrix of the outcome and
 * the drivers. Plain JSON that {@link mergeTransferMoments} combines across shards and
 * {@link fitTransferFunctionFromMoments} finishes.
 *
 * @param input - The outcome, the named driver columns and optional weights.
 * @param options - `missing`: `'error'` (default) or `'drop'`.
 * @returns The moments.
 * @throws `CxError` `MISSING_VALUES` (path of the first `NaN`, `details.rows` and `details.count`),
 *   `NON_FINITE_VALUE` (an Infinity, with its path), `INVALID_WEIGHT`, `MISMATCHED_COLUMNS`, `NO_DRIVERS`,
 *   `INVALID_INPUT`, `VALUES_TOO_LARGE`, `UNKNOWN_OPTION`.
 *
 * @example
 * import { transferMoments } from 'cxkit/transfer';
 *
 * const moments = transferMoments({ outcome: [7, 8, 9], drivers: { responseHours: [4, 2, 0] } });
 * moments.means // => [8, 2]
 * moments.crossProducts // => [[2, -4], [-4, 8]]
 * transferMoments({ outcome: [7, Number.NaN, 9], drivers: { responseHours: [4, 2, 0] } }, { missing: 'drop' }).dropped // => 1
 * transferMoments({ outcome: [7, Number.NaN, 9], drivers: { responseHours: [4, 2, 0] } }) // throws CxError MISSING_VALUES
 *
 * @category Moments
 */
export function transferMoments(input: TransferInput, options: TransferMomentsOptions = {}): TransferMoments {
  return summarizeInput(input, options).moments;
}
