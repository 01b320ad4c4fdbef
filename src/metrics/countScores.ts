import { checkOptions } from '../core/errors/checkOptions';
import { checkScaleOption } from './defineScale';
import type { Scale } from './Scale';
import type { InvalidScorePolicy, ScoreCounts } from './ScoreCounts';
import { tallyScores } from './tallyScores';

/**
 * Options for {@link countScores} and {@link countWeightedScores}.
 *
 * @category Counts
 */
export interface CountScoresOptions {
  /** What to do with invalid scores. Default `'error'`. */
  readonly invalid?: InvalidScorePolicy;
}

/**
 * Counts scores on a scale into a mergeable summary, checking every score in the
 * same pass: off the scale, fractional, `NaN`, `Infinity` or not a number is an error
 * naming the first bad indexes, or, with `{ invalid: 'skip' }`, left out and counted.
 *
 * @param scores - Scores: a `number[]`, a `Uint8Array` or any array-like of numbers.
 * @param scale - The scale, e.g. `npsScale`.
 * @param options - What to do with invalid scores.
 * @returns The counts summary. For survey weights, see {@link countWeightedScores}.
 * @throws `CxError` `INVALID_SCORES` with `path: ['scores', index]` and `details.indexes`; `INVALID_SCALE`;
 *   `INVALID_INPUT`.
 *
 * @example
 * import { countScores, npsScale } from 'cxkit/metrics';
 *
 * countScores([10, 9, 7, 3, 10], npsScale).counts // => [0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 2]
 * countScores([10, 11, 9.5], npsScale, { invalid: 'skip' }).skipped // => 2
 * countScores([10, 11], npsScale) // throws CxError INVALID_SCORES
 *
 * @category Counts
 */
export function countScores(scores: ArrayLike<number>, scale: Scale, options: CountScoresOptions = {}): ScoreCounts {
  checkOptions(options, ['invalid']);
  const checked = checkScaleOption(scale);
  const { counts, skipped } = tallyScores(scores, checked, options.invalid ?? 'error', 'scores');
  return { kind: 'score-counts', scale: checked, counts: Array.from(counts), skipped };
}
