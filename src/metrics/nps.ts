import { checkOptions } from '../core/errors/checkOptions';
import { normalCriticalValue } from '../stats/normalCriticalValue';
import type { SampleLimits } from './differenceInterval';
import { type ConfidenceInterval, checkLevel, checkMethod, netVariance } from './intervals';
import { npsScale } from './npsScale';
import { countInBand, massInBand, type ResolvedSample, resolveSample } from './resolveCounts';
import type { InvalidScorePolicy, ScoreInput } from './ScoreCounts';

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
 * Options for {@link nps}.
 *
 * @category Scores
 */
export interface NpsOptions {
  /** The confidence level of the interval. Default `0.95`. */
  readonly level?: number;
  /** The interval method. Default `'adjusted-wald'`. */
  readonly method?: NpsIntervalMethod;
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

/** @internal The interval around a net score from its counts, in points, clipped to −100…100. */
export function netScoreInterval(
  favorable: number,
  unfavorable: number,
  n: number,
  level: number,
  method: NpsIntervalMethod,
): { lower: number; upper: number } {
  const { center, spread } = netScoreLimits(favorable, unfavorable, n, method);
  const halfWidth = normalCriticalValue(level) * spread;
  // A net score cannot leave −100…100; an interval reaching past it says no more than its edge.
  return { lower: Math.max(-100, center - halfWidth), upper: Math.min(100, center + halfWidth) };
}

/**
 * The Net Promoter Score with its margin of error: % promoters (9–10) − % detractors
 * (0–6) on the −100…100 scale, with a confidence interval so that a 3-point "drop" on 80
 * responses can be read for what it is. Accepts raw 0–10 scores in one checked pass
 * (no temporary arrays), or a counts summary. Like every score, it needs at least two
 * responses: one answer has no spread to make an interval from.
 *
 * @param input - Scores 0–10 (`number[]`, `Uint8Array`, …) or a counts summary on `npsScale`.
 * @param options - Confidence level, interval method, invalid-score policy.
 * @returns Score, counts, standard error and interval.
 * @throws `CxError` `INVALID_SCORES` naming the first bad index; `EMPTY_SCORES`; `TOO_FEW_SCORES` (fewer than 2); `SCALE_MISMATCH` for counts on another scale; `INVALID_OPTION` for a bad `level` or `method`.
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
export function nps(input: ScoreInput, options: NpsOptions = {}): NpsScore {
  checkOptions(options, ['level', 'method', 'invalid', 'weights']);
  const level = checkLevel(options.level ?? 0.95);
  const method = checkMethod(options.method ?? 'adjusted-wald', npsMethods);
  const sample = resolveSample('nps', input, npsScale, options.invalid ?? 'error', 'input', true, options.weights);
  return npsOfSample(sample, level, method).result;
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
  // Written out, not spread: an object spread costs microseconds in V8, and series call this per period.
  const interval = netScoreInterval(plus, minus, effectiveN, level, method);
  return {
    result: {
      score,
      n,
      effectiveN,
      promoters,
      passives: n - promoters - detractors,
      detractors,
      standardError,
      ci: { lower: interval.lower, upper: interval.upper, level, method },
      skipped: sample.skipped,
    },
    limits: { estimate: score, lower: (z) => center - z * spread, upper: (z) => center + z * spread },
  };
}
