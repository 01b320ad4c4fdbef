import { checkOptions } from '../core/errors/checkOptions';
import { studentCriticalValue } from '../stats/studentCriticalValue';
import { studentPValue } from '../stats/studentPValue';
import { computeCes } from './ces';
import { cesScale } from './cesScale';
import { checkLevel } from './intervals';
import { isCountsSummary } from './resolveCounts';
import type { Scale } from './Scale';
import { degenerateComparison, type ScoreComparison } from './ScoreComparison';
import type { InvalidScorePolicy, ScoreInput } from './ScoreCounts';

/**
 * Options for {@link compareCes}.
 *
 * @category Comparisons
 */
export interface CompareCesOptions {
  /** The scale of raw scores. Default `cesScale`, or the scale of the counts given. */
  readonly scale?: Scale;
  /** The confidence level. Default `0.95`. */
  readonly level?: number;
  /** What to do with invalid raw scores. Default `'error'`. */
  readonly invalid?: InvalidScorePolicy;
}

/**
 * Compares the mean effort scores of two independent samples with Welch's t-test,
 * which does not assume equal spreads: the difference in scale units, its interval
 * (method `'welch'`) and the two-sided p-value.
 *
 * @param a - Scores or counts of the first sample (at least 2).
 * @param b - Scores or counts of the second sample (at least 2).
 * @param options - Scale, confidence level, invalid-score policy.
 * @returns The comparison, `a − b`, in scale units.
 * @throws `CxError` as `ces` does, with paths under `a` or `b`.
 *
 * @example
 * import { compareCes } from 'cxkit/metrics';
 *
 * const change = compareCes([6, 7, 5, 6], [4, 3, 5, 4]);
 * change.difference // => 2
 * change.ci.method // => 'welch'
 *
 * @category Comparisons
 */
export function compareCes(a: ScoreInput, b: ScoreInput, options: CompareCesOptions = {}): ScoreComparison {
  checkOptions(options, ['scale', 'level', 'invalid']);
  const level = checkLevel(options.level ?? 0.95);
  const invalid = options.invalid ?? 'error';
  const first = computeCes(a, 'a', options.scale, level, 'wilson', invalid);
  const second = computeCes(
    b,
    'b',
    options.scale ?? (isCountsSummary(a) ? a.scale : undefined) ?? cesScale,
    level,
    'wilson',
    invalid,
  );
  const varianceA = first.standardError ** 2;
  const varianceB = second.standardError ** 2;
  const standardError = Math.sqrt(varianceA + varianceB);
  const difference = first.score - second.score;
  if (standardError === 0) {
    const { pValue, lower, upper } = degenerateComparison(difference);
    return {
      difference,
      standardError,
      ci: { lower, upper, level, method: 'welch' },
      pValue,
      a: summary(first),
      b: summary(second),
    };
  }
  // Welch–Satterthwaite degrees of freedom.
  const degreesOfFreedom =
    (varianceA + varianceB) ** 2 / (varianceA ** 2 / (first.n - 1) + varianceB ** 2 / (second.n - 1));
  const halfWidth = studentCriticalValue(level, degreesOfFreedom) * standardError;
  return {
    difference,
    standardError,
    ci: { lower: difference - halfWidth, upper: difference + halfWidth, level, method: 'welch' },
    pValue: studentPValue(difference / standardError, degreesOfFreedom),
    a: summary(first),
    b: summary(second),
  };
}

function summary(result: { score: number; n: number }) {
  return { score: result.score, n: result.n };
}
