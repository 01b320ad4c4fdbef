import { type LogarithmicBins, logarithmicBins } from '../stats/logarithmicBins';
import { checkDurationSummary } from './checkDurationSummary';
import type { DurationStatistics } from './DurationStatistics';
import type { DurationSummary } from './DurationSummary';
import { durationStatisticsOf } from './durationStatisticsOf';
import { raiseJourneys } from './messages';

/**
 * {@link DurationStatistics} read from a summary, saying whether they are exact.
 *
 * @category Duration summaries
 */
export interface SummaryStatistics extends DurationStatistics {
  /** Whether the percentiles are exact (the summary kept every duration). */
  readonly exact: boolean;
  /** For a sketch, the relative accuracy each percentile is within; `0` when exact. */
  readonly relativeAccuracy: number;
}

function sketchQuantile(
  summary: Extract<DurationSummary, { mode: 'sketch' }>,
  mapping: LogarithmicBins,
  probability: number,
): number {
  // DDSketch's rank rule: the duration at rank ⌊p·(n − 1)⌋ counted from 0, read from
  // the bin that holds it. Clamped to the exact min and max, which only brings it closer.
  const rank = probability * (summary.count - 1);
  if (rank < summary.zeroCount) return 0;
  let seen = summary.zeroCount;
  for (const [key, count] of summary.bins) {
    seen += count;
    if (seen > rank) return Math.min(summary.max, Math.max(summary.min, mapping.value(key)));
  }
  return summary.max;
}

/**
 * Reads count, mean, P5, P50, P95 and span from a duration summary. Exact summaries give
 * R's type-7 percentiles, the same as `measureJourney`'s. Sketch summaries give, for
 * each percentile p, a duration within `relativeAccuracy` (as a fraction) of the true
 * duration at rank ⌊p·(n − 1)⌋ counted from 0 — the lower of the two durations R's
 * type 7 interpolates between; the mean is exact up to floating-point rounding.
 *
 * @param summary - A {@link DurationSummary} (checked, as it may have come through JSON).
 * @returns The statistics, with `exact` and `relativeAccuracy`.
 * @throws `CxError` `INVALID_SUMMARY`, `EMPTY_SUMMARY`.
 *
 * @example
 * import { durationSummaryStatistics, summarizeDurations } from 'cxkit/journeys';
 *
 * durationSummaryStatistics(summarizeDurations([10, 20, 30, 40])).p50 // => 25
 * const sketch = durationSummaryStatistics(summarizeDurations([10, 20, 30, 40], { exactLimit: 0 }));
 * sketch.exact // => false
 * Math.abs(sketch.p50 - 20) <= 0.01 * 20 // => true
 *
 * @category Duration summaries
 */
export function durationSummaryStatistics(summary: DurationSummary): SummaryStatistics {
  checkDurationSummary(summary, 'summary');
  if (summary.count === 0) raiseJourneys('EMPTY_SUMMARY', [], { path: ['summary', 'count'] });
  if (summary.mode === 'exact') {
    const statistics = durationStatisticsOf(Float64Array.from(summary.values)) as DurationStatistics;
    return { ...statistics, mean: summary.sum / summary.count, exact: true, relativeAccuracy: 0 };
  }
  const mapping = logarithmicBins(summary.relativeAccuracy);
  const p5 = sketchQuantile(summary, mapping, 0.05);
  const p50 = sketchQuantile(summary, mapping, 0.5);
  const p95 = sketchQuantile(summary, mapping, 0.95);
  return {
    count: summary.count,
    mean: summary.sum / summary.count,
    p5,
    p50,
    p95,
    span: p95 - p5,
    exact: false,
    relativeAccuracy: summary.relativeAccuracy,
  };
}
