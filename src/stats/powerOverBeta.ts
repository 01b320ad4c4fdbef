import { logGamma, stirlingRemainder } from './logGamma';

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
 * xᵃ·yᵇ / B(a, b) with y = 1 − x given separately, formed from logarithms. Exact in form
 * while one of a and b is small (below 10): Student's t, whose b is always ½, needs no
 * other, so its distribution function leaves {@link regularizedBeta}'s large-parameter
 * form out of a bundle.
 *
 * @internal
 */
export function powerOverBeta(x: number, y: number, a: number, b: number): number {
  const logX = x <= 0.5 ? Math.log(x) : Math.log1p(-y);
  const logY = y <= 0.5 ? Math.log(y) : Math.log1p(-x);
  return Math.exp(a * logX + b * logY - logBeta(a, b));
}
