import { checkOptions } from '../core/errors/checkOptions';
import { normalCriticalValue } from '../stats/normalCriticalValue';
import { normalPValue } from '../stats/normalPValue';
import { checkLevel, checkMethod, netVariance } from './intervals';
import { computeNps, type NpsIntervalMethod, type NpsResult, npsMethods } from './nps';
import { degenerateComparison, type ScoreComparison } from './ScoreComparison';
import type { InvalidScorePolicy, ScoreInput } from './ScoreCounts';

/**
 * Options for {@link compareNps}.
 *
 * @category Comparisons
 */
export interface CompareNpsOptions {
  /** The confidence level. Default `0.95`. */
  readonly level?: number;
  /** `'adjusted-wald'` (default: each sample adjusted as in {@link nps}) or `'wald'`. */
  readonly method?: NpsIntervalMethod;
  /** What to do with invalid raw scores. Default `'error'`. */
  readonly invalid?: InvalidScorePolicy;
}

/**
 * Compares the Net Promoter Scores of two independent samples (two periods, two
 * segments): the difference in points, its interval, and a two-sided p-value. The test
 * statistic is the (adjusted) difference over its standard error — the variances of the
 * two trinomial samples add — so the p-value is below `1 − level` exactly when the
 * interval leaves out 0.
 *
 * @param a - Scores or counts of the first sample.
 * @param b - Scores or counts of the second sample.
 * @param options - Confidence level, method, invalid-score policy.
 * @returns The comparison, `a − b`.
 * @throws `CxError` as `nps` does, with paths under `a` or `b`.
 *
 * @example
 * import { compareNps, countScores, npsScale } from 'cxkit/metrics';
 *
 * // 80 responses each: 30/30/20 then 27/30/23 promoters/passives/detractors.
 * const before = countScores([...Array(30).fill(10), ...Array(30).fill(8), ...Array(20).fill(3)], npsScale);
 * const after = countScores([...Array(27).fill(10), ...Array(30).fill(8), ...Array(23).fill(3)], npsScale);
 * const change = compareNps(after, before);
 * change.difference // => -7.5
 * change.pValue > 0.05 // => true
 *
 * @category Comparisons
 */
export function compareNps(a: ScoreInput, b: ScoreInput, options: CompareNpsOptions = {}): ScoreComparison {
  checkOptions(options, ['level', 'method', 'invalid']);
  const level = checkLevel(options.level ?? 0.95);
  const method = checkMethod(options.method ?? 'adjusted-wald', npsMethods);
  const invalid = options.invalid ?? 'error';
  const first = computeNps(a, 'a', level, method, invalid);
  const second = computeNps(b, 'b', level, method, invalid);
  const adjustment = method === 'adjusted-wald' ? 0.75 : 0;
  const side = (sample: NpsResult) => {
    const plus = sample.promoters + adjustment;
    const minus = sample.detractors + adjustment;
    const size = sample.n + 4 * adjustment;
    return { centre: (100 * (plus - minus)) / size, variance: (100 * 100 * netVariance(plus, minus, size)) / size };
  };
  const left = side(first);
  const right = side(second);
  const centre = left.centre - right.centre;
  const standardError = Math.sqrt(left.variance + right.variance);
  const difference = first.score - second.score;
  const { pValue, lower, upper } =
    standardError === 0
      ? degenerateComparison(difference)
      : {
          pValue: normalPValue(centre / standardError),
          lower: centre - normalCriticalValue(level) * standardError,
          upper: centre + normalCriticalValue(level) * standardError,
        };
  return {
    difference,
    standardError,
    ci: { lower: Math.max(-200, lower), upper: Math.min(200, upper), level, method },
    pValue,
    a: { score: first.score, n: first.n },
    b: { score: second.score, n: second.n },
  };
}
