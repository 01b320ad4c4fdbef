import { logGamma, stirlingRemainder } from './logGamma';

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

/** ln Γ(b) − ln Γ(a + b) for b ≥ 10, without canceling the large parts of the two. */
function logGammaRatio(a: number, b: number): number {
  const total = a + b;
  return -(b - 0.5) * Math.log1p(a / b) - a * Math.log(total) + a + stirlingRemainder(b) - stirlingRemainder(total);
}

/** ln B(a, b) for a, b > 0. */
function logBeta(a: number, b: number): number {
  const small = Math.min(a, b);
  const large = Math.max(a, b);
  if (large < 10) return logGamma(a) + logGamma(b) - logGamma(a + b);
  return logGamma(small) + logGammaRatio(small, large);
}

/**
 * xᵃ·yᵇ / B(a, b) with y = 1 − x given separately. When a and b are both large, the two
 * powers and the beta function are each far from 1 while their ratio is not: the product is
 * then formed from deviations around its peak x₀ = a / (a + b), as in Didonato and Morris's
 * TOMS 708 (`brcomp`), so that no large logarithms cancel.
 */
function powerPrefactor(x: number, y: number, a: number, b: number): number {
  if (Math.min(a, b) < 10) {
    const logX = x <= 0.5 ? Math.log(x) : Math.log1p(-y);
    const logY = y <= 0.5 ? Math.log(y) : Math.log1p(-x);
    return Math.exp(a * logX + b * logY - logBeta(a, b));
  }
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
 * I_x(a, b) / (xᵃ·yᵇ / B(a, b)) as Didonato and Morris's continued fraction (TOMS 708,
 * `bfrac`), written with λ = a − (a + b)·x ≥ 0 and y rather than with x alone: where x is
 * near 1 (a large beside b, as in Student's t and F with many degrees of freedom) the
 * textbook fraction cancels, this one does not.
 */
function continuedFraction(x: number, y: number, a: number, b: number, lambda: number): number {
  const maximumTerms = 10_000 + Math.ceil(20 * Math.sqrt(Math.max(a, b)));
  const c = 1 + lambda;
  const c0 = b / a;
  const c1 = 1 + 1 / a;
  const yPlusOne = y + 1;
  let p = 1;
  let s = a + 1;
  let an = 0;
  let bn = 1;
  let anNext = 1;
  let bnNext = c / c1;
  let ratio = c1 / c;
  for (let n = 1; n <= maximumTerms; n++) {
    const t = n / a;
    const w = n * (b - n) * x;
    let e = a / s;
    const alpha = p * (p + c0) * e * e * (w * x);
    e = (1 + t) / (c1 + t + t);
    const beta = n + w / s + e * (c + n * yPlusOne);
    p = 1 + t;
    s += 2;
    let next = alpha * an + beta * anNext;
    an = anNext;
    anNext = next;
    next = alpha * bn + beta * bnNext;
    bn = bnNext;
    bnNext = next;
    const previous = ratio;
    ratio = anNext / bnNext;
    if (Math.abs(ratio - previous) <= 1e-16 * ratio) break;
    // Rescale so that the recurrences neither overflow nor underflow.
    an /= bnNext;
    bn /= bnNext;
    anNext = ratio;
    bnNext = 1;
  }
  return ratio;
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
  if (x <= 0) return [0, 1];
  if (y <= 0) return [1, 0];
  // λ = a − (a + b)·x, from whichever of x and y keeps it free of cancellation.
  const lambda = a > b ? (a + b) * y - b : a - (a + b) * x;
  if (lambda >= 0) {
    const lower = powerPrefactor(x, y, a, b) * continuedFraction(x, y, a, b, lambda);
    return [lower, 1 - lower];
  }
  const upper = powerPrefactor(y, x, b, a) * continuedFraction(y, x, b, a, -lambda);
  return [1 - upper, upper];
}
