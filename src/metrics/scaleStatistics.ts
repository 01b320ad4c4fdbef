import type { ResolvedCounts } from './resolveCounts';

/**
 * The mean and sample standard deviation of scores from their counts, in two passes
 * over the (short) counts so that the squares are taken about the mean, not summed
 * raw and subtracted.
 *
 * @internal
 */
export function scaleStatistics(resolved: ResolvedCounts, n: number): { mean: number; standardDeviation: number } {
  const { counts, scale } = resolved;
  let sum = 0;
  for (let index = 0; index < counts.length; index++) sum += (counts[index] as number) * (scale.min + index);
  const mean = sum / n;
  let squares = 0;
  for (let index = 0; index < counts.length; index++) {
    const deviation = scale.min + index - mean;
    squares += (counts[index] as number) * deviation * deviation;
  }
  return { mean, standardDeviation: n > 1 ? Math.sqrt(squares / (n - 1)) : 0 };
}
