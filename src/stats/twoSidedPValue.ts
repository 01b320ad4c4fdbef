import { normalCdf } from './normalCdf';
import { studentTCdf } from './studentTCdf';

/**
 * The two-sided p-value of a z statistic, or of a t statistic when degrees of freedom
 * are given. Computed from the lower tail (`2·F(−|x|)`) so that tiny p-values keep
 * their precision instead of rounding to 1 − 1.
 *
 * @internal
 */
export function twoSidedPValue(statistic: number, degreesOfFreedom?: number): number {
  const lowerTail =
    degreesOfFreedom === undefined
      ? normalCdf(-Math.abs(statistic))
      : studentTCdf(-Math.abs(statistic), degreesOfFreedom);
  return Math.min(1, 2 * lowerTail);
}
