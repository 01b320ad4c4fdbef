import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { raise } from '../core/errors/raise';
import { checkScaleOption } from '../metrics/defineScale';
import type { Scale } from '../metrics/Scale';
import type { InvalidScorePolicy, ScoreCounts } from '../metrics/ScoreCounts';
import { raiseWarehouse } from './messages';
import { checkRows, readCount, summarizeGroups } from './readRows';
import type { GroupSummary, ResultRow } from './SqlQuery';

/**
 * Options for {@link scoreCountsFromRows}.
 *
 * @category Score counts
 */
export interface ScoreCountsFromRowsOptions {
  /** The scale given to {@link scoreCountsSql}. */
  readonly scale: Scale;
  /** How many `groupBy` columns the query had. Default 0. */
  readonly groups?: number;
  /** What to do with invalid scores (NULL, off the scale, fractional). Default `'error'`. */
  readonly invalid?: InvalidScorePolicy;
}

/**
 * Turns the rows of {@link scoreCountsSql}'s query into counts summaries, one per group:
 * the same `ScoreCounts` that `countScores` gives in process, ready for `nps`, `csat`,
 * `mergeCounts` or `scoreSeries`. Counts are exact (read from bigint or numeric strings).
 *
 * @param rows - Every row of one run of the query, as objects keyed by column name.
 * @param options - The scale, the number of group columns, the invalid-score policy.
 * @returns One `{ key, summary }` per group in the order the rows give them (one with an empty key when not grouped).
 * @throws `CxError` `INVALID_VALUES` for invalid scores under `invalid: 'error'`; `INCOMPLETE_ROWS` (not the whole result); `INVALID_ROWS` naming the row and column; `INVALID_SCALE`; `INVALID_OPTION`.
 *
 * @example
 * import { npsFromCounts, npsScale } from 'cxkit/metrics';
 * import { scoreCountsFromRows } from 'cxkit/warehouse';
 *
 * const rows = [
 *   { cx_score: 3, cx_count: 20n, cx_result_rows: 3n },
 *   { cx_score: 8, cx_count: 30n, cx_result_rows: 3n },
 *   { cx_score: 10, cx_count: 50n, cx_result_rows: 3n },
 * ];
 * scoreCountsFromRows(rows, { scale: npsScale }).map(({ summary }) => npsFromCounts(summary).score) // => [30]
 * scoreCountsFromRows([{ cx_score: null, cx_count: 1, cx_result_rows: 1 }], { scale: npsScale }) // throws CxError INVALID_VALUES
 * scoreCountsFromRows(rows.slice(0, 2), { scale: npsScale }) // throws CxError INCOMPLETE_ROWS
 *
 * @category Score counts
 */
export function scoreCountsFromRows(
  rows: readonly ResultRow[],
  options: ScoreCountsFromRowsOptions,
): GroupSummary<ScoreCounts>[] {
  checkOptions(options, ['scale', 'groups', 'invalid'], 'options', true);
  const scale = checkScaleOption(options.scale);
  const groups = options.groups ?? 0;
  if (!Number.isSafeInteger(groups) || groups < 0) {
    raise('INVALID_OPTION', ['groups', 'a whole number from 0', describeValue(groups)], { path: ['groups'] });
  }
  const invalid = options.invalid ?? 'error';
  if (invalid !== 'error' && invalid !== 'skip') {
    raise('INVALID_OPTION', ['invalid', '"error" or "skip"', describeValue(invalid)], { path: ['invalid'] });
  }
  checkRows(rows);
  return summarizeGroups(rows, groups, (members, label) => {
    const counts = new Array<number>(scale.max - scale.min + 1).fill(0);
    let skipped = 0;
    for (const { row, index } of members) {
      const count = readCount(row, 'cx_count', index);
      const score = row.cx_score;
      if (score === null) {
        skipped += count;
        continue;
      }
      const point = typeof score === 'bigint' || typeof score === 'string' ? Number(score) : score;
      if (typeof point !== 'number' || !Number.isInteger(point) || point < scale.min || point > scale.max) {
        raiseWarehouse(
          'INVALID_ROWS',
          [`rows[${index}].cx_score`, `must be a point of the scale or NULL, not ${describeValue(score)}`],
          {
            path: ['rows', index, 'cx_score'],
          },
        );
      }
      counts[point - scale.min] = (counts[point - scale.min] as number) + count;
    }
    if (skipped > 0 && invalid === 'error') {
      raiseWarehouse(
        'INVALID_VALUES',
        [`a score that is missing, off the ${scale.name} scale or not a whole number`, skipped, label],
        {
          path: ['rows'],
          details: { invalidCount: skipped },
        },
      );
    }
    const summary: ScoreCounts = { kind: 'score-counts', scale, counts, skipped };
    return summary;
  });
}
