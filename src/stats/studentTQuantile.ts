import { studentDeviate } from './studentDeviate';

/**
 * The quantile of Student's t with `degreesOfFreedom` (R's `qt(p, df)`), for any positive,
 * possibly fractional, degrees of freedom: {@link studentDeviate} of the nearer tail, with
 * the sign of the side it lies on.
 *
 * @internal
 */
export function studentTQuantile(probability: number, degreesOfFreedom: number): number {
  if (!(probability >= 0 && probability <= 1) || !(degreesOfFreedom > 0)) return Number.NaN;
  // 1 − p is exact for p ≥ ½, so the nearer tail keeps every digit it was given.
  if (probability < 0.5) return -studentDeviate(probability, degreesOfFreedom);
  return studentDeviate(1 - probability, degreesOfFreedom);
}
