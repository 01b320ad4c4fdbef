import { regularizedBeta } from './regularizedBeta';

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
  const [lower, upper] = regularizedBeta(degreesOfFreedom / total, square / total, degreesOfFreedom / 2, 0.5);
  // `lower` is the two-sided tail P(|T| ≥ |t|); `upper` its complement P(|T| < |t|).
  return value < 0 ? lower / 2 : 0.5 + upper / 2;
}
