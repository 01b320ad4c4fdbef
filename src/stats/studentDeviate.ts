import { finiteStudentTCdf } from './finiteStudentTCdf';
import { logBeta } from './logBeta';
import { normalDeviate } from './normalDeviate';

/** The density of Student's t, up to the constant factor `scale` = 1 / (√n·B(n/2, ½)). */
function density(value: number, degreesOfFreedom: number, logScale: number): number {
  return Math.exp(logScale - ((degreesOfFreedom + 1) / 2) * Math.log1p((value * value) / degreesOfFreedom));
}

/**
 * The t ≥ 0 that Student's t with `degreesOfFreedom` leaves `tail` above, for a tail in
 * (0, ½]: the upper quantile asked for by its tail, so that a confidence level's
 * (1 − level)/2 keeps all its digits (as `1 − (1 − level)/2` handed to a quantile would not).
 * Closed forms for 1 and 2 degrees of freedom, the normal deviate for infinitely many;
 * otherwise Newton's method on the lower tail from the Cornish–Fisher start, kept inside a
 * bracket that only narrows, so it cannot leave the root.
 *
 * @internal
 */
export function studentDeviate(tail: number, degreesOfFreedom: number): number {
  if (tail === 0) return Number.POSITIVE_INFINITY;
  if (tail === 0.5) return 0;
  // ½ − tail is exact from a tail of ¼ on, and only weighs in the centre.
  if (degreesOfFreedom === Number.POSITIVE_INFINITY) return normalDeviate(0.5 - tail, tail);
  // tan(π(½ − p)) = 1/tan(πp): written so, a small tail keeps its precision.
  if (degreesOfFreedom === 1) return 1 / Math.tan(Math.PI * tail);
  if (degreesOfFreedom === 2) return (1 - 2 * tail) / Math.sqrt(2 * tail * (1 - tail));
  const n = degreesOfFreedom;
  const z = -normalDeviate(0.5 - tail, tail);
  const z2 = z * z;
  // Solved as the negative t with `tail` below it, where the distribution function keeps
  // the digits of a small tail.
  let value = z + (z * (z2 + 1)) / (4 * n) + (z * ((5 * z2 + 16) * z2 + 3)) / (96 * n * n);
  if (!(value < 0) || !Number.isFinite(value)) value = z;
  // −log(√n·B(n/2, ½)), from the log-beta the distribution function uses, which keeps its
  // digits where log-gammas of a large n would cancel.
  const logScale = -0.5 * Math.log(n) - logBeta(n / 2, 0.5);
  // The root lies in (low, 0): widen low until its tail is below the target.
  let high = 0;
  let low = Math.min(value, -1);
  while (finiteStudentTCdf(low, n) > tail) low *= 2;
  for (let iteration = 0; iteration < 100; iteration++) {
    const difference = finiteStudentTCdf(value, n) - tail;
    if (difference === 0) break;
    if (difference > 0) high = value;
    else low = value;
    let next = value - difference / density(value, n, logScale);
    if (!(next > low && next < high)) next = (low + high) / 2;
    if (Math.abs(next - value) <= 1e-15 * Math.abs(value)) {
      value = next;
      break;
    }
    value = next;
  }
  return -value;
}
