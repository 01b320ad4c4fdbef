import { checkOptions } from '../core/errors/checkOptions';
import { defineScale } from '../metrics/defineScale';
import type { Scale } from '../metrics/Scale';
import {
  type CommonSqlOptions,
  finishQuery,
  markedName,
  numericValue,
  queryParts,
  resultRowsColumn,
} from './queryParts';
import type { SqlName, SqlQuery } from './SqlQuery';

/**
 * Options for {@link scoreCountsSql}.
 *
 * @category Score counts
 */
export interface ScoreCountsSqlOptions extends CommonSqlOptions {
  /** The table (or view) holding one response per row. */
  readonly table: SqlName;
  /** The column holding the score. */
  readonly score: SqlName;
  /** The scale the scores are on, e.g. `npsScale`. */
  readonly scale: Scale;
  /** Columns to group by (segment, period, …): one counts summary per group. */
  readonly groupBy?: readonly SqlName[] | undefined;
}

/**
 * Writes the SQL that counts scores on a scale where the responses live: one row per
 * group and score with its count, where a score that is NULL, off the scale or not a
 * whole number counts under a NULL score (the invalid ones, which
 * {@link scoreCountsFromRows} refuses or skips as `countScores` does). The result is a
 * few rows per group however many responses there are, each carrying the result's row
 * count so that the reader can tell a whole result from a cut one. The score column must
 * be numeric: a text, boolean or date column fails in the engine before any row is read.
 *
 * @param options - Table, score column, scale, optional `groupBy` and `dialect`.
 * @returns The SQL and its parameters (the scale's ends).
 * @throws `CxError` `INVALID_IDENTIFIER`, `INVALID_SCALE`, `INVALID_OPTION`, `UNKNOWN_OPTION`.
 *
 * @example
 * import { npsScale } from 'cxkit/metrics';
 * import { scoreCountsSql } from 'cxkit/warehouse';
 *
 * const query = scoreCountsSql({ table: 'responses', score: 'likelihood', scale: npsScale });
 * query.parameters // => [0, 10]
 * query.sql.includes('FROM "responses"') // => true
 * scoreCountsSql({ table: 'responses', score: '', scale: npsScale }) // throws CxError INVALID_IDENTIFIER
 *
 * @category Score counts
 */
export function scoreCountsSql(options: ScoreCountsSqlOptions): SqlQuery {
  checkOptions(options, ['table', 'score', 'scale', 'groupBy', 'dialect']);
  const scale = defineScale(options.scale as never);
  const parts = queryParts(options);
  const value = numericValue(markedName(options.score, 'score', parts.dialect));
  // A valid score is a whole number on the scale; everything else (NULL, NaN, 7.5, 11)
  // becomes a NULL score so that it is counted, never silently left out.
  const scorePoint =
    `CASE WHEN ${value} >= $1 AND ${value} <= $2 AND ${value} = FLOOR(${value}) ` +
    `THEN CAST(${value} AS INTEGER) END AS "cx_score"`;
  const inner = [...parts.groupSelect, scorePoint].join(', ');
  const keys = [...parts.groupAliases, '"cx_score"'].join(', ');
  const sql =
    `SELECT ${keys}, COUNT(*) AS "cx_count", COUNT(*) OVER () AS "${resultRowsColumn}" FROM (SELECT ${inner} FROM ${parts.table}) AS "cx_rows" ` +
    `GROUP BY ${keys} ORDER BY ${keys}`;
  return finishQuery(sql, [scale.min, scale.max]);
}
