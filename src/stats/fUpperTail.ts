import betainc from '@stdlib/math-base-special-betainc';

/**
 * The upper tail of Snedecor's F with `numerator` and `denominator` degrees of freedom
 * (R's `pf(value, numerator, denominator, lower.tail = FALSE)`). Computed as the regularized
 * incomplete beta `I_x(denominator/2, numerator/2)` with `x = denominator / (denominator +
 * numerator·value)` rather than as `1 − cdf`, so that the tiny p-values of a strong fit keep
 * their precision.
 *
 * @internal
 */
export function fUpperTail(value: number, numerator: number, denominator: number): number {
  if (value <= 0) return 1;
  return betainc(denominator / (denominator + numerator * value), denominator / 2, numerator / 2, true, false);
}
