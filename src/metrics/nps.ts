import { checkOptions } from '../core/errors/checkOptions';
import { normalCriticalValue } from '../stats/normalCriticalValue';
import type { SampleLimits } from './differenceInterval';
import { type ConfidenceInterval, checkLevel, checkMethod, netVariance } from './intervals';
import { npsScale } from './npsScale';
import {
  countInBand,
  massInBand,
  type ResolvedSample,
  resolveSample,
  sampleOfCounts,
  sampleOfScores,
} from './resolveCounts';
import type { InvalidScorePolicy, ScoreCounts, ScoreInput } from './ScoreCounts';

/**
 * How {@link nps} computes its interval.
 *
 * - `'adjusted-wald'` (default): add ¾ of a response to the promoters, ¾ to the
 *   detractors and 3 to n, then use the trinomial variance (Rocks 2016, *The American
 *   Statistician*; Lewis & Sauro 2021). It keeps close to its nominal coverage at small
 *   n and when nearly everyone is a promoter or a detractor, where `'wald'` shrinks to a
 *   point.
 * - `'wald'`: the score ± z·standard error, with the trinomial variance
 *   `(p₊ + p₋ − (p₊ − p₋)²) / n`. Fine for large samples with mixed answers.
 *
 * @category Scores
 */
export type NpsIntervalMethod = 'adjusted-wald' | 'wald';

/**
 * Options for {@link npsFromCounts}.
 *
 * @category Scores
 */
export interface NpsFromCountsOptions {
  /** The confidence level of the interval. Default `0.95`. */
  readonly level?: number;
  /** The interval method. Default `'adjusted-wald'`. */
  readonly method?: NpsIntervalMethod;
}

/**
 * Options for {@link nps}.
 *
 * @category Scores
 */
export interface NpsOptions extends NpsFromCountsOptions {
  /** What to do with invalid scores. Default `'error'`. */
  readonly invalid?: InvalidScorePolicy;
}

/**
 * The result of {@link nps}. Counts are counts; shares are not rounded.
 *
 * @category Scores
 */
export interface NpsScore {
  /** The Net Promoter Score on the −100…100 scale: % promoters − % detractors. */
  readonly score: number;
  /** How many valid responses. */
  readonly n: number;
  /**
   * The effective sample size the interval uses: `n` without weights; with survey weights,
   * Kish's (Σw)² / Σw² — how many unweighted responses would give the same precision.
   */
  readonly effectiveN: number;
  /** How many scored 9–10 (responses, not weights). */
  readonly promoters: number;
  /** How many scored 7–8. */
  readonly passives: number;
  /** How many scored 0–6. */
  readonly detractors: number;
  /** The standard error of `score` (trinomial, plug-in, over `effectiveN`), in points, whatever the interval method. */
  readonly standardError: number;
  /** The interval, in points, within −100…100. */
  readonly ci: ConfidenceInterval;
  /** How many invalid scores were left out (with `{ invalid: 'skip' }`). */
  readonly skipped: number;
}

/** @internal */
export const npsMethods: readonly NpsIntervalMethod[] = ['adjusted-wald', 'wald'];

/**
 * @internal A net score's interval as `center ± z·spread`, in points, from its
 * (effective) counts: the adjusted Wald adds ¾ to each side and 3 to n first.
 */
export function netScoreLimits(
  favorable: number,
  unfavorable: number,
  n: number,
  method: NpsIntervalMethod,
): { center: number; spread: number } {
  const [plus, minus, size] =
    method === 'adjusted-wald' ? [favorable + 0.75, unfavorable + 0.75, n + 3] : [favorable, unfavorable, n];
  return { center: (100 * (plus - minus)) / size, spread: 100 * Math.sqrt(netVariance(plus, minus, size) / size) };
}

/**
 * The Net Promoter Score with its margin of error: % promoters (9–10) − % detractors
 * (0–6) on the −100…100 scale, with a confidence interval so that a 3-point "drop" on 80
 * responses can be read for what it is. Counts raw 0–10 scores in one checked pass (no
 * temporary arrays). Like every score, it needs at least two responses: one answer has no
 * spread to make an interval from. For a counts summary — merged shards, SQL counts,
 * survey weights — use {@link npsFromCounts}.
 *
 * @param scores - Scores 0–10 (`number[]`, `Uint8Array`, …).
 * @param options - Confidence level, interval method, invalid-score policy.
 * @returns Score, counts, standard error and interval.
 * @throws `CxError` `INVALID_SCORES` naming the first bad index; `EMPTY_SCORES`; `TOO_FEW_SCORES` (fewer than 2);
 *   `INVALID_INPUT` for anything but an array of scores; `INVALID_OPTION` for a bad `level`, `method` or `invalid`.
 *
 * @example
 * import { nps } from 'cxkit/metrics';
 *
 * const result = nps([10, 9, 9, 8, 7, 6, 3, 10]);
 * result.score // => 25
 * [result.promoters, result.passives, result.detractors] // => [4, 2, 2]
 * result.ci.method // => 'adjusted-wald'
 * result.ci.lower < 25 && 25 < result.ci.upper // => true
 * nps([]) // throws CxError EMPTY_SCORES
 * nps([10]) // throws CxError TOO_FEW_SCORES
 *
 * @category Scores
 */
export function nps(scores: ArrayLike<number>, options: NpsOptions = {}): NpsScore {
  checkOptions(options, ['level', 'method', 'invalid']);
  const level = checkLevel(options.level ?? 0.95);
  const method = checkMethod(options.method ?? 'adjusted-wald', npsMethods);
  const sample = sampleOfScores('nps', scores, npsScale, options.invalid ?? 'error', 'npsFromCounts');
  return npsOfSample(sample, level, method).result;
}

/**
 * The Net Promoter Score of a counts summary — from {@link countScores},
 * {@link countWeightedScores}, {@link mergeCounts}, a SQL `GROUP BY score` or JSON — with
 * its margin of error, as {@link nps} computes it from raw scores. The summary is checked
 * whole (it may come from anywhere) and must be on `npsScale`. With survey weights the
 * score and shares are weighted and the interval uses Kish's effective sample size
 * (Σw)² / Σw²; the counts of promoters, passives and detractors stay counts of responses.
 *
 * @param counts - A counts summary on `npsScale`.
 * @param options - Confidence level, interval method.
 * @returns Score, counts, standard error and interval.
 * @throws `CxError` `INVALID_COUNTS` naming the field; `SCALE_MISMATCH`; `EMPTY_SCORES`; `TOO_FEW_SCORES` (fewer
 *   than 2, or an effective sample size below 2); `INVALID_WEIGHTS`; `INVALID_OPTION`.
 *
 * @example
 * import { countScores, mergeCounts, npsFromCounts, npsScale } from 'cxkit/metrics';
 *
 * const march = countScores([10, 9, 7, 3], npsScale);
 * const april = countScores([10, 10, 8, 6], npsScale);
 * const spring = npsFromCounts(mergeCounts(march, april));
 * spring.score // => 25
 * spring.n // => 8
 * npsFromCounts(countScores([5, 4], { ...npsScale, name: 'other' })) // throws CxError SCALE_MISMATCH
 *
 * @category Scores
 */
export function npsFromCounts(counts: ScoreCounts, options: NpsFromCountsOptions = {}): NpsScore {
  checkOptions(options, ['level', 'method']);
  const level = checkLevel(options.level ?? 0.95);
  const method = checkMethod(options.method ?? 'adjusted-wald', npsMethods);
  return npsOfSample(sampleOfCounts('nps', counts, npsScale, 'counts', true), level, method).result;
}

/** @internal {@link nps} of one sample of a comparison, with its limits; `argument` names it in errors. */
export function measureNps(
  input: ScoreInput,
  argument: string,
  level: number,
  method: NpsIntervalMethod,
  invalid: InvalidScorePolicy,
): { result: NpsScore; limits: SampleLimits } {
  return npsOfSample(resolveSample('nps', input, npsScale, invalid, argument, true), level, method);
}

/** @internal The NPS of a checked sample, with its limits for a comparison. */
export function npsOfSample(
  sample: ResolvedSample,
  level: number,
  method: NpsIntervalMethod,
): { result: NpsScore; limits: SampleLimits } {
  const { n, effectiveN, totalMass } = sample;
  const favorableBand = npsScale.favorable;
  const unfavorableBand = npsScale.unfavorable as { from: number; to: number };
  const promoters = countInBand(sample, favorableBand);
  const detractors = countInBand(sample, unfavorableBand);
  const favorableMass = massInBand(sample, favorableBand);
  const unfavorableMass = massInBand(sample, unfavorableBand);
  // The interval's counts: the weighted shares of an effective sample (the counts themselves unweighted).
  const scaling = effectiveN / totalMass;
  const plus = favorableMass * scaling;
  const minus = unfavorableMass * scaling;
  const score = (100 * (favorableMass - unfavorableMass)) / totalMass;
  const standardError = 100 * Math.sqrt(netVariance(plus, minus, effectiveN) / effectiveN);
  const { center, spread } = netScoreLimits(plus, minus, effectiveN, method);
  const halfWidth = normalCriticalValue(level) * spread;
  return {
    result: {
      score,
      n,
      effectiveN,
      promoters,
      passives: n - promoters - detractors,
      detractors,
      standardError,
      // A net score cannot leave −100…100; an interval reaching past it says no more than its edge.
      ci: { lower: Math.max(-100, center - halfWidth), upper: Math.min(100, center + halfWidth), level, method },
      skipped: sample.skipped,
    },
    limits: { estimate: score, lower: (z) => center - z * spread, upper: (z) => center + z * spread },
  };
}
