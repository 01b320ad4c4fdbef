import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { collectSeriesCounts } from './collectSeriesCounts';
import { checkLevel } from './intervals';
import type { MetricName } from './MetricName';
import { raiseMetrics } from './messages';
import type { Scale } from './Scale';
import type { InvalidScorePolicy, ScoreCounts } from './ScoreCounts';
import type { SeriesInput } from './SeriesInput';
import { compareCounts, scoreOfCounts } from './scoreOfCounts';
import { checkAlpha, checkMinimumN, scaleFor } from './scoreSeries';

/**
 * The part of the year a dip is looked for in: each calendar month (`'01'`…`'12'`),
 * quarter (`'Q1'`…`'Q4'`) or ISO week (`'W01'`…`'W53'`).
 *
 * @category Series
 */
export type Season = 'month' | 'quarter' | 'week';

/**
 * Options for {@link findRecurringDips}.
 *
 * @category Series
 */
export interface FindRecurringDipsOptions {
  /** Which score to compute. */
  readonly metric: MetricName;
  /** The part of the year to test. Default `'month'`. */
  readonly season?: Season;
  /** The scale for CSAT or CES scores. Default `csatScale` / `cesScale`. */
  readonly scale?: Scale;
  /** The time zone whose calendar the months follow. Default `'UTC'`. */
  readonly timeZone?: string;
  /** A season-year counts as a dip when it is lower than the rest of its year with p below this. Default `0.05`. */
  readonly alpha?: number;
  /** In how many different years a season must dip to be reported. Default `2`. */
  readonly minimumYears?: number;
  /** Both the season and the rest of its year need this many responses to be tested. Default `30`. */
  readonly minimumN?: number;
  /** What to do with invalid scores. Default `'error'`. */
  readonly invalid?: InvalidScorePolicy;
}

/**
 * How one season of one year compared with the rest of that year.
 *
 * @category Series
 */
export interface SeasonYearEvidence {
  readonly year: number;
  /** The period label, e.g. `'2025-12'`. */
  readonly period: string;
  readonly n: number;
  readonly score: number;
  /** Responses in the other seasons of the same year. */
  readonly restN: number;
  readonly restScore: number;
  /** `score − restScore`. */
  readonly difference: number;
  readonly pValue: number;
  /** Lower than the rest of the year, with `pValue < alpha`. */
  readonly dip: boolean;
}

/**
 * A season whose score sits significantly below the rest of the year in at least
 * `minimumYears` different years, with the evidence for every year tested.
 *
 * @category Series
 */
export interface RecurringDip {
  /** The season, e.g. `'12'` for December, `'Q3'`, `'W52'`. */
  readonly season: string;
  /** The years in which it dipped. */
  readonly years: readonly number[];
  /** Every year this season could be tested in, dips or not. */
  readonly evidence: readonly SeasonYearEvidence[];
}

/**
 * Finds the parts of the year where the score dips again and again: seasons (months
 * by default) whose score sits significantly below the rest of the same year in at
 * least two different years — the "it drops every December" signal. Each season of
 * each year is tested against the other seasons of that year with the metric's own
 * test (as in `compareNps`), so a season is judged by its own year, not by a trend.
 *
 * With twelve months tested in each year, a few single-year dips are expected by
 * chance at `alpha = 0.05`; a dip in the same month in two or more years is not.
 *
 * @param responses - `{ at, score }` rows or columns, spanning at least two years.
 * @param options - Metric, season, calendar and thresholds; see {@link FindRecurringDipsOptions}.
 * @returns The recurring dips, most years first, then in season order.
 * @throws `CxError` as {@link scoreSeries} does.
 *
 * @example
 * import { findRecurringDips } from 'cxkit/metrics';
 *
 * // Two years: 40 answers a month, mostly promoters, but December is mostly detractors.
 * const responses = [2025, 2026].flatMap((year) =>
 *   Array.from({ length: 12 * 40 }, (_, index) => {
 *     const month = Math.floor(index / 40);
 *     const score = month === 11 ? (index % 4 === 0 ? 9 : 3) : index % 4 === 0 ? 6 : 10;
 *     return { at: Date.UTC(year, month, 1 + (index % 28)), score };
 *   }),
 * );
 * const dips = findRecurringDips(responses, { metric: 'nps' });
 * dips.map((dip) => [dip.season, dip.years]) // => [['12', [2025, 2026]]]
 *
 * @category Series
 */
export function findRecurringDips(responses: SeriesInput, options: FindRecurringDipsOptions): RecurringDip[] {
  checkOptions(options, ['metric', 'season', 'scale', 'timeZone', 'alpha', 'minimumYears', 'minimumN', 'invalid']);
  const season = options.season ?? 'month';
  if (season !== 'month' && season !== 'quarter' && season !== 'week') {
    raiseMetrics('INVALID_OPTION', ['season', '"month", "quarter" or "week"', describeValue(season)], {
      path: ['season'],
    });
  }
  const { metric } = options;
  const scale = scaleFor(metric, options.scale);
  const alpha = checkAlpha(options.alpha ?? 0.05);
  const minimumN = checkMinimumN(options.minimumN ?? 30);
  const minimumYears = checkMinimumN(options.minimumYears ?? 2, 'minimumYears');
  const level = checkLevel(1 - alpha);
  const { periods, counts, points } = collectSeriesCounts(
    responses,
    season,
    scale,
    { timeZone: options.timeZone ?? 'UTC', weekStartsOn: 1, fillGaps: false },
    options.invalid ?? 'error',
  );

  // Period labels start with the (ISO week-)year: 2026-11, 2026-Q4, 2026-W47.
  const years = new Map<number, number[]>();
  periods.forEach((period, index) => {
    const year = Number(period.label.slice(0, 4));
    const indexes = years.get(year);
    if (indexes === undefined) years.set(year, [index]);
    else indexes.push(index);
  });
  const countsOf = (indexes: readonly number[]): { summary: ScoreCounts; n: number } => {
    const summed = new Float64Array(points);
    for (const index of indexes) {
      for (let point = 0; point < points; point++) {
        summed[point] = (summed[point] as number) + (counts[index * points + point] as number);
      }
    }
    return {
      summary: { kind: 'score-counts', scale, counts: Array.from(summed), skipped: 0 },
      n: summed.reduce((total, count) => total + count, 0),
    };
  };

  const bySeason = new Map<string, SeasonYearEvidence[]>();
  for (const [year, indexes] of years) {
    for (const index of indexes) {
      const label = (periods[index] as { label: string }).label;
      const inSeason = countsOf([index]);
      const rest = countsOf(indexes.filter((other) => other !== index));
      if (inSeason.n < minimumN || rest.n < minimumN) continue;
      const comparison = compareCounts(metric, inSeason.summary, rest.summary, { a: inSeason.n, b: rest.n }, level);
      if (comparison === null) continue;
      const seasonName = label.slice(5);
      const evidence: SeasonYearEvidence = {
        year,
        period: label,
        n: inSeason.n,
        score: scoreOfCounts(metric, inSeason.summary, inSeason.n, level).score,
        restN: rest.n,
        restScore: scoreOfCounts(metric, rest.summary, rest.n, level).score,
        difference: comparison.difference,
        pValue: comparison.pValue,
        dip: comparison.difference < 0 && comparison.pValue < alpha,
      };
      const rows = bySeason.get(seasonName);
      if (rows === undefined) bySeason.set(seasonName, [evidence]);
      else rows.push(evidence);
    }
  }
  const dips: RecurringDip[] = [];
  for (const [seasonName, evidence] of bySeason) {
    const dipYears = evidence.filter((row) => row.dip).map((row) => row.year);
    if (dipYears.length >= minimumYears) dips.push({ season: seasonName, years: dipYears, evidence });
  }
  return dips.sort(
    (left, right) =>
      right.years.length - left.years.length || (left.season < right.season ? -1 : left.season > right.season ? 1 : 0),
  );
}
