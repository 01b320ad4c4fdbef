import quantile from '@stdlib/stats-base-dists-normal-quantile';

/**
 * The standard normal quantile (R's `qnorm(p)`), from stdlib.
 *
 * @internal
 */
export function normalQuantile(probability: number): number {
  return quantile(probability, 0, 1);
}
