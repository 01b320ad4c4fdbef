import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { assertPeriodUnit } from '../core/periods/checkCalendarOptions';
import type { CalendarOptions, PeriodUnit } from '../core/periods/Period';
import { adjustPValues, checkMultipleTesting, type MultipleTesting } from '../stats/adjustPValues';
import { cesScale } from './cesScale';
import { collectSeriesCounts } from './collectSeriesCounts';
import { csatScale } from './csatScale';
import { scaleOrBuiltIn } from './defineScale';
import { type ConfidenceInterval, checkLevel } from './intervals';
import type { MetricName } from './MetricName';
import { raiseMetrics } from './messages';
import { npsScale } from './npsScale';
import type { Scale } from './Scale';
import type { InvalidScorePolicy, ScoreCounts } from './ScoreCounts';
import type { SeriesInput } from './SeriesInput';
import { compareCounts, scoreOfCounts } from './scoreOfCounts';

/**
 * Options for {@link scoreSeries}.
 *
 * @category Series
 */
export interface ScoreSeriesOptions extends CalendarOptions {
  /** Which score to compute per period. */
  readonly metric: MetricName;
  /** The period unit, e.g. `'month'`. */
  readonly unit: PeriodUnit;
  /** The scale for CSAT or CES scores. Default `csatScale` / `cesScale` (NPS is always 0–10). */
  readonly scale?: Scale;
  /** Points with fewer responses are flagged `lowN`. Default `30`. */
  readonly minimumN?: number;
  /** Confidence level of each point's interval. Default `0.95`. */
  readonly level?: number;
  /** A change from the previous point is `significant` when its (adjusted) p-value is below this. Default `0.05`. */
  readonly alpha?: number;
  /**
   * How the changes' p-values are adjusted for their number — every period-over-period
   * change of every series in the result is tested at once: `'none'` (the default: each
   * change read on its own), `'holm'` (the chance of any false "significant" change at
   * most `alpha`) or `'benjamini-hochberg'` (the expected share of false ones among those
   * marked at most `alpha`).
   */
  readonly multipleTesting?: MultipleTesting;
  /** List periods without responses (score `null`), so gaps show. Default `true`. */
  readonly fillGaps?: boolean;
  /** What to do with invalid scores. Default `'error'`. */
  readonly invalid?: InvalidScorePolicy;
}

/**
 * The change from the previous period that had responses.
 *
 * @category Series
 */
export interface SeriesChange {
  /** The label of the period compared with. */
  readonly from: string;
  /** This score minus that one. */
  readonly difference: number;
  /** Two-sided p-value of the metric's test (as in `compareNps`, `compareCsat`, `compareCes`). */
  readonly pValue: number;
  /** `pValue` adjusted over every change in the result with `multipleTesting`; equal to it with `'none'`. */
  readonly adjustedPValue: number;
  /** `adjustedPValue < alpha`. */
  readonly significant: boolean;
}

/**
 * One period of a series.
 *
 * @category Series
 */
export interface SeriesPoint {
  /** The period label, e.g. `'2026-11'`. */
  readonly period: string;
  /** First instant of the period, epoch milliseconds. */
  readonly start: number;
  /** First instant after it. */
  readonly end: number;
  /** Responses in the period. */
  readonly n: number;
  /** The score, or `null` for a period without responses. */
  readonly score: number | null;
  /** The interval, or `null` when there are too few responses for one. */
  readonly ci: ConfidenceInterval | null;
  /** `n < minimumN`: read this point with care. */
  readonly lowN: boolean;
  /** The change from the previous period with responses, when both can be tested. */
  readonly change: SeriesChange | null;
  /** The period's counts, to merge or compare further. */
  readonly counts: ScoreCounts;
}

/**
 * The result of {@link scoreSeries}: one series for all responses (`segment: null`),
 * then one per segment in name order.
 *
 * @category Series
 */
export interface ScoreSeries {
  readonly metric: MetricName;
  readonly unit: PeriodUnit;
  readonly timeZone: string;
  readonly series: ReadonlyArray<{ readonly segment: string | null; readonly points: readonly SeriesPoint[] }>;
  /** Invalid scores left out (with `{ invalid: 'skip' }`). */
  readonly skipped: number;
}

/** @internal The scale a metric's scores are on. */
export function scaleFor(metric: MetricName, scale: Scale | undefined): Scale {
  if (metric === 'nps') {
    if (scale !== undefined) {
      raiseMetrics('INVALID_OPTION', ['scale', 'left out for NPS, which is always 0–10', 'a scale'], {
        path: ['scale'],
      });
    }
    return npsScale;
  }
  if (metric !== 'csat' && metric !== 'ces') {
    raiseMetrics('INVALID_OPTION', ['metric', '"nps", "csat" or "ces"', describeValue(metric)], {
      path: ['metric'],
    });
  }
  return scaleOrBuiltIn(scale, metric === 'csat' ? csatScale : cesScale);
}

/** @internal Checks a number option that must be a probability strictly between 0 and 1. */
export function checkAlpha(alpha: unknown): number {
  if (typeof alpha !== 'number' || !(alpha > 0 && alpha < 1)) {
    raiseMetrics('INVALID_OPTION', ['alpha', 'a number between 0 and 1 (e.g. 0.05)', describeValue(alpha)], {
      path: ['alpha'],
    });
  }
  return alpha;
}

/** @internal Checks a positive whole-number option such as a minimum number of responses. */
export function checkMinimumN(minimumN: unknown, option = 'minimumN'): number {
  if (!Number.isSafeInteger(minimumN) || (minimumN as number) < 1) {
    raiseMetrics('INVALID_OPTION', [option, 'a positive whole number', describeValue(minimumN)], {
      path: [option],
    });
  }
  return minimumN as number;
}

/**
 * A score per period (and per segment) with its interval, so a team tracks the same
 * metric, the same way, over time: each point has its n, is flagged when n is low,
 * and carries its change from the previous period with the p-value of the metric's
 * test (adjusted for the number of changes with `multipleTesting`, off by default).
 * Bucketing runs in one pass without a `Date` per response.
 *
 * @param responses - `{ at, score, segment? }` rows, or `{ at, score, segment? }` columns.
 * @param options - Metric, period unit, calendar, and thresholds; see {@link ScoreSeriesOptions}.
 * @returns One series for all responses, then one per segment.
 * @throws `CxError` `INVALID_DATE` / `INVALID_SCORES` naming the row and field; `EMPTY_SCORES`; `MISMATCHED_COLUMNS`; `INVALID_INPUT`; `UNKNOWN_OPTION`.
 *
 * @example
 * import { scoreSeries } from 'cxkit/metrics';
 *
 * const responses = [
 *   { at: '2026-09-03', score: 10 }, { at: '2026-09-20', score: 6 },
 *   { at: '2026-11-02', score: 9 }, { at: '2026-11-15', score: 10 },
 * ];
 * const { series } = scoreSeries(responses, { metric: 'nps', unit: 'month' });
 * series[0]?.points.map((point) => [point.period, point.n, point.score])
 * // => [['2026-09', 2, 0], ['2026-10', 0, null], ['2026-11', 2, 100]]
 * series[0]?.points[2]?.change?.from // => '2026-09'
 * series[0]?.points[2]?.lowN // => true
 *
 * @category Series
 */
export function scoreSeries(responses: SeriesInput, options: ScoreSeriesOptions): ScoreSeries {
  checkOptions(options, [
    'metric',
    'unit',
    'scale',
    'minimumN',
    'level',
    'alpha',
    'multipleTesting',
    'fillGaps',
    'invalid',
    'timeZone',
    'weekStartsOn',
  ]);
  if (options === undefined) {
    raiseMetrics('INVALID_INPUT', ['options', 'an object with metric and unit', 'undefined'], { path: ['options'] });
  }
  const { metric, unit } = options;
  assertPeriodUnit(unit);
  const scale = scaleFor(metric, options.scale);
  const level = checkLevel(options.level ?? 0.95);
  const alpha = checkAlpha(options.alpha ?? 0.05);
  const multipleTesting = checkMultipleTesting(options.multipleTesting);
  const minimumN = checkMinimumN(options.minimumN ?? 30);
  const timeZone = options.timeZone ?? 'UTC';
  const collected = collectSeriesCounts(
    responses,
    unit,
    scale,
    { timeZone, weekStartsOn: options.weekStartsOn ?? 1, fillGaps: options.fillGaps ?? true },
    options.invalid ?? 'error',
  );
  const { periods, segments, counts, points } = collected;
  const names: Array<string | null> = [null, ...segments];
  const series = names.map((segment, seriesIndex) => {
    const built: SeriesPoint[] = [];
    let previous: { point: SeriesPoint; n: number } | undefined;
    periods.forEach((period, periodIndex) => {
      const offset = (seriesIndex * periods.length + periodIndex) * points;
      const pointCounts: ScoreCounts = {
        kind: 'score-counts',
        scale,
        counts: Array.from(counts.subarray(offset, offset + points)),
        skipped: 0,
      };
      const n = pointCounts.counts.reduce((total, count) => total + count, 0);
      const { score, ci } = n === 0 ? { score: null, ci: null } : scoreOfCounts(metric, pointCounts, n, level);
      const comparison =
        previous === undefined
          ? null
          : compareCounts(metric, pointCounts, previous.point.counts, { a: n, b: previous.n }, level);
      const point: SeriesPoint = {
        period: period.label,
        start: period.start,
        end: period.end,
        n,
        score,
        ci,
        lowN: n < minimumN,
        change:
          comparison === null || previous === undefined
            ? null
            : {
                from: previous.point.period,
                difference: comparison.difference,
                pValue: comparison.pValue,
                // Set below, once every change of the result is known.
                adjustedPValue: comparison.pValue,
                significant: comparison.pValue < alpha,
              },
        counts: pointCounts,
      };
      built.push(point);
      if (n > 0) previous = { point, n };
    });
    return { segment, points: built };
  });
  return { metric, unit, timeZone, series: adjustChanges(series, alpha, multipleTesting), skipped: collected.skipped };
}

/** The series with every change's p-value adjusted over all the changes of the result. */
function adjustChanges(
  series: ScoreSeries['series'],
  alpha: number,
  multipleTesting: MultipleTesting,
): ScoreSeries['series'] {
  if (multipleTesting === 'none') return series;
  const pValues = series.flatMap((line) =>
    line.points.flatMap((point) => (point.change === null ? [] : [point.change.pValue])),
  );
  const adjusted = adjustPValues(pValues, multipleTesting);
  let next = 0;
  return series.map((line) => ({
    segment: line.segment,
    points: line.points.map((point) => {
      if (point.change === null) return point;
      const adjustedPValue = adjusted[next++] as number;
      return { ...point, change: { ...point.change, adjustedPValue, significant: adjustedPValue < alpha } };
    }),
  }));
}
