import cdf from '@stdlib/stats-base-dists-normal-cdf';

/**
 * The standard normal distribution function (R's `pnorm(x)`), from stdlib.
 *
 * @internal
 */
export function normalCdf(value: number): number {
  return cdf(value, 0, 1);
}
