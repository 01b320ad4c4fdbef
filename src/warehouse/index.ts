/**
 * `cxkit/warehouse`: SQL that computes cxkit's mergeable summaries where the data lives
 * — score counts, transfer-function moments, duration sketches, optionally grouped —
 * and readers that turn the engine's few result rows into those summaries, to finish
 * with `nps`, `fitTransferFunctionFromMoments` or `durationSummaryStatistics`. Pure
 * string builders: no connection, no I/O.
 *
 * @module warehouse
 */

export { type DurationSketchSqlOptions, durationSketchSql } from './durationSketchSql';
export { type DurationSummaryFromRowsOptions, durationSummaryFromRows } from './durationSummaryFromRows';
export { explainQueryFailure } from './explainQueryFailure';
export { type WarehouseErrorCode, warehouseMessages } from './messages';
export { quoteIdentifier } from './quoteIdentifier';
export type { GroupSummary, ResultRow, SqlDialect, SqlName, SqlNamePlace, SqlQuery } from './SqlQuery';
export { type ScoreCountsFromRowsOptions, scoreCountsFromRows } from './scoreCountsFromRows';
export { type ScoreCountsSqlOptions, scoreCountsSql } from './scoreCountsSql';
export { type TransferMomentsFromRowsOptions, transferMomentsFromRows } from './transferMomentsFromRows';
export { type TransferMomentsSqlOptions, transferMomentsSql } from './transferMomentsSql';
