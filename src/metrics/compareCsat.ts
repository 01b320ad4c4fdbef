import { checkOptions } from '../core/errors/checkOptions';
import { normalCriticalValue } from '../stats/normalCriticalValue';
import { normalPValue } from '../stats/normalPValue';
import { computeCsat, type ShareIntervalMethod, shareMethods } from './csat';
import { csatScale } from './csatScale';
import { checkLevel, checkMethod, wilsonInterval } from './intervals';
import { isCountsSummary } from './resolveCounts';
import type { Scale } from './Scale';
import { degenerateComparison, type ScoreComparison } from './ScoreComparison';
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
 * Compares the share satisfied in two independent samples, in percentage points: the
 * difference, its interval (Newcombe's hybrid score interval by default, which behaves
 * at small n and extreme shares; or Wald), and the two-sided p-value of the pooled
 * two-proportion z-test.
 *
 * @param a - Scores or counts of the first sample.
 * @param b - Scores or counts of the second sample.
 * @param options - Scale, confidence level, method, invalid-score policy.
 * @returns The comparison, `a − b`, in percentage points.
 * @throws `CxError` as `csat` does, with paths under `a` or `b`; `SCALE_MISMATCH` when the samples' scales differ.
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
  const first = computeCsat(a, 'a', options.scale, level, method, invalid);
  // The second sample must be on the first's scale, whichever form each came in.
  const second = computeCsat(
    b,
    'b',
    options.scale ?? (isCountsSummary(a) ? a.scale : undefined) ?? csatScale,
    level,
    method,
    invalid,
  );
  const [p1, p2] = [first.satisfied / first.n, second.satisfied / second.n];
  const difference = first.score - second.score;
  const unpooled = Math.sqrt((p1 * (1 - p1)) / first.n + (p2 * (1 - p2)) / second.n);
  const pooledShare = (first.satisfied + second.satisfied) / (first.n + second.n);
  const pooled = Math.sqrt(pooledShare * (1 - pooledShare) * (1 / first.n + 1 / second.n));
  const pValue = pooled === 0 ? degenerateComparison(difference).pValue : normalPValue((p1 - p2) / pooled);
  let lower: number;
  let upper: number;
  if (method === 'wilson') {
    // Newcombe (1998), method 10: combine each sample's Wilson limits.
    const one = wilsonInterval(first.satisfied, first.n, level);
    const two = wilsonInterval(second.satisfied, second.n, level);
    lower = p1 - p2 - Math.sqrt((p1 - one.lower) ** 2 + (two.upper - p2) ** 2);
    upper = p1 - p2 + Math.sqrt((one.upper - p1) ** 2 + (p2 - two.lower) ** 2);
  } else {
    const halfWidth = normalCriticalValue(level) * unpooled;
    lower = Math.max(-1, p1 - p2 - halfWidth);
    upper = Math.min(1, p1 - p2 + halfWidth);
  }
  return {
    difference,
    standardError: 100 * unpooled,
    ci: { lower: 100 * lower, upper: 100 * upper, level, method },
    pValue,
    a: { score: first.score, n: first.n },
    b: { score: second.score, n: second.n },
  };
}
