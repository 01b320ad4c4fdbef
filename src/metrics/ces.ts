import { checkOptions } from '../core/errors/checkOptions';
import { studentCriticalValue } from '../stats/studentCriticalValue';
import { cesScale } from './cesScale';
import { type ShareIntervalMethod, shareInterval, shareMethods } from './csat';
import { type ConfidenceInterval, checkLevel, checkMethod } from './intervals';
import { raiseMetrics } from './messages';
import { countInBand, resolveNonEmptyCounts } from './resolveCounts';
import type { Scale } from './Scale';
import type { InvalidScorePolicy, ScoreInput } from './ScoreCounts';
import { scaleStatistics } from './scaleStatistics';

/**
 * Options for {@link ces}.
 *
 * @category Scores
 */
export interface CesOptions {
  /** The scale. Default `cesScale` (1–7, easy = 5–7), or the scale of the counts given. */
  readonly scale?: Scale;
  /** The confidence level. Default `0.95`. */
  readonly level?: number;
  /** The interval method for the share of easy responses. Default `'wilson'`. */
  readonly shareMethod?: ShareIntervalMethod;
  /** What to do with invalid raw scores. Default `'error'`. */
  readonly invalid?: InvalidScorePolicy;
}

/**
 * The result of {@link ces}.
 *
 * @category Scores
 */
export interface CesResult {
  /** The mean effort score, in scale units (the headline CES). */
  readonly score: number;
  readonly n: number;
  /** The sample standard deviation of the scores. */
  readonly standardDeviation: number;
  /** The standard error of the mean. */
  readonly standardError: number;
  /** Student's t interval for the mean (method `'t'`), in scale units, within the scale. */
  readonly ci: ConfidenceInterval;
  /** How many responses fell in the favourable ("easy") band. */
  readonly easy: number;
  /** The share of easy responses in percent, with its interval. */
  readonly easyShare: { readonly score: number; readonly ci: ConfidenceInterval };
  readonly skipped: number;
}

/**
 * Customer effort: the mean score on the effort scale (1–7 agreement with "the company
 * made it easy for me" by default) with Student's t interval, and the share of easy
 * responses (5–7) with its own interval.
 *
 * @param input - Raw scores or a counts summary.
 * @param options - Scale, confidence level, share interval method, invalid-score policy.
 * @returns Mean, spread, interval, and the share of easy responses.
 * @throws `CxError` `INVALID_SCORES`; `EMPTY_SCORES`; `TOO_FEW_SCORES` (an interval needs two); `SCALE_MISMATCH`; `INVALID_OPTION`.
 *
 * @example
 * import { ces } from 'cxkit/metrics';
 *
 * const result = ces([7, 6, 5, 2, 5]);
 * result.score // => 5
 * result.easy // => 4
 * result.easyShare.score // => 80
 * result.ci.method // => 't'
 *
 * @category Scores
 */
export function ces(input: ScoreInput, options: CesOptions = {}): CesResult {
  checkOptions(options, ['scale', 'level', 'shareMethod', 'invalid']);
  const level = checkLevel(options.level ?? 0.95);
  const shareMethod = checkMethod(options.shareMethod ?? 'wilson', shareMethods);
  return computeCes(input, 'input', options.scale, level, shareMethod, options.invalid ?? 'error');
}

/** @internal {@link ces} after its options are checked; `argument` names the input in errors. */
export function computeCes(
  input: ScoreInput,
  argument: string,
  scale: Scale | undefined,
  level: number,
  shareMethod: ShareIntervalMethod,
  invalid: InvalidScorePolicy,
): CesResult {
  const resolved = resolveNonEmptyCounts(input, scale ?? cesScale, invalid, argument, scale !== undefined);
  const { n } = resolved;
  if (n < 2) raiseMetrics('TOO_FEW_SCORES', ['ces', 2, n], { path: [argument] });
  const { mean, standardDeviation } = scaleStatistics(resolved, n);
  const standardError = standardDeviation / Math.sqrt(n);
  const halfWidth = studentCriticalValue(level, n - 1) * standardError;
  const easy = countInBand(resolved, resolved.scale.favourable);
  return {
    score: mean,
    n,
    standardDeviation,
    standardError,
    // A mean cannot leave the scale; an interval reaching past it says no more than its edge.
    ci: {
      lower: Math.max(resolved.scale.min, mean - halfWidth),
      upper: Math.min(resolved.scale.max, mean + halfWidth),
      level,
      method: 't',
    },
    easy,
    easyShare: {
      score: (100 * easy) / n,
      ci: { ...shareInterval(easy, n, level, shareMethod), level, method: shareMethod },
    },
    skipped: resolved.skipped,
  };
}
