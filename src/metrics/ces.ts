import { checkOptions } from '../core/errors/checkOptions';
import { studentCriticalValue } from '../stats/studentCriticalValue';
import { cesScale } from './cesScale';
import { type ShareIntervalMethod, shareInterval, shareMethods } from './csat';
import { type ConfidenceInterval, checkLevel, checkMethod } from './intervals';
import { countInBand, massInBand, type ResolvedSample, resolveSample } from './resolveCounts';
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
  /**
   * Survey weights, one per raw score: the score and its shares are weighted, and the
   * interval uses Kish's effective sample size (see {@link CountScoresOptions}). For a counts
   * summary, leave this out: it carries its own. Default: unweighted.
   */
  readonly weights?: ArrayLike<number>;
}

/**
 * The result of {@link ces}.
 *
 * @category Scores
 */
export interface CesScore {
  /** The mean effort score, in scale units (the headline CES); weighted, with survey weights. */
  readonly score: number;
  readonly n: number;
  /** The effective sample size the interval uses: `n`, or Kish's (Σw)² / Σw² with survey weights. */
  readonly effectiveN: number;
  /** The sample standard deviation of the scores (weighted: see the guide). */
  readonly standardDeviation: number;
  /** The standard error of the mean, `standardDeviation / √effectiveN`. */
  readonly standardError: number;
  /** Student's t interval for the mean (method `'t'`, on `effectiveN − 1` degrees of freedom), in scale units, within the scale. */
  readonly ci: ConfidenceInterval;
  /** How many responses (not weights) fell in the favorable ("easy") band. */
  readonly easy: number;
  /** The (weighted) share of easy responses in percent, with its interval. */
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
 * @throws `CxError` `INVALID_SCORES`; `EMPTY_SCORES`; `TOO_FEW_SCORES` (fewer than 2); `SCALE_MISMATCH`; `INVALID_OPTION`.
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
export function ces(input: ScoreInput, options: CesOptions = {}): CesScore {
  checkOptions(options, ['scale', 'level', 'shareMethod', 'invalid', 'weights']);
  const level = checkLevel(options.level ?? 0.95);
  const shareMethod = checkMethod(options.shareMethod ?? 'wilson', shareMethods);
  const { scale } = options;
  const sample = resolveSample(
    'ces',
    input,
    scale ?? cesScale,
    options.invalid ?? 'error',
    'input',
    scale !== undefined,
    options.weights,
  );
  return cesOfSample(sample, level, shareMethod);
}

/** @internal {@link ces} of one sample of a comparison; `argument` names it in errors. */
export function measureCes(
  input: ScoreInput,
  argument: string,
  scale: Scale | undefined,
  level: number,
  shareMethod: ShareIntervalMethod,
  invalid: InvalidScorePolicy,
): CesScore {
  return cesOfSample(
    resolveSample('ces', input, scale ?? cesScale, invalid, argument, scale !== undefined),
    level,
    shareMethod,
  );
}

/** @internal The CES of a checked sample. */
export function cesOfSample(sample: ResolvedSample, level: number, shareMethod: ShareIntervalMethod): CesScore {
  const { n, effectiveN, totalMass } = sample;
  const { mean, standardDeviation } = scaleStatistics(sample);
  const standardError = standardDeviation / Math.sqrt(effectiveN);
  const halfWidth = studentCriticalValue(level, effectiveN - 1) * standardError;
  const easyMass = massInBand(sample, sample.scale.favorable);
  const easyInterval = shareInterval(easyMass / totalMass, effectiveN, level, shareMethod);
  return {
    score: mean,
    n,
    effectiveN,
    standardDeviation,
    standardError,
    // A mean cannot leave the scale; an interval reaching past it says no more than its edge.
    ci: {
      lower: Math.max(sample.scale.min, mean - halfWidth),
      upper: Math.min(sample.scale.max, mean + halfWidth),
      level,
      method: 't',
    },
    easy: countInBand(sample, sample.scale.favorable),
    easyShare: {
      score: (100 * easyMass) / totalMass,
      ci: { lower: easyInterval.lower, upper: easyInterval.upper, level, method: shareMethod },
    },
    skipped: sample.skipped,
  };
}
