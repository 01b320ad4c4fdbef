import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { raise } from '../core/errors/raise';
import type { SketchDurationSummary } from '../journeys/DurationSummary';
import { checkRelativeAccuracy } from './durationSketchSql';
import { raiseWarehouse } from './messages';
import { checkRows, readCount, readNumber, summarizeGroups } from './readRows';
import type { GroupSummary, ResultRow } from './SqlQuery';

/**
 * Options for {@link durationSummaryFromRows}.
 *
 * @category Duration summaries
 */
export interface DurationSummaryFromRowsOptions {
  /** The relative accuracy given to {@link durationSketchSql}. Default `0.01`. */
  readonly relativeAccuracy?: number;
  /**
   * The `exactLimit` the summaries carry, so that they merge with summaries made in
   * process with the same setting. Default `10000`, as `summarizeDurations`.
   */
  readonly exactLimit?: number;
  /** How many `groupBy` columns the query had. Default 0. */
  readonly groups?: number;
}

/**
 * Turns the rows of {@link durationSketchSql}'s query into duration summaries (always
 * the sketch form), one per group, ready for `durationSummaryStatistics` and
 * `mergeDurationSummaries` with summaries made anywhere else with the same settings.
 * Its bins are the ones `summarizeDurations` gives in process.
 *
 * @param rows - Every row of one run of the query, as objects keyed by column name.
 * @param options - `relativeAccuracy`, `exactLimit`, the number of group columns.
 * @returns One `{ key, summary }` per group.
 * @throws `CxError` `INVALID_VALUES` (a NULL, negative, NaN or infinite duration); `INCOMPLETE_ROWS` (not the whole result); `INVALID_ROWS`; `INVALID_OPTION`.
 *
 * @example
 * import { durationSummaryStatistics } from 'cxkit/journeys';
 * import { durationSummaryFromRows } from 'cxkit/warehouse';
 *
 * const rows = [
 *   { cx_state: 0, cx_key: null, cx_count: 1n, cx_sum: 0, cx_min: 0, cx_max: 0, cx_result_rows: 2n },
 *   { cx_state: 1, cx_key: 0, cx_count: 2n, cx_sum: 2, cx_min: 1, cx_max: 1, cx_result_rows: 2n },
 * ];
 * const [all] = durationSummaryFromRows(rows);
 * all?.summary.bins // => [[0, 2]]
 * all === undefined ? undefined : durationSummaryStatistics(all.summary).mean // => 2 / 3
 * durationSummaryFromRows([{ cx_state: 2, cx_key: null, cx_count: 1n, cx_sum: null, cx_min: null, cx_max: null, cx_result_rows: 1n }])
 * // throws CxError INVALID_VALUES
 *
 * @category Duration summaries
 */
export function durationSummaryFromRows(
  rows: readonly ResultRow[],
  options: DurationSummaryFromRowsOptions = {},
): GroupSummary<SketchDurationSummary>[] {
  checkOptions(options, ['relativeAccuracy', 'exactLimit', 'groups']);
  const relativeAccuracy = checkRelativeAccuracy(options.relativeAccuracy ?? 0.01);
  const exactLimit = options.exactLimit ?? 10_000;
  if (!Number.isSafeInteger(exactLimit) || exactLimit < 0) {
    raise('INVALID_OPTION', ['exactLimit', 'a whole number from 0', describeValue(exactLimit)], {
      path: ['exactLimit'],
    });
  }
  const groups = options.groups ?? 0;
  if (!Number.isSafeInteger(groups) || groups < 0) {
    raise('INVALID_OPTION', ['groups', 'a whole number from 0', describeValue(groups)], { path: ['groups'] });
  }
  checkRows(rows);
  return summarizeGroups(rows, groups, (members, label) => {
    let count = 0;
    let sum = 0;
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    let zeroCount = 0;
    let invalid = 0;
    const bins = new Map<number, number>();
    for (const { row, index } of members) {
      const binCount = readCount(row, 'cx_count', index);
      const state = readNumber(row, 'cx_state', index);
      if (state === 2) {
        invalid += binCount;
        continue;
      }
      if (state !== 0 && state !== 1) {
        raiseWarehouse(
          'INVALID_ROWS',
          [`rows[${index}].cx_state`, `must be 0, 1 or 2, not ${describeValue(row.cx_state)}`],
          {
            path: ['rows', index, 'cx_state'],
          },
        );
      }
      count += binCount;
      sum += readNumber(row, 'cx_sum', index);
      min = Math.min(min, readNumber(row, 'cx_min', index));
      max = Math.max(max, readNumber(row, 'cx_max', index));
      if (state === 0) {
        zeroCount += binCount;
        continue;
      }
      const key = readNumber(row, 'cx_key', index);
      if (!Number.isSafeInteger(key)) {
        raiseWarehouse(
          'INVALID_ROWS',
          [`rows[${index}].cx_key`, `must be a whole bin key, not ${describeValue(row.cx_key)}`],
          {
            path: ['rows', index, 'cx_key'],
          },
        );
      }
      bins.set(key, (bins.get(key) ?? 0) + binCount);
    }
    if (invalid > 0) {
      raiseWarehouse('INVALID_VALUES', ['a duration that is NULL, negative, NaN or infinite', invalid, label], {
        path: ['rows'],
        details: { invalidCount: invalid },
      });
    }
    const summary: SketchDurationSummary = {
      kind: 'duration-summary',
      mode: 'sketch',
      exactLimit,
      relativeAccuracy,
      count,
      sum,
      min: count === 0 ? 0 : min,
      max: count === 0 ? 0 : max,
      zeroCount,
      bins: [...bins.entries()].sort((left, right) => left[0] - right[0]),
    };
    return summary;
  });
}
