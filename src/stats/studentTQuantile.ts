import { finiteStudentTCdf } from './finiteStudentTCdf';
import { logGamma } from './logGamma';
import { normalQuantile } from './normalQuantile';

/** The density of Student's t, up to the constant factor `scale` = 1 / (√n·B(n/2, ½)). */
function density(value: number, degreesOfFreedom: number, logScale: number): number {
  return Math.exp(logScale - ((degreesOfFreedom + 1) / 2) * Math.log1p((value * value) / degreesOfFreedom));
}

/**
 * The quantile of Student's t with `degreesOfFreedom` (R's `qt(p, df)`), for any positive,
 * possibly fractional, degrees of freedom. Closed forms for 1 and 2 degrees of freedom;
 * otherwise Newton's method on the lower tail from the Cornish–Fisher start, kept inside a
 * bracket that only narrows, so it cannot leave the root.
 *
 * @internal
 */
export function studentTQuantile(probability: number, degreesOfFreedom: number): number {
  if (!(probability >= 0 && probability <= 1) || !(degreesOfFreedom > 0)) return Number.NaN;
  if (degreesOfFreedom === Number.POSITIVE_INFINITY) return normalQuantile(probability);
  if (probability === 0) return Number.NEGATIVE_INFINITY;
  if (probability === 1) return Number.POSITIVE_INFINITY;
  if (probability === 0.5) return 0;
  // Solve in the lower tail, where small probabilities keep their precision.
  const tail = Math.min(probability, 1 - probability);
  const sign = probability < 0.5 ? 1 : -1;
  // tan(π(p − ½)) = −1/tan(πp): written so, a small p keeps its precision.
  if (degreesOfFreedom === 1) return -sign / Math.tan(Math.PI * tail);
  if (degreesOfFreedom === 2) return (-sign * (1 - 2 * tail)) / Math.sqrt(2 * tail * (1 - tail));
  const n = degreesOfFreedom;
  const z = normalQuantile(tail);
  const z2 = z * z;
  let value = z + (z * (z2 + 1)) / (4 * n) + (z * ((5 * z2 + 16) * z2 + 3)) / (96 * n * n);
  if (!(value < 0) || !Number.isFinite(value)) value = z;
  const logScale = logGamma((n + 1) / 2) - logGamma(n / 2) - 0.5 * Math.log(n * Math.PI);
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
  return sign * value;
}
