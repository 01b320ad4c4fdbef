import { studentPValue } from './studentPValue';

/** @internal What {@link welchTest} returns. */
export interface WelchTest {
  /** `meanA − meanB`. */
  readonly difference: number;
  /** √(varA/nA + varB/nB). */
  readonly standardError: number;
  /** The t statistic; `null` when the standard error is 0 (both samples uniform). */
  readonly statistic: number | null;
  /** Welch–Satterthwaite degrees of freedom; `null` when the standard error is 0. */
  readonly degreesOfFreedom: number | null;
  /** The two-sided p-value; with a zero standard error, 1 for no difference and 0 otherwise. */
  readonly pValue: number;
}

/**
 * @internal Welch's two-sample t-test (R's `t.test(x, y)`) from each sample's mean,
 * variance (n − 1 denominator) and size; each size must be at least 2.
 */
export function welchTest(
  meanA: number,
  varianceA: number,
  countA: number,
  meanB: number,
  varianceB: number,
  countB: number,
): WelchTest {
  const shareA = varianceA / countA;
  const shareB = varianceB / countB;
  const standardError = Math.sqrt(shareA + shareB);
  const difference = meanA - meanB;
  if (standardError === 0) {
    return { difference, standardError, statistic: null, degreesOfFreedom: null, pValue: difference === 0 ? 1 : 0 };
  }
  const degreesOfFreedom = (shareA + shareB) ** 2 / (shareA ** 2 / (countA - 1) + shareB ** 2 / (countB - 1));
  const statistic = difference / standardError;
  return { difference, standardError, statistic, degreesOfFreedom, pValue: studentPValue(statistic, degreesOfFreedom) };
}
