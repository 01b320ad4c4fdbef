import { logGamma, stirlingRemainder } from './logGamma';

/** ln Γ(b) − ln Γ(a + b) for b ≥ 10, without canceling the large parts of the two. */
function logGammaRatio(a: number, b: number): number {
  const total = a + b;
  return -(b - 0.5) * Math.log1p(a / b) - a * Math.log(total) + a + stirlingRemainder(b) - stirlingRemainder(total);
}

/**
 * ln B(a, b) for a, b > 0, without the cancellation of subtracting large log-gammas when
 * one parameter is large.
 *
 * @internal
 */
export function logBeta(a: number, b: number): number {
  const small = Math.min(a, b);
  const large = Math.max(a, b);
  if (large < 10) return logGamma(a) + logGamma(b) - logGamma(a + b);
  return logGamma(small) + logGammaRatio(small, large);
}
