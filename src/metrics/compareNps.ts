import { checkOptions } from '../core/errors/checkOptions';
import type { SampleLimits } from './differenceInterval';
import { differenceInterval } from './differenceInterval';
import { checkLevel, checkMethod } from './intervals';
import { raiseMetrics } from './messages';
import { measureNps, type NpsIntervalMethod, type NpsScore, npsMethods } from './nps';
import { type ScoreComparison, sampleSummary } from './ScoreComparison';
import type { InvalidScorePolicy, ScoreInput } from './ScoreCounts';

/**
 * Options for {@link compareNps}.
 *
 * @category Comparisons
 */
export interface CompareNpsOptions {
  /** The confidence level. Default `0.95`. */
  readonly level?: number;
  /** Each sample's interval, as in {@link nps}: `'adjusted-wald'` (default) or `'wald'`. */
  readonly method?: NpsIntervalMethod;
  /** What to do with invalid raw scores. Default `'error'`. */
  readonly invalid?: InvalidScorePolicy;
}

/**
 * Compares the Net Promoter Scores of two independent samples (two periods, two
 * segments): the difference in points, its standard error, its interval and a two-sided
 * p-value, from one method.
 *
 * - `difference` is `a.score − b.score`, the scores as {@link nps} reports them.
 * - `standardError` is its plug-in standard error, √(SEₐ² + SE_b²) with each sample's
 *   `nps().standardError` (the trinomial variances add).
 * - `ci` combines the two samples' own intervals (adjusted Wald by default) by the MOVER
 *   method (Newcombe 1998; Zou and Donner 2008): built around `difference`, it always holds
 *   it, and stays open when a sample is all promoters. With `method: 'wald'` it is exactly
 *   `difference ± z·standardError`.
 * - `pValue` is the test this interval inverts, so it is below `1 − level` exactly when the
 *   interval leaves out 0 (with `'wald'`, the two-sample z-test).
 *
 * Each sample needs at least 2 responses. With `'wald'`, two samples that do not vary at
 * all (all promoters on both sides, say) have a standard error of 0 and are refused.
 *
 * @param a - Scores or counts of the first sample.
 * @param b - Scores or counts of the second sample.
 * @param options - Confidence level, method, invalid-score policy.
 * @returns The comparison, `a − b`.
 * @throws `CxError` as `nps` does, with paths under `a` or `b`; `UNIFORM_SAMPLES` (Wald with neither sample varying).
 *
 * @example
 * import { compareNps, countScores, npsScale } from 'cxkit/metrics';
 *
 * // 80 responses each: 30/30/20 then 27/30/23 promoters/passives/detractors.
 * const before = countScores([...Array(30).fill(10), ...Array(30).fill(8), ...Array(20).fill(3)], npsScale);
 * const after = countScores([...Array(27).fill(10), ...Array(30).fill(8), ...Array(23).fill(3)], npsScale);
 * const change = compareNps(after, before);
 * change.difference // => -7.5
 * change.ci.lower < -7.5 && -7.5 < change.ci.upper // => true
 * change.pValue > 0.05 // => true
 *
 * @category Comparisons
 */
export function compareNps(a: ScoreInput, b: ScoreInput, options: CompareNpsOptions = {}): ScoreComparison {
  checkOptions(options, ['level', 'method', 'invalid']);
  const level = checkLevel(options.level ?? 0.95);
  const method = checkMethod(options.method ?? 'adjusted-wald', npsMethods);
  const invalid = options.invalid ?? 'error';
  const first = measureNps(a, 'a', level, method, invalid);
  const second = measureNps(b, 'b', level, method, invalid);
  return compareNpsSamples(first, second, level, method);
}

/** @internal {@link compareNps} of two measured samples. */
export function compareNpsSamples(
  first: { result: NpsScore; limits: SampleLimits },
  second: { result: NpsScore; limits: SampleLimits },
  level: number,
  method: NpsIntervalMethod,
): ScoreComparison {
  const standardError = Math.hypot(first.result.standardError, second.result.standardError);
  if (method === 'wald' && standardError === 0) {
    raiseMetrics(
      'UNIFORM_SAMPLES',
      ['the Wald test', "; compare with the default method, 'adjusted-wald', whose intervals stay open"],
      {
        path: [],
      },
    );
  }
  const { difference, lower, upper, pValue } = differenceInterval(first.limits, second.limits, level);
  return {
    difference,
    standardError,
    ci: { lower: Math.max(-200, lower), upper: Math.min(200, upper), level, method },
    pValue,
    a: sampleSummary(first.result),
    b: sampleSummary(second.result),
  };
}
