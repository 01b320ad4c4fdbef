import { checkOptions } from '../core/errors/checkOptions';
import { normalCriticalValue } from '../stats/normalCriticalValue';
import { csatScale } from './csatScale';
import { scaleOrBuiltIn } from './defineScale';
import type { SampleLimits } from './differenceInterval';
import { type ConfidenceInterval, checkLevel, checkMethod, wilsonLimits } from './intervals';
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
 * How a share's interval is computed: `'wilson'` (default; Wilson's score interval,
 * which keeps its coverage at small n and at shares near 0% or 100%) or `'wald'`
 * (share ± z·√(p(1−p)/n), which collapses to a point at 0% and 100%).
 *
 * @category Scores
 */
export type ShareIntervalMethod = 'wilson' | 'wald';

/**
 * Options for {@link csatFromCounts}.
 *
 * @category Scores
 */
export interface CsatFromCountsOptions {
  /** The scale the counts must be on. Default: the summary's own. */
  readonly scale?: Scale;
  /** The confidence level. Default `0.95`. */
  readonly level?: number;
  /** The interval method. Default `'wilson'`. */
  readonly method?: ShareIntervalMethod;
}

/**
 * Options for {@link csat}.
 *
 * @category Scores
 */
export interface CsatOptions extends Omit<CsatFromCountsOptions, 'scale'> {
  /** The scale. Default `csatScale` (1–5, satisfied = 4–5). */
  readonly scale?: Scale;
  /** What to do with invalid scores. Default `'error'`. */
  readonly invalid?: InvalidScorePolicy;
}

/**
 * The result of {@link csat}.
 *
 * @category Scores
 */
export interface CsatScore {
  /** The share of satisfied responses, in percent (0–100); weighted, with survey weights. */
  readonly score: number;
  readonly n: number;
  /** The effective sample size the interval uses: `n`, or Kish's (Σw)² / Σw² with survey weights. */
  readonly effectiveN: number;
  /** How many responses (not weights) fell in the scale's favorable band. */
  readonly satisfied: number;
  /** The mean score on the scale. */
  readonly mean: number;
  /** The standard error of `score` (plug-in, over `effectiveN`), in percentage points. */
  readonly standardError: number;
  /** The interval for `score`, in percent. */
  readonly ci: ConfidenceInterval;
  readonly skipped: number;
}

/** @internal */
export const shareMethods: readonly ShareIntervalMethod[] = ['wilson', 'wald'];

/**
 * @internal A share's interval in percent as functions of the critical value z, for a
 * share (0–1) observed on `n` (effective) responses; the Wald limits are not clipped.
 */
export function shareLimits(share: number, n: number, method: ShareIntervalMethod): Omit<SampleLimits, 'estimate'> {
  if (method === 'wilson') {
    return { lower: (z) => 100 * wilsonLimits(share, n, z).lower, upper: (z) => 100 * wilsonLimits(share, n, z).upper };
  }
  const spread = 100 * Math.sqrt((share * (1 - share)) / n);
  return { lower: (z) => 100 * share - z * spread, upper: (z) => 100 * share + z * spread };
}

/** @internal The interval for a share in percent, within 0–100. */
export function shareInterval(
  share: number,
  n: number,
  level: number,
  method: ShareIntervalMethod,
): { lower: number; upper: number } {
  const limits = shareLimits(share, n, method);
  const z = normalCriticalValue(level);
  return { lower: Math.max(0, limits.lower(z)), upper: Math.min(100, limits.upper(z)) };
}

/**
 * Customer satisfaction: the share of responses in the scale's favorable band
 * (top-2-box on the default 1–5 scale), in percent, with its interval and the mean.
 *
 * @param scores - Scores on the scale (`number[]`, `Uint8Array`, …).
 * @param options - Scale, confidence level, interval method, invalid-score policy.
 * @returns Score (percent satisfied), counts, mean, standard error and interval.
 * @throws `CxError` `INVALID_SCORES`; `EMPTY_SCORES`; `TOO_FEW_SCORES` (fewer than 2); `INVALID_SCALE`; `INVALID_INPUT` for anything but an array of scores; `INVALID_OPTION` for a bad `level` or `method`.
 *
 * @example
 * import { csat } from 'cxkit/metrics';
 *
 * const result = csat([5, 4, 4, 3, 5, 2, 5, 4]);
 * result.score // => 75
 * result.satisfied // => 6
 * result.mean // => 4
 * result.ci.method // => 'wilson'
 *
 * @category Scores
 */
export function csat(scores: ArrayLike<number>, options: CsatOptions = {}): CsatScore {
  checkOptions(options, ['scale', 'level', 'method', 'invalid']);
  const level = checkLevel(options.level ?? 0.95);
  const method = checkMethod(options.method ?? 'wilson', shareMethods);
  const sample = sampleOfScores(
    'csat',
    scores,
    scaleOrBuiltIn(options.scale, csatScale),
    options.invalid ?? 'error',
    'csatFromCounts',
  );
  return csatOfSample(sample, level, method).result;
}

/**
 * Customer satisfaction of a counts summary — from {@link countScores}, {@link countWeightedScores},
 * {@link mergeCounts}, a SQL `GROUP BY score` or JSON — as {@link csat} computes it from raw
 * scores, on the summary's own scale unless `scale` is given. The summary is checked whole.
 * With survey weights the score and shares are weighted and the intervals use Kish's
 * effective sample size (Σw)² / Σw²; the counts stay counts of responses.
 *
 * @param counts - A counts summary.
 * @param options - The scale the counts must be on, confidence level, interval method.
 * @returns As {@link csat}.
 * @throws `CxError` `INVALID_COUNTS` naming the field; `SCALE_MISMATCH`; `EMPTY_SCORES`; `TOO_FEW_SCORES`;
 *   `INVALID_WEIGHTS`; `INVALID_OPTION`.
 *
 * @example
 * import { countScores, csatFromCounts, csatScale, mergeCounts } from 'cxkit/metrics';
 *
 * const store = countScores([5, 4, 3, 5], csatScale);
 * const online = countScores([4, 2, 5, 1], csatScale);
 * const both = csatFromCounts(mergeCounts(store, online));
 * both.score // => 62.5
 * both.satisfied // => 5
 * csatFromCounts(store, { level: 2 }) // throws CxError INVALID_OPTION
 *
 * @category Scores
 */
export function csatFromCounts(counts: ScoreCounts, options: CsatFromCountsOptions = {}): CsatScore {
  checkOptions(options, ['scale', 'level', 'method']);
  const level = checkLevel(options.level ?? 0.95);
  const method = checkMethod(options.method ?? 'wilson', shareMethods);
  const { scale } = options;
  const sample = sampleOfCounts('csat', counts, scale ?? csatScale, 'counts', scale !== undefined);
  return csatOfSample(sample, level, method).result;
}

/** @internal {@link csat} of one sample of a comparison, with its limits; `argument` names it in errors. */
export function measureCsat(
  input: ScoreInput,
  argument: string,
  scale: Scale | undefined,
  level: number,
  method: ShareIntervalMethod,
  invalid: InvalidScorePolicy,
): { result: CsatScore; limits: SampleLimits } {
  return csatOfSample(
    resolveSample('csat', input, scale ?? csatScale, invalid, argument, scale !== undefined),
    level,
    method,
  );
}

/** @internal The CSAT of a checked sample, with its limits for a comparison. */
export function csatOfSample(
  sample: ResolvedSample,
  level: number,
  method: ShareIntervalMethod,
): { result: CsatScore; limits: SampleLimits } {
  const { n, effectiveN, totalMass } = sample;
  const satisfiedMass = massInBand(sample, sample.scale.favorable);
  const share = satisfiedMass / totalMass;
  const score = (100 * satisfiedMass) / totalMass;
  // Written out, not spread: an object spread costs microseconds in V8, and series call this per period.
  const interval = shareInterval(share, effectiveN, level, method);
  return {
    result: {
      score,
      n,
      effectiveN,
      satisfied: countInBand(sample, sample.scale.favorable),
      mean: scaleStatistics(sample).mean,
      standardError: 100 * Math.sqrt((share * (1 - share)) / effectiveN),
      ci: { lower: interval.lower, upper: interval.upper, level, method },
      skipped: sample.skipped,
    },
    limits: { estimate: score, ...shareLimits(share, effectiveN, method) },
  };
}
