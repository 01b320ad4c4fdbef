import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { raise } from '../core/errors/raise';
import {
  type CommonSqlOptions,
  finishQuery,
  markedName,
  markedNames,
  numericValue,
  queryParts,
  resultRowsColumn,
} from './queryParts';
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
  /** Columns to group by: one moments summary per group. */
  readonly groupBy?: readonly SqlName[] | undefined;
  /**
   * Whose means the sums are taken around: `'table'` (default: each column's mean over
   * the whole table, one more scan) or `'group'` (each group's own means, a window over
   * the groups: the engine sorts or hashes the rows by group). Grouped moments keep every
   * digit with `'group'`; with `'table'` a group whose mean sits far from the table's,
   * next to its own spread, loses some (see the guide). The same without `groupBy`.
   */
  readonly center?: 'table' | 'group' | undefined;
}

/** @internal The alias of the shift of variable `index` (0 is the outcome): its mean over its finite values, in the table or the group. */
export const shiftAlias = (index: number) => `cx_shift_${index}`;
/** @internal The alias of the sum of variable `index`, shifted. */
export const sumAlias = (index: number) => `cx_sum_${index}`;
/** @internal The alias of the sum of products of variables `row ≤ column`, shifted. */
export const productAlias = (row: number, column: number) => `cx_product_${row}_${column}`;

const tableAlias = '"cx_table"';
const largest = '1.7976931348623157e308';
const infinity = "CAST('Infinity' AS DOUBLE PRECISION)";

/**
 * Writes the SQL that summarizes a transfer function's rows where they live: per group,
 * one row for the complete rows — their count and the sums and sums of products of the
 * outcome and drivers taken around each column's mean, (k + 1)(k + 2)/2 + 2k + 4 numbers
 * whatever the row count — and one row each counting the rows with a missing value and
 * the rows holding an infinity, when there are any. {@link transferMomentsFromRows} turns them
 * into `TransferMoments` for `fitTransferFunctionFromMoments`.
 *
 * The query takes each column's mean over its finite values in a first pass (of the
 * table, or of each group with `center: 'group'`) and sums `(v − mean)` and its products
 * in the second, so that a column far from zero (epoch times, amounts near 10⁶, ids)
 * costs no digits to cancellation (see the guide for the accuracy that remains). Rows
 * with a NULL or NaN in the outcome or a driver are counted apart (listwise, as
 * `{ missing: 'drop' }`); rows with an infinite value are counted and refused by the reader. Columns must be numeric: text, boolean and date
 * columns fail in the engine before any row is read. Unweighted only.
 *
 * @param options - Table, outcome, drivers, optional `groupBy`, `center` and `dialect`.
 * @returns The SQL (no parameters).
 * @throws `CxError` `INVALID_IDENTIFIER`, `INVALID_OPTION` (no drivers, a bad `center`), `UNKNOWN_OPTION`.
 *
 * @example
 * import { transferMomentsSql } from 'cxkit/warehouse';
 *
 * const query = transferMomentsSql({ table: 'branches', outcome: 'nps', drivers: ['waitMinutes'] });
 * query.parameters // => []
 * query.sql.includes('SUM("cx_value_0" * "cx_value_1") AS "cx_product_0_1"') // => true
 * transferMomentsSql({ table: 'branches', outcome: 'nps', drivers: [] }) // throws CxError INVALID_OPTION
 *
 * @category Moments
 */
export function transferMomentsSql(options: TransferMomentsSqlOptions): SqlQuery {
  checkOptions(options, ['table', 'outcome', 'drivers', 'groupBy', 'center', 'dialect'], 'options', true);
  // The user's table is read under a fixed alias and its columns are qualified with it,
  // so that no table or column name can collide with the shift table's.
  const parts = queryParts(options, tableAlias);
  const { drivers } = options;
  if (!Array.isArray(drivers) || drivers.length === 0) {
    raise('INVALID_OPTION', ['drivers', 'a non-empty array of column names', describeValue(drivers)], {
      path: ['drivers'],
    });
  }
  const values = [
    numericValue(`${tableAlias}.${markedName(options.outcome, 'outcome', parts.dialect)}`),
    ...markedNames(drivers, 'drivers', parts.dialect).map((marked) => numericValue(`${tableAlias}.${marked}`)),
  ];
  const size = values.length;
  const center = options.center ?? 'table';
  if (center !== 'table' && center !== 'group') {
    raise('INVALID_OPTION', ['center', '"table" or "group"', describeValue(center)], { path: ['center'] });
  }
  const finite = (value: string) => `${value} BETWEEN -${largest} AND ${largest}`;
  // Each row's state, computed once: 0 complete (every value finite), 2 holding an
  // infinity, 1 missing (a NULL, or a NaN, which fails the range test as it compares
  // above every number in both engines). Grouping by it keeps the complete rows' sums
  // apart without testing completeness once per value.
  const state =
    `CASE WHEN ${values.map(finite).join(' AND ')} THEN 0 ` +
    `WHEN ${values.map((value) => `ABS(${value}) = ${infinity}`).join(' OR ')} THEN 2 ELSE 1 END AS "cx_state"`;
  const indexes = values.map((_, index) => index);
  const shift = (index: number) => `"${shiftAlias(index)}"`;
  // Each column is shifted by its mean over its finite values, taken in a first pass: of
  // the whole table (a second scan, joined as one row), or of each group (a window over
  // the group). Any value near the data would do, as the reader corrects for the distance
  // exactly; the mean makes the shifted values small, so their products cancel nothing.
  const byGroup = center === 'group' && parts.groupAliases.length > 0;
  let source: string;
  if (byGroup) {
    const raw = (index: number) => `"cx_raw_${index}"`;
    const mean = (index: number) =>
      `COALESCE(AVG(CASE WHEN ${finite(raw(index))} THEN ${raw(index)} END) OVER (PARTITION BY ${parts.groupAliases.join(', ')}), 0)`;
    const rows = `SELECT ${[...parts.groupSelect, state, ...values.map((value, index) => `${value} AS ${raw(index)}`)].join(', ')} FROM ${parts.table} AS ${tableAlias}`;
    source =
      `SELECT ${[
        ...parts.groupAliases,
        '"cx_state"',
        ...indexes.map((index) => `${raw(index)} - ${mean(index)} AS "cx_value_${index}"`),
        ...indexes.map((index) => `${mean(index)} AS ${shift(index)}`),
      ].join(', ')} ` + `FROM (${rows}) AS "cx_raw"`;
  } else {
    const means = values.map(
      (value, index) => `COALESCE(AVG(CASE WHEN ${finite(value)} THEN ${value} END), 0) AS ${shift(index)}`,
    );
    source =
      `SELECT ${[
        ...parts.groupSelect,
        state,
        ...values.map((value, index) => `${value} - "cx_shift".${shift(index)} AS "cx_value_${index}"`),
        ...indexes.map((index) => `"cx_shift".${shift(index)}`),
      ].join(', ')} ` +
      `FROM ${parts.table} AS ${tableAlias} CROSS JOIN (SELECT ${means.join(', ')} FROM ${parts.table} AS ${tableAlias}) AS "cx_shift"`;
  }
  const aggregates = ['COUNT(*) AS "cx_count"'];
  for (const index of indexes) aggregates.push(`MIN(${shift(index)}) AS ${shift(index)}`);
  for (const index of indexes) aggregates.push(`SUM("cx_value_${index}") AS "${sumAlias(index)}"`);
  for (let row = 0; row < size; row++) {
    for (let column = row; column < size; column++) {
      aggregates.push(`SUM("cx_value_${row}" * "cx_value_${column}") AS "${productAlias(row, column)}"`);
    }
  }
  aggregates.push(`COUNT(*) OVER () AS "${resultRowsColumn}"`);
  const keys = [...parts.groupAliases, '"cx_state"'].join(', ');
  const sql = `SELECT ${keys}, ${aggregates.join(', ')} FROM (${source}) AS "cx_rows" GROUP BY ${keys} ORDER BY ${keys}`;
  return finishQuery(sql, []);
}
