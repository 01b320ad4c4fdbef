import { incompleteBeta } from './incompleteBeta';
import { stirlingRemainder } from './logGamma';
import { powerOverBeta } from './powerOverBeta';

const inverseRootTwoPi = 0.3989422804014327;

/** x − ln(1 + x), without the cancellation of writing it so when x is small. */
function logOnePlusRemainder(x: number): number {
  if (Math.abs(x) > 0.5) return x - Math.log1p(x);
  // ln(1 + x) = 2·atanh(r) with r = x / (2 + x); x − 2r = x² / (2 + x) is exact in form.
  const r = x / (2 + x);
  const square = r * r;
  let term = r * square;
  let sum = 0;
  for (let power = 3; power < 200; power += 2) {
    const next = term / power;
    sum += next;
    if (Math.abs(next) <= 1e-17 * Math.abs(sum)) break;
    term *= square;
  }
  return (x * x) / (2 + x) - 2 * sum;
}

/**
 * xᵃ·yᵇ / B(a, b) with y = 1 − x given separately. When a and b are both large, the two
 * powers and the beta function are each far from 1 while their ratio is not: the product is
 * then formed from deviations around its peak x₀ = a / (a + b), as in Didonato and Morris's
 * TOMS 708 (`brcomp`), so that no large logarithms cancel.
 */
function powerPrefactor(x: number, y: number, a: number, b: number): number {
  if (Math.min(a, b) < 10) return powerOverBeta(x, y, a, b);
  let peakX: number;
  let peakY: number;
  let lambda: number;
  if (a > b) {
    const ratio = b / a;
    peakX = 1 / (1 + ratio);
    peakY = ratio / (1 + ratio);
    lambda = (a + b) * y - b;
  } else {
    const ratio = a / b;
    peakX = ratio / (1 + ratio);
    peakY = 1 / (1 + ratio);
    lambda = a - (a + b) * x;
  }
  let e = -lambda / a;
  const u = Math.abs(e) > 0.6 ? e - Math.log(x / peakX) : logOnePlusRemainder(e);
  e = lambda / b;
  const v = Math.abs(e) > 0.6 ? e - Math.log(y / peakY) : logOnePlusRemainder(e);
  const correction = stirlingRemainder(a) + stirlingRemainder(b) - stirlingRemainder(a + b);
  return inverseRootTwoPi * Math.sqrt(b * peakX) * Math.exp(-(a * u + b * v) - correction);
}

/**
 * The regularized incomplete beta function I_x(a, b) (R's `pbeta(x, a, b)`) and its
 * complement, for a, b > 0. `y` is 1 − x, passed on its own so that a caller who knows it
 * exactly (t²/(n + t²) rather than 1 − n/(n + t²)) keeps its precision. Returns
 * `[lower, upper]`; whichever is computed directly keeps its relative precision however
 * small it is, and the other is 1 minus it.
 *
 * @internal
 */
export function regularizedBeta(x: number, y: number, a: number, b: number): readonly [number, number] {
  return incompleteBeta(x, y, a, b, powerPrefactor);
}
