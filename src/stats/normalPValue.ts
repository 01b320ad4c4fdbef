import { normalCdf } from './normalCdf';

/**
 * The two-sided p-value of a z statistic, `2·Φ(−|z|)`: computed from the lower tail so
 * that tiny p-values keep their precision instead of rounding to 1 − 1.
 *
 * @internal
 */
export function normalPValue(statistic: number): number {
  return Math.min(1, 2 * normalCdf(-Math.abs(statistic)));
}
