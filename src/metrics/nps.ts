import { checkOptions } from '../core/errors/checkOptions';
import { normalCriticalValue } from '../stats/normalCriticalValue';
import { type ConfidenceInterval, checkLevel, checkMethod, netVariance } from './intervals';
import { npsScale } from './npsScale';
import { countInBand, resolveNonEmptyCounts } from './resolveCounts';
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
}

/**
 * The result of {@link nps}. Counts are counts; shares are not rounded.
 *
 * @category Scores
 */
export interface NpsResult {
  /** The Net Promoter Score on the −100…100 scale: % promoters − % detractors. */
  readonly score: number;
  /** How many valid responses. */
  readonly n: number;
  /** How many scored 9–10. */
  readonly promoters: number;
  /** How many scored 7–8. */
  readonly passives: number;
  /** How many scored 0–6. */
  readonly detractors: number;
  /** The standard error of `score` (trinomial, plug-in), in points. */
  readonly standardError: number;
  /** The interval, in points, within −100…100. */
  readonly ci: ConfidenceInterval;
  /** How many invalid scores were left out (with `{ invalid: 'skip' }`). */
  readonly skipped: number;
}

/** @internal */
export const npsMethods: readonly NpsIntervalMethod[] = ['adjusted-wald', 'wald'];

/** @internal The interval around a net score from its counts, in points, clipped to −100…100. */
export function netScoreInterval(
  favourable: number,
  unfavourable: number,
  n: number,
  level: number,
  method: NpsIntervalMethod,
): { lower: number; upper: number } {
  const [plus, minus, size] =
    method === 'adjusted-wald' ? [favourable + 0.75, unfavourable + 0.75, n + 3] : [favourable, unfavourable, n];
  const centre = (100 * (plus - minus)) / size;
  const halfWidth = normalCriticalValue(level) * 100 * Math.sqrt(netVariance(plus, minus, size) / size);
  // A net score cannot leave −100…100; an interval reaching past it says no more than its edge.
  return { lower: Math.max(-100, centre - halfWidth), upper: Math.min(100, centre + halfWidth) };
}

/**
 * The Net Promoter Score with its margin of error: % promoters (9–10) − % detractors
 * (0–6) on the −100…100 scale, with a confidence interval so that a 3-point "drop" on 80
 * responses can be read for what it is. Accepts raw 0–10 scores in one checked pass
 * (no temporary arrays), or a counts summary.
 *
 * @param input - Scores 0–10 (`number[]`, `Uint8Array`, …) or a counts summary on `npsScale`.
 * @param options - Confidence level, interval method, invalid-score policy.
 * @returns Score, counts, standard error and interval.
 * @throws `CxError` `INVALID_SCORES` naming the first bad index; `EMPTY_SCORES`; `SCALE_MISMATCH` for counts on another scale; `INVALID_OPTION` for a bad `level` or `method`.
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
 *
 * @category Scores
 */
export function nps(input: ScoreInput, options: NpsOptions = {}): NpsResult {
  checkOptions(options, ['level', 'method', 'invalid']);
  const level = checkLevel(options.level ?? 0.95);
  const method = checkMethod(options.method ?? 'adjusted-wald', npsMethods);
  return computeNps(input, 'input', level, method, options.invalid ?? 'error');
}

/** @internal {@link nps} after its options are checked; `argument` names the input in errors. */
export function computeNps(
  input: ScoreInput,
  argument: string,
  level: number,
  method: NpsIntervalMethod,
  invalid: InvalidScorePolicy,
): NpsResult {
  const resolved = resolveNonEmptyCounts(input, npsScale, invalid, argument, true);
  const { n } = resolved;
  const promoters = countInBand(resolved, npsScale.favourable);
  const detractors = countInBand(resolved, npsScale.unfavourable as { from: number; to: number });
  return {
    score: (100 * (promoters - detractors)) / n,
    n,
    promoters,
    passives: n - promoters - detractors,
    detractors,
    standardError: 100 * Math.sqrt(netVariance(promoters, detractors, n) / n),
    ci: { ...netScoreInterval(promoters, detractors, n, level, method), level, method },
    skipped: resolved.skipped,
  };
}
