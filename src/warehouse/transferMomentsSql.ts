import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { raise } from '../core/errors/raise';
import { type CommonSqlOptions, queryParts } from './queryParts';
import { quoteIdentifier } from './quoteIdentifier';
import type { SqlName, SqlQuery } from './SqlQuery';

/**
 * Options for {@link transferMomentsSql}.
 *
 * @category Moments
 */
export interface TransferMomentsSqlOptions extends CommonSqlOptions {
  /** The table (or view) holding one row per observation. */
  readonly table: SqlName;
  /** The outcome column (the ultimate CX metric). */
  readonly outcome: SqlName;
  /** The driver columns, in the order the moments list them. */
  readonly drivers: readonly SqlName[];
  /**
   * A value near each column's mean, outcome first then the drivers: the engine sums
   * `(v − shift)` and its products, which keeps the digits that raw sums of products
   * lose to cancellation. Default all 0 (raw sums: fine when the means are small next to
   * the spread, poor otherwise — see the guide).
   */
  readonly shift?: readonly number[] | undefined;
  /** Columns to group by: one moments summary per group. */
  readonly groupBy?: readonly SqlName[] | undefined;
}

/** @internal The alias of the sum of variable `index` (0 is the outcome). */
export const sumAlias = (index: number) => `cx_sum_${index}`;
/** @internal The alias of the sum of products of variables `row ≤ column`. */
export const productAlias = (row: number, column: number) => `cx_product_${row}_${column}`;

/**
 * Writes the SQL that summarises a transfer function's rows where they live: per group,
 * the row count, the complete rows, and the sums and sums of products of the (shifted)
 * outcome and drivers — (k + 1)(k + 2)/2 + k + 3 numbers, whatever the row count.
 * {@link transferMomentsFromRows} turns them into `TransferMoments` for
 * `fitTransferFunctionFromMoments`. Rows with a NULL in the outcome or a driver are
 * counted apart (listwise, as `{ missing: 'drop' }`). Unweighted only.
 *
 * @param options - Table, outcome, drivers, optional `shift`, `groupBy` and `dialect`.
 * @returns The SQL and its parameters (the shifts).
 * @throws `CxError` `INVALID_IDENTIFIER`, `INVALID_OPTION` (no drivers, a bad shift), `UNKNOWN_OPTION`.
 *
 * @example
 * import { transferMomentsSql } from 'cxkit/warehouse';
 *
 * const query = transferMomentsSql({ table: 'branches', outcome: 'nps', drivers: ['waitMinutes'], shift: [30, 12] });
 * query.parameters // => [30, 12]
 * query.sql.includes('SUM("cx_value_0" * "cx_value_1") AS "cx_product_0_1"') // => true
 * transferMomentsSql({ table: 'branches', outcome: 'nps', drivers: [] }) // throws CxError INVALID_OPTION
 *
 * @category Moments
 */
export function transferMomentsSql(options: TransferMomentsSqlOptions): SqlQuery {
  checkOptions(options, ['table', 'outcome', 'drivers', 'shift', 'groupBy', 'dialect']);
  const parts = queryParts(options);
  const { drivers } = options;
  if (!Array.isArray(drivers) || drivers.length === 0) {
    raise('INVALID_OPTION', ['drivers', 'a non-empty array of column names', describeValue(drivers)], {
      path: ['drivers'],
    });
  }
  const columns = [
    quoteIdentifier(options.outcome, 'outcome'),
    ...drivers.map((name, index) => quoteIdentifier(name, `drivers[${index}]`)),
  ];
  const size = columns.length;
  const shift = options.shift ?? new Array<number>(size).fill(0);
  if (!Array.isArray(shift) || shift.length !== size || !shift.every((value) => Number.isFinite(value))) {
    raise('INVALID_OPTION', ['shift', `an array of ${size} finite numbers (outcome first)`, describeValue(shift)], {
      path: ['shift'],
    });
  }
  const complete = columns.map((column) => `${column} IS NOT NULL`).join(' AND ');
  // Each value is shifted in the inner query and kept only on complete rows, so every
  // sum below runs over the same rows and COUNT of any value is the complete-row count.
  const values = columns.map(
    (column, index) =>
      `CASE WHEN ${complete} THEN CAST(${column} AS DOUBLE PRECISION) - CAST($${index + 1} AS DOUBLE PRECISION) END AS "cx_value_${index}"`,
  );
  const aggregates = ['COUNT(*) AS "cx_rows"', 'COUNT("cx_value_0") AS "cx_complete"'];
  for (let index = 0; index < size; index++) aggregates.push(`SUM("cx_value_${index}") AS "${sumAlias(index)}"`);
  for (let row = 0; row < size; row++) {
    for (let column = row; column < size; column++) {
      aggregates.push(`SUM("cx_value_${row}" * "cx_value_${column}") AS "${productAlias(row, column)}"`);
    }
  }
  const groupKeys = parts.groupAliases.join(', ');
  const grouping = parts.groupAliases.length === 0 ? '' : ` GROUP BY ${groupKeys} ORDER BY ${groupKeys}`;
  const sql =
    `SELECT ${[...parts.groupAliases, ...aggregates].join(', ')} ` +
    `FROM (SELECT ${[...parts.groupSelect, ...values].join(', ')} FROM ${parts.table}) AS "cx_rows"${grouping}`;
  return { sql, parameters: [...shift] };
}
