import { checkOptions } from '../core/errors/checkOptions';
import { normalCriticalValue } from '../stats/normalCriticalValue';
import { csatScale } from './csatScale';
import { type ConfidenceInterval, checkLevel, checkMethod, wilsonInterval } from './intervals';
import { countInBand, resolveNonEmptyCounts } from './resolveCounts';
import type { Scale } from './Scale';
import type { InvalidScorePolicy, ScoreInput } from './ScoreCounts';
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
 * Options for {@link csat}.
 *
 * @category Scores
 */
export interface CsatOptions {
  /** The scale. Default `csatScale` (1–5, satisfied = 4–5), or the scale of the counts given. */
  readonly scale?: Scale;
  /** The confidence level. Default `0.95`. */
  readonly level?: number;
  /** The interval method. Default `'wilson'`. */
  readonly method?: ShareIntervalMethod;
  /** What to do with invalid raw scores. Default `'error'`. */
  readonly invalid?: InvalidScorePolicy;
}

/**
 * The result of {@link csat}.
 *
 * @category Scores
 */
export interface CsatResult {
  /** The share of satisfied responses, in percent (0–100). */
  readonly score: number;
  readonly n: number;
  /** How many responses fell in the scale's favourable band. */
  readonly satisfied: number;
  /** The mean score on the scale. */
  readonly mean: number;
  /** The standard error of `score`, in percentage points. */
  readonly standardError: number;
  /** The interval for `score`, in percent. */
  readonly ci: ConfidenceInterval;
  readonly skipped: number;
}

/** @internal */
export const shareMethods: readonly ShareIntervalMethod[] = ['wilson', 'wald'];

/** @internal The interval for a share in percent. */
export function shareInterval(
  successes: number,
  n: number,
  level: number,
  method: ShareIntervalMethod,
): { lower: number; upper: number } {
  if (method === 'wilson') {
    const { lower, upper } = wilsonInterval(successes, n, level);
    return { lower: 100 * lower, upper: 100 * upper };
  }
  const share = successes / n;
  const halfWidth = normalCriticalValue(level) * Math.sqrt((share * (1 - share)) / n);
  return { lower: 100 * Math.max(0, share - halfWidth), upper: 100 * Math.min(1, share + halfWidth) };
}

/**
 * Customer satisfaction: the share of responses in the scale's favourable band
 * (top-2-box on the default 1–5 scale), in percent, with its interval and the mean.
 *
 * @param input - Raw scores or a counts summary.
 * @param options - Scale, confidence level, interval method, invalid-score policy.
 * @returns Score (percent satisfied), counts, mean, standard error and interval.
 * @throws `CxError` `INVALID_SCORES`; `EMPTY_SCORES`; `SCALE_MISMATCH`; `INVALID_OPTION` for a bad `level` or `method`.
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
export function csat(input: ScoreInput, options: CsatOptions = {}): CsatResult {
  checkOptions(options, ['scale', 'level', 'method', 'invalid']);
  const level = checkLevel(options.level ?? 0.95);
  const method = checkMethod(options.method ?? 'wilson', shareMethods);
  return computeCsat(input, 'input', options.scale, level, method, options.invalid ?? 'error');
}

/** @internal {@link csat} after its options are checked; `argument` names the input in errors. */
export function computeCsat(
  input: ScoreInput,
  argument: string,
  scale: Scale | undefined,
  level: number,
  method: ShareIntervalMethod,
  invalid: InvalidScorePolicy,
): CsatResult {
  const resolved = resolveNonEmptyCounts(input, scale ?? csatScale, invalid, argument, scale !== undefined);
  const { n } = resolved;
  const satisfied = countInBand(resolved, resolved.scale.favourable);
  const share = satisfied / n;
  return {
    score: 100 * share,
    n,
    satisfied,
    mean: scaleStatistics(resolved, n).mean,
    standardError: 100 * Math.sqrt((share * (1 - share)) / n),
    ci: { ...shareInterval(satisfied, n, level, method), level, method },
    skipped: resolved.skipped,
  };
}
