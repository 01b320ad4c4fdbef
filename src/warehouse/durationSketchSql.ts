import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { raise } from '../core/errors/raise';
import { logarithmicBins } from '../stats/logarithmicBins';
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
 * Options for {@link durationSketchSql}.
 *
 * @category Duration summaries
 */
export interface DurationSketchSqlOptions extends CommonSqlOptions {
  /** The table (or view) holding one duration per row, e.g. one finished case each. */
  readonly table: SqlName;
  /** The column holding the duration in milliseconds. */
  readonly duration: SqlName;
  /** The sketch's relative accuracy, between 0 and 1. Default `0.01`, as `summarizeDurations`. */
  readonly relativeAccuracy?: number;
  /** Columns to group by: one summary per group. */
  readonly groupBy?: readonly SqlName[] | undefined;
}

/** @internal Checks a relative accuracy option. */
export function checkRelativeAccuracy(relativeAccuracy: unknown): number {
  if (typeof relativeAccuracy !== 'number' || !(relativeAccuracy > 0 && relativeAccuracy < 1)) {
    raise(
      'INVALID_OPTION',
      ['relativeAccuracy', 'a fraction between 0 and 1 (e.g. 0.01)', describeValue(relativeAccuracy)],
      { path: ['relativeAccuracy'] },
    );
  }
  return relativeAccuracy;
}

/**
 * Writes the SQL that sketches durations where they live: per group, the count, sum,
 * min and max of the durations in each logarithmic bin of `cxkit/journeys`' duration
 * sketch (⌈log₂(v)·m⌉, computed by the engine), with zeros and invalid durations (NULL,
 * negative, NaN, infinite) apart. Exact percentiles are not mergeable, so the SQL path
 * always gives the sketch: percentiles within `relativeAccuracy`, mean exact up to rounding.
 *
 * @param options - Table, duration column, `relativeAccuracy`, optional `groupBy` and `dialect`.
 * @returns The SQL and its parameters (the key multiplier and the zero threshold).
 * @throws `CxError` `INVALID_IDENTIFIER`, `INVALID_OPTION`, `UNKNOWN_OPTION`.
 *
 * @example
 * import { durationSketchSql } from 'cxkit/warehouse';
 *
 * const query = durationSketchSql({ table: 'cases', duration: 'wingToWingMs', groupBy: ['region'] });
 * query.sql.includes('CEIL(LOG2(') // => true
 * durationSketchSql({ table: 'cases', duration: 'wingToWingMs', dialect: 'postgresql' }).sql.includes('LN(2)') // => true
 * durationSketchSql({ table: 'cases', duration: 'wingToWingMs', relativeAccuracy: 2 }) // throws CxError INVALID_OPTION
 *
 * @category Duration summaries
 */
export function durationSketchSql(options: DurationSketchSqlOptions): SqlQuery {
  checkOptions(options, ['table', 'duration', 'relativeAccuracy', 'groupBy', 'dialect'], 'options', true);
  const parts = queryParts(options);
  const relativeAccuracy = checkRelativeAccuracy(options.relativeAccuracy ?? 0.01);
  const { multiplier, zeroThreshold } = logarithmicBins(relativeAccuracy);
  const value = numericValue(markedName(options.duration, 'duration', parts.dialect));
  // DuckDB has LOG2; PostgreSQL does not, and LN(v)/LN(2) can differ from it in the last
  // bit, which moves a duration lying on a bin edge to the neighboring bin — still
  // within the relative accuracy, as both bins touch that edge.
  const log2 = parts.dialect === 'duckdb' ? `LOG2(${value})` : `(LN(${value}) / LN(2))`;
  // NaN compares above every number in both engines, so the upper bound catches it.
  const valid = `${value} >= 0 AND ${value} <= 1.7976931348623157e308`;
  const multiplierParameter = 'CAST($1 AS DOUBLE PRECISION)';
  const thresholdParameter = 'CAST($2 AS DOUBLE PRECISION)';
  const state = `CASE WHEN NOT (${valid}) OR ${value} IS NULL THEN 2 WHEN ${value} <= ${thresholdParameter} THEN 0 ELSE 1 END AS "cx_state"`;
  const key =
    `CASE WHEN ${valid} AND ${value} > ${thresholdParameter} ` +
    `THEN CAST(CEIL(${log2} * ${multiplierParameter}) AS INTEGER) END AS "cx_key"`;
  const kept = `CASE WHEN ${valid} THEN ${value} END AS "cx_value"`;
  const keys = [...parts.groupAliases, '"cx_state"', '"cx_key"'].join(', ');
  const sql =
    `SELECT ${keys}, COUNT(*) AS "cx_count", SUM("cx_value") AS "cx_sum", MIN("cx_value") AS "cx_min", MAX("cx_value") AS "cx_max", ` +
    `COUNT(*) OVER () AS "${resultRowsColumn}" ` +
    `FROM (SELECT ${[...parts.groupSelect, state, key, kept].join(', ')} FROM ${parts.table}) AS "cx_rows" ` +
    `GROUP BY ${keys} ORDER BY ${keys}`;
  return finishQuery(sql, [multiplier, zeroThreshold]);
}
