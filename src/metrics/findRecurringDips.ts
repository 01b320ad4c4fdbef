import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { adjustPValues, checkMultipleTesting, type MultipleTesting } from '../stats/adjustPValues';
import { normalQuantile } from '../stats/normalQuantile';
import { stoufferPValue } from '../stats/stoufferPValue';
import { collectSeriesCounts } from './collectSeriesCounts';
import { checkLevel } from './intervals';
import type { MetricName } from './MetricName';
import { raiseMetrics } from './messages';
import type { Scale } from './Scale';
import type { InvalidScorePolicy, ScoreCounts } from './ScoreCounts';
import type { SeriesInput } from './SeriesInput';
import { compareCounts } from './scoreOfCounts';
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
  /**
   * The error rate: a season is reported when its adjusted p-value over all years is below
   * this, and a season-year counts as a dip when it is lower than the rest of its year with
   * p below this. Default `0.05`.
   */
  readonly alpha?: number;
  /**
   * How the seasons' p-values are adjusted for the number of seasons tested. Default
   * `'holm'`: on noise, the chance of reporting any season at all is at most `alpha`.
   * `'benjamini-hochberg'` keeps the expected share of false seasons among those reported
   * at most `alpha` instead; `'none'` tests each season on its own (12 months, or 52 weeks,
   * give many chances to find something).
   */
  readonly multipleTesting?: MultipleTesting;
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
 * A season whose score sits significantly below the rest of the year over the years
 * (after adjusting for the number of seasons tested), dipping in at least `minimumYears`
 * different years, with the evidence for every year tested.
 *
 * @category Series
 */
export interface RecurringDip {
  /** The season, e.g. `'12'` for December, `'Q3'`, `'W52'`. */
  readonly season: string;
  /** The years in which it dipped. */
  readonly years: readonly number[];
  /**
   * The one-sided p-value that the season sits below the rest of its year, over every year
   * tested: each year's one-sided test combined by Stouffer's method (the z scores summed
   * and divided by √years).
   */
  readonly pValue: number;
  /** `pValue` adjusted over every season tested, with the `multipleTesting` method (Holm by default). */
  readonly adjustedPValue: number;
  /** Every year this season could be tested in, dips or not. */
  readonly evidence: readonly SeasonYearEvidence[];
}

/**
 * Finds the parts of the year where the score dips again and again: seasons (months
 * by default) whose score sits below the rest of the same year year after year — the
 * "it drops every December" signal. Each season of each year is tested against the other
 * seasons of that year with the metric's own test (as in `compareNps`), so a season is
 * judged by its own year, not by a trend.
 *
 * Twelve months (or 52 weeks) tested over several years give noise many chances to look
 * like a pattern, so a season is reported only when both hold:
 *
 * 1. over all the years it could be tested in, it sits below the rest of its year: the
 *    years' one-sided tests combined by Stouffer's method into one p-value per season, and
 *    that p-value adjusted over every season tested (Holm by default) is below `alpha`. On
 *    pure noise the chance of reporting any season at all is then at most `alpha`;
 * 2. it dipped on its own (lower, p < `alpha`) in at least `minimumYears` different years.
 *
 * @param responses - `{ at, score }` rows or columns, spanning at least two years.
 * @param options - Metric, season, calendar, thresholds and the adjustment; see {@link FindRecurringDipsOptions}.
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
 * (dips[0]?.adjustedPValue ?? 1) < 0.05 // => true
 *
 * @category Series
 */
export function findRecurringDips(responses: SeriesInput, options: FindRecurringDipsOptions): RecurringDip[] {
  checkOptions(options, [
    'metric',
    'season',
    'scale',
    'timeZone',
    'alpha',
    'multipleTesting',
    'minimumYears',
    'minimumN',
    'invalid',
  ]);
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
  const multipleTesting =
    options.multipleTesting === undefined ? 'holm' : checkMultipleTesting(options.multipleTesting);
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
  // Plain arrays, not typed ones: these are made once per season and year, and many small
  // typed arrays keep the garbage collector busy.
  const summary = (summed: number[]): ScoreCounts => ({ kind: 'score-counts', scale, counts: summed, skipped: 0 });

  const bySeason = new Map<string, SeasonYearEvidence[]>();
  for (const [year, indexes] of years) {
    // The whole year's counts once; the rest of the year is the year less the season.
    const yearCounts = new Array<number>(points).fill(0);
    for (const index of indexes) {
      for (let point = 0; point < points; point++) {
        yearCounts[point] = (yearCounts[point] as number) + (counts[index * points + point] as number);
      }
    }
    for (const index of indexes) {
      const label = (periods[index] as { label: string }).label;
      const seasonCounts = new Array<number>(points);
      const restCounts = new Array<number>(points);
      let seasonN = 0;
      let restN = 0;
      for (let point = 0; point < points; point++) {
        const count = counts[index * points + point] as number;
        seasonCounts[point] = count;
        restCounts[point] = (yearCounts[point] as number) - count;
        seasonN += count;
        restN += (yearCounts[point] as number) - count;
      }
      const inSeason = { summary: summary(seasonCounts), n: seasonN };
      const rest = { summary: summary(restCounts), n: restN };
      if (inSeason.n < minimumN || rest.n < minimumN) continue;
      const comparison = compareCounts(metric, inSeason.summary, rest.summary, { a: inSeason.n, b: rest.n }, level);
      if (comparison === null) continue;
      const seasonName = label.slice(5);
      const evidence: SeasonYearEvidence = {
        year,
        period: label,
        n: inSeason.n,
        score: comparison.a.score,
        restN: rest.n,
        restScore: comparison.b.score,
        difference: comparison.difference,
        pValue: comparison.pValue,
        dip: comparison.difference < 0 && comparison.pValue < alpha,
      };
      const rows = bySeason.get(seasonName);
      if (rows === undefined) bySeason.set(seasonName, [evidence]);
      else rows.push(evidence);
    }
  }
  // The family: every season tested in enough years to be reported at all.
  const candidates = [...bySeason].filter(([, evidence]) => evidence.length >= minimumYears);
  const combined = candidates.map(([, evidence]) => stoufferLower(evidence));
  const adjusted = adjustPValues(combined, multipleTesting);
  const dips: RecurringDip[] = [];
  candidates.forEach(([seasonName, evidence], index) => {
    const adjustedPValue = adjusted[index] as number;
    const dipYears = evidence.filter((row) => row.dip).map((row) => row.year);
    if (adjustedPValue < alpha && dipYears.length >= minimumYears) {
      dips.push({ season: seasonName, years: dipYears, pValue: combined[index] as number, adjustedPValue, evidence });
    }
  });
  return dips.sort(
    (left, right) =>
      right.years.length - left.years.length || (left.season < right.season ? -1 : left.season > right.season ? 1 : 0),
  );
}

/**
 * The one-sided p-value that a season sits below the rest of its year, over its years:
 * each year's two-sided p-value made one-sided (half of it in the direction the season
 * moved), as the z with that upper tail — +z when the season was lower, −z when higher —
 * and the z scores combined by Stouffer's method, Σz / √k. Every year weighs the same, so
 * a pattern across years counts, not one bad year.
 */
function stoufferLower(evidence: readonly SeasonYearEvidence[]): number {
  return stoufferPValue(
    evidence.map((row) => (row.difference === 0 ? 0 : Math.sign(-row.difference) * -normalQuantile(row.pValue / 2))),
  );
}
