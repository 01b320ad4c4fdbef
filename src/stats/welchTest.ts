import { studentPValue } from './studentPValue';

/** @internal What {@link welchTest} returns. */
export interface WelchTest {
  /** `meanA − meanB`. */
  readonly difference: number;
  /** √(varA/nA + varB/nB). */
  readonly standardError: number;
  /** The t statistic. */
  readonly statistic: number;
  /** Welch–Satterthwaite degrees of freedom. */
  readonly degreesOfFreedom: number;
  /** The two-sided p-value. */
  readonly pValue: number;
}

/**
 * @internal Welch's two-sample t-test (R's `t.test(x, y)`) from each sample's mean,
 * variance (n − 1 denominator) and size; each size must be at least 2. `null` when both
 * variances are 0 (or, as R judges, so small beside the means that they are rounding): the statistic is then undefined (a difference over a standard error of
 * 0), so the test cannot tell — R's `t.test` refuses such data ("data are essentially
 * constant") rather than claim p = 0.
 */
export function welchTest(
  meanA: number,
  varianceA: number,
  countA: number,
  meanB: number,
  varianceB: number,
  countB: number,
): WelchTest | null {
  const shareA = varianceA / countA;
  const shareB = varianceB / countB;
  const standardError = Math.sqrt(shareA + shareB);
  const difference = meanA - meanB;
  // R's t.test: a standard error this small beside the means is rounding, not spread.
  if (standardError === 0 || standardError < 10 * Number.EPSILON * Math.max(Math.abs(meanA), Math.abs(meanB))) {
    return null;
  }
  const degreesOfFreedom = (shareA + shareB) ** 2 / (shareA ** 2 / (countA - 1) + shareB ** 2 / (countB - 1));
  const statistic = difference / standardError;
  return { difference, standardError, statistic, degreesOfFreedom, pValue: studentPValue(statistic, degreesOfFreedom) };
}
