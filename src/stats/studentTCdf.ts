import { finiteStudentTCdf } from './finiteStudentTCdf';
import { normalCdf } from './normalCdf';

/**
 * The distribution function of Student's t with `degreesOfFreedom` (R's `pt(x, df)`), for
 * any positive, possibly fractional, degrees of freedom (Welch's). From the regularized
 * incomplete beta: P(T ≤ −|t|) = ½·I_{n/(n+t²)}(n/2, ½), so the lower tail of a large |t|
 * keeps its relative precision.
 *
 * @internal
 */
export function studentTCdf(value: number, degreesOfFreedom: number): number {
  if (degreesOfFreedom === Number.POSITIVE_INFINITY && !Number.isNaN(value)) return normalCdf(value);
  return finiteStudentTCdf(value, degreesOfFreedom);
}
