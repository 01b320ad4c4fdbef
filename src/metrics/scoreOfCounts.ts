import { cesOfSample } from './ces';
import { compareCesSamples } from './compareCes';
import { compareCsatSamples } from './compareCsat';
import { compareNpsSamples } from './compareNps';
import { csatOfSample } from './csat';
import type { ConfidenceInterval } from './intervals';
import type { MetricName } from './MetricName';
import { npsOfSample } from './nps';
import { countInBand, minimumSample, type ResolvedSample } from './resolveCounts';
import type { ScoreComparison } from './ScoreComparison';
import type { ScoreCounts } from './ScoreCounts';

/**
 * @internal Counts a series built itself (whole, on a checked scale), as a sample: no
 * second check on a hot path that runs once per period and season.
 */
function trustedSample(counts: ScoreCounts, n: number): ResolvedSample {
  // Fields written out: an object spread here costs microseconds in V8, once per period.
  return {
    scale: counts.scale,
    counts: counts.counts,
    skipped: 0,
    n,
    weighted: false,
    mass: counts.counts,
    totalMass: n,
    effectiveN: n,
  };
}

/**
 * @internal The headline score and interval of counts, for the metric named, with the
 * defaults of `nps`, `csat` and `ces`. Below the two responses an interval needs (the rule
 * every score follows), the score alone.
 */
export function scoreOfCounts(
  metric: MetricName,
  counts: ScoreCounts,
  n: number,
  level: number,
): { score: number; ci: ConfidenceInterval | null } {
  if (n >= minimumSample) {
    const sample = trustedSample(counts, n);
    if (metric === 'nps') return npsOfSample(sample, level, 'adjusted-wald').result;
    if (metric === 'csat') return csatOfSample(sample, level, 'wilson').result;
    return cesOfSample(sample, level, 'wilson');
  }
  const { scale } = counts;
  if (metric === 'nps') {
    const net = countInBand(counts, scale.favorable) - countInBand(counts, scale.unfavorable ?? scale.favorable);
    return { score: (100 * net) / n, ci: null };
  }
  if (metric === 'csat') return { score: (100 * countInBand(counts, scale.favorable)) / n, ci: null };
  // One answer: its own value is the mean.
  return { score: scale.min + counts.counts.findIndex((count) => count > 0), ci: null };
}

/**
 * @internal Compares two counts summaries with the metric's own test and defaults (as
 * `compareNps`, `compareCsat`, `compareCes`); `null` when one side cannot be tested: fewer
 * than two responses, or (for CES) neither side varies.
 */
export function compareCounts(
  metric: MetricName,
  a: ScoreCounts,
  b: ScoreCounts,
  sizes: { a: number; b: number },
  level: number,
): ScoreComparison | null {
  if (sizes.a < minimumSample || sizes.b < minimumSample) return null;
  const first = trustedSample(a, sizes.a);
  const second = trustedSample(b, sizes.b);
  if (metric === 'nps') {
    return compareNpsSamples(
      npsOfSample(first, level, 'adjusted-wald'),
      npsOfSample(second, level, 'adjusted-wald'),
      level,
      'adjusted-wald',
    );
  }
  if (metric === 'csat') {
    return compareCsatSamples(
      csatOfSample(first, level, 'wilson'),
      csatOfSample(second, level, 'wilson'),
      level,
      'wilson',
    );
  }
  const varies = (summary: ScoreCounts) => summary.counts.filter((count) => count > 0).length > 1;
  if (!varies(a) && !varies(b)) return null;
  return compareCesSamples(cesOfSample(first, level, 'wilson'), cesOfSample(second, level, 'wilson'), level);
}
