import { studentTCdf } from './studentTCdf';

/**
 * The two-sided p-value of a t statistic with the given degrees of freedom, from the
 * lower tail.
 *
 * @internal
 */
export function studentPValue(statistic: number, degreesOfFreedom: number): number {
  return Math.min(1, 2 * studentTCdf(-Math.abs(statistic), degreesOfFreedom));
}
