import { checkOptions } from '../core/errors/checkOptions';
import { studentCriticalValue } from '../stats/studentCriticalValue';
import { welchTest } from '../stats/welchTest';
import { type CesScore, measureCes } from './ces';
import { cesScale } from './cesScale';
import { checkLevel } from './intervals';
import { raiseMetrics } from './messages';
import { isCountsSummary } from './resolveCounts';
import type { Scale } from './Scale';
import { type ScoreComparison, sampleSummary } from './ScoreComparison';
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
 * Compares the mean effort scores of two independent samples with Welch's t-test, which
 * does not assume equal spreads (R's `t.test(a, b)`): the difference in scale units, its
 * standard error √(SEₐ² + SE_b²), its interval `difference ± t·standardError` on the
 * Welch–Satterthwaite degrees of freedom (method `'welch'`) and the two-sided p-value.
 * Each sample needs at least 2 responses; when neither varies (every answer alike on both
 * sides) the test cannot tell and is refused, as R's `t.test` refuses such data.
 *
 * @param a - Scores or counts of the first sample (at least 2).
 * @param b - Scores or counts of the second sample (at least 2).
 * @param options - Scale, confidence level, invalid-score policy.
 * @returns The comparison, `a − b`, in scale units.
 * @throws `CxError` as `ces` does, with paths under `a` or `b`; `UNIFORM_SAMPLES` when neither sample varies.
 *
 * @example
 * import { compareCes } from 'cxkit/metrics';
 *
 * const change = compareCes([6, 7, 5, 6], [4, 3, 5, 4]);
 * change.difference // => 2
 * change.ci.method // => 'welch'
 * compareCes([5, 5], [4, 4]) // throws CxError UNIFORM_SAMPLES
 *
 * @category Comparisons
 */
export function compareCes(a: ScoreInput, b: ScoreInput, options: CompareCesOptions = {}): ScoreComparison {
  checkOptions(options, ['scale', 'level', 'invalid']);
  const level = checkLevel(options.level ?? 0.95);
  const invalid = options.invalid ?? 'error';
  const first = measureCes(a, 'a', options.scale, level, 'wilson', invalid);
  const second = measureCes(
    b,
    'b',
    options.scale ?? (isCountsSummary(a) ? a.scale : undefined) ?? cesScale,
    level,
    'wilson',
    invalid,
  );
  return compareCesSamples(first, second, level);
}

/** @internal {@link compareCes} of two measured samples on one scale. */
export function compareCesSamples(first: CesScore, second: CesScore, level: number): ScoreComparison {
  const welch = welchTest(
    first.score,
    first.standardDeviation ** 2,
    first.effectiveN,
    second.score,
    second.standardDeviation ** 2,
    second.effectiveN,
  );
  if (welch === null)
    raiseMetrics('UNIFORM_SAMPLES', ["Welch's t-test", " (R's t.test refuses such data too)"], { path: [] });
  const halfWidth = studentCriticalValue(level, welch.degreesOfFreedom) * welch.standardError;
  return {
    difference: welch.difference,
    standardError: welch.standardError,
    ci: { lower: welch.difference - halfWidth, upper: welch.difference + halfWidth, level, method: 'welch' },
    pValue: welch.pValue,
    a: sampleSummary(first),
    b: sampleSummary(second),
  };
}
