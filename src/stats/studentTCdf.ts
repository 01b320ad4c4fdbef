import { normalCdf } from './normalCdf';
import { regularizedBeta } from './regularizedBeta';

/**
 * The distribution function of Student's t with `degreesOfFreedom` (R's `pt(x, df)`), for
 * any positive, possibly fractional, degrees of freedom (Welch's). From the regularized
 * incomplete beta: P(T ≤ −|t|) = ½·I_{n/(n+t²)}(n/2, ½), so the lower tail of a large |t|
 * keeps its relative precision.
 *
 * @internal
 */
export function studentTCdf(value: number, degreesOfFreedom: number): number {
  if (Number.isNaN(value) || !(degreesOfFreedom > 0)) return Number.NaN;
  if (degreesOfFreedom === Number.POSITIVE_INFINITY) return normalCdf(value);
  if (!Number.isFinite(value)) return value < 0 ? 0 : 1;
  const square = value * value;
  const total = degreesOfFreedom + square;
  const [lower, upper] = regularizedBeta(degreesOfFreedom / total, square / total, degreesOfFreedom / 2, 0.5);
  // `lower` is the two-sided tail P(|T| ≥ |t|); `upper` its complement P(|T| < |t|).
  return value < 0 ? lower / 2 : 0.5 + upper / 2;
}
