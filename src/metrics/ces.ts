import { checkOptions } from '../core/errors/checkOptions';
import { studentCriticalValue } from '../stats/studentCriticalValue';
import { cesScale } from './cesScale';
import { type ShareIntervalMethod, shareInterval, shareMethods } from './csat';
import { scaleOrBuiltIn } from './defineScale';
import { type ConfidenceInterval, checkLevel, checkMethod } from './intervals';
import {
  countInBand,
  massInBand,
  type ResolvedSample,
  resolveSample,
  sampleOfCounts,
  sampleOfScores,
} from './resolveCounts';
import type { Scale } from './Scale';
import type { InvalidScorePolicy, ScoreCounts, ScoreInput } from './ScoreCounts';
import { scaleStatistics } from './scaleStatistics';

/**
 * Options for {@link cesFromCounts}.
 *
 * @category Scores
 */
export interface CesFromCountsOptions {
  /** The scale the counts must be on. Default: the summary's own. */
  readonly scale?: Scale;
  /** The confidence level. Default `0.95`. */
  readonly level?: number;
  /** The interval method for the share of easy responses. Default `'wilson'`. */
  readonly shareMethod?: ShareIntervalMethod;
}

/**
 * Options for {@link ces}.
 *
 * @category Scores
 */
export interface CesOptions extends Omit<CesFromCountsOptions, 'scale'> {
  /** The scale. Default `cesScale` (1–7, easy = 5–7). */
  readonly scale?: Scale;
  /** What to do with invalid scores. Default `'error'`. */
  readonly invalid?: InvalidScorePolicy;
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
 * @param scores - Scores on the scale (`number[]`, `Uint8Array`, …).
 * @param options - Scale, confidence level, share interval method, invalid-score policy.
 * @returns Mean, spread, interval, and the share of easy responses.
 * @throws `CxError` `INVALID_SCORES`; `EMPTY_SCORES`; `TOO_FEW_SCORES` (fewer than 2); `INVALID_SCALE`; `INVALID_INPUT` for anything but an array of scores; `INVALID_OPTION`.
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
export function ces(scores: ArrayLike<number>, options: CesOptions = {}): CesScore {
  checkOptions(options, ['scale', 'level', 'shareMethod', 'invalid']);
  const level = checkLevel(options.level ?? 0.95);
  const shareMethod = checkMethod(options.shareMethod ?? 'wilson', shareMethods);
  const sample = sampleOfScores(
    'ces',
    scores,
    scaleOrBuiltIn(options.scale, cesScale),
    options.invalid ?? 'error',
    'cesFromCounts',
  );
  return cesOfSample(sample, level, shareMethod);
}

/**
 * Customer effort of a counts summary — from {@link countScores}, {@link countWeightedScores},
 * {@link mergeCounts}, a SQL `GROUP BY score` or JSON — as {@link ces} computes it from raw
 * scores, on the summary's own scale unless `scale` is given. The summary is checked whole.
 * With survey weights the score and shares are weighted and the intervals use Kish's
 * effective sample size (Σw)² / Σw²; the counts stay counts of responses.
 *
 * @param counts - A counts summary.
 * @param options - The scale the counts must be on, confidence level, interval method.
 * @returns As {@link ces}.
 * @throws `CxError` `INVALID_COUNTS` naming the field; `SCALE_MISMATCH`; `EMPTY_SCORES`; `TOO_FEW_SCORES`;
 *   `INVALID_WEIGHTS`; `INVALID_OPTION`.
 *
 * @example
 * import { cesFromCounts, cesScale, countScores } from 'cxkit/metrics';
 *
 * const result = cesFromCounts(countScores([7, 6, 5, 2, 5], cesScale));
 * result.score // => 5
 * result.easy // => 4
 * cesFromCounts({ kind: 'score-counts', scale: cesScale, counts: [1], skipped: 0 }) // throws CxError INVALID_COUNTS
 *
 * @category Scores
 */
export function cesFromCounts(counts: ScoreCounts, options: CesFromCountsOptions = {}): CesScore {
  checkOptions(options, ['scale', 'level', 'shareMethod']);
  const level = checkLevel(options.level ?? 0.95);
  const shareMethod = checkMethod(options.shareMethod ?? 'wilson', shareMethods);
  const { scale } = options;
  const sample = sampleOfCounts('ces', counts, scale ?? cesScale, 'counts', scale !== undefined);
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
