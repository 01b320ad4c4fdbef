import { regularizedBeta } from './regularizedBeta';

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
  if (Number.isNaN(value)) return Number.NaN;
  if (value <= 0) return 1;
  if (value === Number.POSITIVE_INFINITY) return 0;
  const scaled = numerator * value;
  const total = denominator + scaled;
  return regularizedBeta(denominator / total, scaled / total, denominator / 2, numerator / 2)[0];
}
