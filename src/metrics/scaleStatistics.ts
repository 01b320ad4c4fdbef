import type { ResolvedSample } from './resolveCounts';

/**
 * The mean and standard deviation of scores from their counts (or weights), in two passes
 * over the (short) counts so that the squares are taken about the mean, not summed raw
 * and subtracted. Unweighted, the standard deviation is the sample one (n − 1
 * denominator); weighted, it is the weighted spread Σw(x − x̄)² / Σw scaled by
 * n_eff / (n_eff − 1) with Kish's effective sample size, which is the same thing when
 * every weight is equal.
 *
 * @internal
 */
export function scaleStatistics(sample: ResolvedSample): { mean: number; standardDeviation: number } {
  const { mass, scale, totalMass, effectiveN } = sample;
  let sum = 0;
  for (let index = 0; index < mass.length; index++) sum += (mass[index] as number) * (scale.min + index);
  const mean = sum / totalMass;
  let squares = 0;
  for (let index = 0; index < mass.length; index++) {
    const deviation = scale.min + index - mean;
    squares += (mass[index] as number) * deviation * deviation;
  }
  const variance = sample.weighted ? (squares / totalMass) * (effectiveN / (effectiveN - 1)) : squares / (sample.n - 1);
  return { mean, standardDeviation: Math.sqrt(variance) };
}
