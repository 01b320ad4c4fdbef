import cdf from '@stdlib/stats-base-dists-t-cdf';

/**
 * The distribution function of Student's t with `degreesOfFreedom` (R's `pt(x, df)`), from stdlib.
 *
 * @internal
 */
export function studentTCdf(value: number, degreesOfFreedom: number): number {
  return cdf(value, degreesOfFreedom);
}
