import { ces } from './ces';
import { compareCes } from './compareCes';
import { compareCsat } from './compareCsat';
import { compareNps } from './compareNps';
import { csat } from './csat';
import type { ConfidenceInterval } from './intervals';
import type { MetricName } from './MetricName';
import { nps } from './nps';
import { countInBand, minimumSample } from './resolveCounts';
import type { ScoreComparison } from './ScoreComparison';
import type { ScoreCounts } from './ScoreCounts';

/**
 * @internal The headline score and interval of counts, for the metric named. Below the
 * two responses an interval needs (the rule every score follows), the score alone.
 */
export function scoreOfCounts(
  metric: MetricName,
  counts: ScoreCounts,
  n: number,
  level: number,
): { score: number; ci: ConfidenceInterval | null } {
  if (n >= minimumSample) {
    if (metric === 'nps') return nps(counts, { level });
    if (metric === 'csat') return csat(counts, { level });
    return ces(counts, { level });
  }
  const resolved = { scale: counts.scale, counts: counts.counts, skipped: 0 };
  const { scale } = counts;
  if (metric === 'nps') {
    const net = countInBand(resolved, scale.favourable) - countInBand(resolved, scale.unfavourable ?? scale.favourable);
    return { score: (100 * net) / n, ci: null };
  }
  if (metric === 'csat') return { score: (100 * countInBand(resolved, scale.favourable)) / n, ci: null };
  // One answer: its own value is the mean.
  return { score: scale.min + counts.counts.findIndex((count) => count > 0), ci: null };
}

/**
 * @internal Compares two counts summaries with the metric's own test; `null` when one side
 * cannot be tested: fewer than two responses, or (for CES) neither side varies.
 */
export function compareCounts(
  metric: MetricName,
  a: ScoreCounts,
  b: ScoreCounts,
  sizes: { a: number; b: number },
  level: number,
): ScoreComparison | null {
  if (sizes.a < minimumSample || sizes.b < minimumSample) return null;
  if (metric === 'nps') return compareNps(a, b, { level });
  if (metric === 'csat') return compareCsat(a, b, { level });
  const varies = (summary: ScoreCounts) => summary.counts.filter((count) => count > 0).length > 1;
  return varies(a) || varies(b) ? compareCes(a, b, { level }) : null;
}
