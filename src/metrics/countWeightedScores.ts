import { checkOptions } from '../core/errors/checkOptions';
import type { CountScoresOptions } from './countScores';
import { checkScaleOption } from './defineScale';
import type { Scale } from './Scale';
import type { ScoreCounts, ScoreWeights } from './ScoreCounts';
import { tallyScores } from './tallyScores';
import { tallyWeighted } from './tallyWeighted';

/**
 * Counts scores with their survey weights into a mergeable summary: as
 * {@link countScores}, and the summary also carries the weights' exact sums, so every
 * score computed from it ({@link npsFromCounts}, {@link csatFromCounts},
 * {@link cesFromCounts}, the comparisons) is weighted, with Kish's effective sample size
 * (Σw)² / Σw² behind its interval. Kept apart from `countScores` so that code that never
 * weighs does not carry the exact sums.
 *
 * @param scores - Scores: a `number[]`, a `Uint8Array` or any array-like of numbers.
 * @param weights - One weight per score: how many customers the answer stands for, or its
 *   design or raking weight; 0, or a number from 1e-15 to 1e15. The weight of a skipped score is checked too.
 * @param scale - The scale, e.g. `npsScale`.
 * @param options - What to do with invalid scores.
 * @returns The counts summary, with `weights`.
 * @throws `CxError` `INVALID_WEIGHTS` with `path: ['weights', index]`; `INVALID_SCORES` with `path: ['scores', index]`;
 *   `INVALID_SCALE`; `INVALID_INPUT`.
 *
 * @example
 * import { countWeightedScores, npsFromCounts, npsScale } from 'cxkit/metrics';
 *
 * const summary = countWeightedScores([10, 3, 9, 8], [1.5, 0.5, 1, 1], npsScale);
 * summary.counts[10] // => 1
 * summary.weights.sums[10] // => [1.5]
 * // Promoters weigh 2.5 of 4, detractors 0.5: (2.5 − 0.5) / 4 = 50 points.
 * npsFromCounts(summary).score // => 50
 * countWeightedScores([10, 3], [1], npsScale) // throws CxError INVALID_WEIGHTS
 *
 * @category Counts
 */
export function countWeightedScores(
  scores: ArrayLike<number>,
  weights: ArrayLike<number>,
  scale: Scale,
  options: CountScoresOptions = {},
): ScoreCounts & { readonly weights: ScoreWeights } {
  checkOptions(options, ['invalid']);
  const checked = checkScaleOption(scale);
  let weighted: ScoreWeights | undefined;
  const { counts, skipped } = tallyScores(scores, checked, options.invalid ?? 'error', 'scores', (into) => {
    const tallied = tallyWeighted(scores, weights, checked.min, checked.max, into, 'scores');
    weighted = tallied.weights;
    return tallied.invalid;
  });
  return {
    kind: 'score-counts',
    scale: checked,
    counts: Array.from(counts),
    skipped,
    weights: weighted as ScoreWeights,
  };
}
