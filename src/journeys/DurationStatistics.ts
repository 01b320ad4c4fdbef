/**
 * Durations described the way customers feel them: not only the mean, but the spread.
 * All in milliseconds. Percentiles follow R's default definition (`quantile(x, type = 7)`):
 * over n durations sorted ascending, the p-th percentile sits at position h = (n − 1)·p
 * counted from 0, interpolated linearly between the two durations around it.
 *
 * @category Journey measurement
 */
export interface DurationStatistics {
  /** How many durations. */
  readonly count: number;
  /** Their arithmetic mean. */
  readonly mean: number;
  /** The 5th percentile: 1 in 20 took this long or less. */
  readonly p5: number;
  /** The median. */
  readonly p50: number;
  /** The 95th percentile: 1 in 20 took this long or longer. */
  readonly p95: number;
  /** `p95 − p5`: how far apart the quick and the slow experiences are. */
  readonly span: number;
}
