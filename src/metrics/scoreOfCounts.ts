import { ces } from './ces';
import { compareCes } from './compareCes';
import { compareCsat } from './compareCsat';
import { compareNps } from './compareNps';
import { csat } from './csat';
import type { ConfidenceInterval } from './intervals';
import type { MetricName } from './MetricName';
import { nps } from './nps';
import type { ScoreComparison } from './ScoreComparison';
import type { ScoreCounts } from './ScoreCounts';

/** @internal The headline score and interval of counts, for the metric named. */
export function scoreOfCounts(
  metric: MetricName,
  counts: ScoreCounts,
  n: number,
  level: number,
): { score: number; ci: ConfidenceInterval | null } {
  if (metric === 'nps') return nps(counts, { level });
  if (metric === 'csat') return csat(counts, { level });
  if (n >= 2) return ces(counts, { level });
  // One answer has a mean but no spread, so no interval.
  const index = counts.counts.findIndex((count) => count > 0);
  return { score: counts.scale.min + index, ci: null };
}

/** @internal Compares two counts summaries with the metric's own test; `null` when one side cannot be tested. */
export function compareCounts(
  metric: MetricName,
  a: ScoreCounts,
  b: ScoreCounts,
  sizes: { a: number; b: number },
  level: number,
): ScoreComparison | null {
  if (sizes.a === 0 || sizes.b === 0) return null;
  if (metric === 'nps') return compareNps(a, b, { level });
  if (metric === 'csat') return compareCsat(a, b, { level });
  return sizes.a >= 2 && sizes.b >= 2 ? compareCes(a, b, { level }) : null;
}
