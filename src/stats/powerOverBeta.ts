import { logBeta } from './logBeta';

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
