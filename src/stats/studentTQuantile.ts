import quantile from '@stdlib/stats-base-dists-t-quantile';

/**
 * The quantile of Student's t with `degreesOfFreedom` (R's `qt(p, df)`), from stdlib.
 *
 * @internal
 */
export function studentTQuantile(probability: number, degreesOfFreedom: number): number {
  return quantile(probability, degreesOfFreedom);
}
