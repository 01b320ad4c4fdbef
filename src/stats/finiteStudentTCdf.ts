import { incompleteBeta } from './incompleteBeta';
import { powerOverBeta } from './powerOverBeta';

/**
 * {@link studentTCdf} for finite, positive degrees of freedom, without the normal limit:
 * the quantile's Newton steps only ever ask for these, and leaving the normal distribution
 * function out keeps a score's Student's t interval small in a bundle.
 *
 * @internal
 */
export function finiteStudentTCdf(value: number, degreesOfFreedom: number): number {
  if (Number.isNaN(value) || !(degreesOfFreedom > 0)) return Number.NaN;
  if (!Number.isFinite(value)) return value < 0 ? 0 : 1;
  const square = value * value;
  const total = degreesOfFreedom + square;
  // I_x(n/2, ½): b is ½, so the prefactor from logarithms is exact and the large-parameter
  // form of the general incomplete beta is never needed.
  const [lower, upper] = incompleteBeta(
    degreesOfFreedom / total,
    square / total,
    degreesOfFreedom / 2,
    0.5,
    powerOverBeta,
  );
  // `lower` is the two-sided tail P(|T| ≥ |t|); `upper` its complement P(|T| < |t|).
  return value < 0 ? lower / 2 : 0.5 + upper / 2;
}
