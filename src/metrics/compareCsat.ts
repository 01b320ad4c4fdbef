import { checkOptions } from '../core/errors/checkOptions';
import { type CsatScore, measureCsat, type ShareIntervalMethod, shareMethods } from './csat';
import { csatScale } from './csatScale';
import { differenceInterval, type SampleLimits } from './differenceInterval';
import { checkLevel, checkMethod } from './intervals';
import { raiseMetrics } from './messages';
import { isCountsSummary } from './resolveCounts';
import type { Scale } from './Scale';
import { type ScoreComparison, sampleSummary } from './ScoreComparison';
import type { InvalidScorePolicy, ScoreInput } from './ScoreCounts';

/**
 * Options for {@link compareCsat}.
 *
 * @category Comparisons
 */
export interface CompareCsatOptions {
  /** The scale of raw scores. Default `csatScale`, or the scale of the counts given. */
  readonly scale?: Scale;
  /** The confidence level. Default `0.95`. */
  readonly level?: number;
  /** `'wilson'` (default: Newcombe's interval from the two Wilson intervals) or `'wald'`. */
  readonly method?: ShareIntervalMethod;
  /** What to do with invalid raw scores. Default `'error'`. */
  readonly invalid?: InvalidScorePolicy;
}

/**
 * Compares the share satisfied in two independent samples, in percentage points, from one
 * method: the difference `a.score − b.score`; its plug-in standard error
 * √(SEₐ² + SE_b²); Newcombe's hybrid score interval (1998, method 10: the two Wilson
 * intervals combined, which behaves at small n and extreme shares; or the Wald interval,
 * `difference ± z·standardError`); and the two-sided p-value of the test the interval
 * inverts, so the p-value is below `1 − level` exactly when the interval leaves out 0.
 * Each sample needs at least 2 responses.
 *
 * @param a - Scores or counts of the first sample.
 * @param b - Scores or counts of the second sample.
 * @param options - Scale, confidence level, method, invalid-score policy.
 * @returns The comparison, `a − b`, in percentage points.
 * @throws `CxError` as `csat` does, with paths under `a` or `b`; `SCALE_MISMATCH` when the samples' scales differ;
 *   `UNIFORM_SAMPLES` (Wald with both shares at 0% or 100%).
 *
 * @example
 * import { compareCsat } from 'cxkit/metrics';
 *
 * const change = compareCsat([5, 5, 4, 4, 2], [5, 3, 2, 2, 1]);
 * change.difference // => 60
 * change.ci.method // => 'wilson'
 *
 * @category Comparisons
 */
export function compareCsat(a: ScoreInput, b: ScoreInput, options: CompareCsatOptions = {}): ScoreComparison {
  checkOptions(options, ['scale', 'level', 'method', 'invalid']);
  const level = checkLevel(options.level ?? 0.95);
  const method = checkMethod(options.method ?? 'wilson', shareMethods);
  const invalid = options.invalid ?? 'error';
  const first = measureCsat(a, 'a', options.scale, level, method, invalid);
  // The second sample must be on the first's scale, whichever form each came in.
  const second = measureCsat(
    b,
    'b',
    options.scale ?? (isCountsSummary(a) ? a.scale : undefined) ?? csatScale,
    level,
    method,
    invalid,
  );
  return compareCsatSamples(first, second, level, method);
}

/** @internal {@link compareCsat} of two measured samples on one scale. */
export function compareCsatSamples(
  first: { result: CsatScore; limits: SampleLimits },
  second: { result: CsatScore; limits: SampleLimits },
  level: number,
  method: ShareIntervalMethod,
): ScoreComparison {
  const standardError = Math.hypot(first.result.standardError, second.result.standardError);
  if (method === 'wald' && standardError === 0) {
    raiseMetrics(
      'UNIFORM_SAMPLES',
      ['the Wald test', "; compare with the default method, 'wilson', whose intervals stay open"],
      {
        path: [],
      },
    );
  }
  const { difference, lower, upper, pValue } = differenceInterval(first.limits, second.limits, level);
  return {
    difference,
    standardError,
    ci: { lower: Math.max(-100, lower), upper: Math.min(100, upper), level, method },
    pValue,
    a: sampleSummary(first.result),
    b: sampleSummary(second.result),
  };
}
