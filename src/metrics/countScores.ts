import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { defineScale } from './defineScale';
import { raiseMetrics } from './messages';
import type { Scale } from './Scale';
import type { InvalidScorePolicy, ScoreCounts, ScoreWeights } from './ScoreCounts';
import { invalidIndexes, tally } from './tally';
import { tallyWeighted } from './tallyWeighted';

/**
 * Options for {@link countScores} and every score function given raw scores.
 *
 * @category Counts
 */
export interface CountScoresOptions {
  /** What to do with invalid scores. Default `'error'`. */
  readonly invalid?: InvalidScorePolicy;
  /**
   * Survey weights, one per score (`weights[i]` is how many customers the i-th answer
   * stands for, or its design or raking weight): 0, or a number from 1e-15 to 1e15. The
   * summary then carries their exact sums, and every score computed from it is weighted,
   * with Kish's effective sample size behind its interval. Default: unweighted.
   */
  readonly weights?: ArrayLike<number>;
}

/** @internal Counts raw scores into a Float64Array; the checked core of countScores. */
export function tallyScores(
  scores: ArrayLike<number>,
  scale: Scale,
  invalid: InvalidScorePolicy,
  argument: string,
  weights?: unknown,
): { counts: Float64Array; skipped: number; weights?: ScoreWeights } {
  if (scores === null || typeof scores !== 'object' || typeof scores.length !== 'number') {
    raiseMetrics('INVALID_INPUT', [argument, 'an array of scores or a counts summary', describeValue(scores)], {
      path: [argument],
    });
  }
  if (invalid !== 'error' && invalid !== 'skip') {
    raiseMetrics('INVALID_OPTION', ['invalid', '"error" or "skip"', describeValue(invalid)], {
      path: ['invalid'],
    });
  }
  const counts = new Float64Array(scale.max - scale.min + 1);
  const weighted =
    weights === undefined ? undefined : tallyWeighted(scores, weights, scale.min, scale.max, counts, argument);
  const invalidCount = weighted === undefined ? tally(scores, scale.min, scale.max, counts) : weighted.invalid;
  if (invalidCount > 0 && invalid === 'error') {
    const indexes = invalidIndexes(scores, scale.min, scale.max, 10);
    const first = indexes[0] as number;
    raiseMetrics(
      'INVALID_SCORES',
      [`${describeValue(scores[first])} at index ${first}`, `${scale.name} (${scale.min}–${scale.max})`, invalidCount],
      {
        path: [argument, first],
        details: { indexes, invalidCount },
      },
    );
  }
  return weighted === undefined
    ? { counts, skipped: invalidCount }
    : { counts, skipped: invalidCount, weights: weighted.weights };
}

/**
 * Counts scores on a scale into a mergeable summary, checking every score in the
 * same pass: off the scale, fractional, `NaN`, `Infinity` or not a number is an error
 * naming the first bad indexes, or, with `{ invalid: 'skip' }`, left out and counted.
 *
 * @param scores - Scores: a `number[]`, a `Uint8Array` or any array-like of numbers.
 * @param scale - The scale, e.g. `npsScale`.
 * @param options - What to do with invalid scores; survey weights.
 * @returns The counts summary (with `weights` when weights were given).
 * @throws `CxError` `INVALID_SCORES` with `path: ['scores', index]` and `details.indexes`; `INVALID_WEIGHTS` with
 *   `path: ['weights', index]`; `INVALID_SCALE`; `INVALID_INPUT`.
 *
 * @example
 * import { countScores, npsScale } from 'cxkit/metrics';
 *
 * countScores([10, 9, 7, 3, 10], npsScale).counts // => [0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 2]
 * countScores([10, 11, 9.5], npsScale, { invalid: 'skip' }).skipped // => 2
 * countScores([10, 11], npsScale) // throws CxError INVALID_SCORES
 * countScores([10, 3], npsScale, { weights: [1.5, 0.5] }).weights?.sums[10] // => [1.5]
 *
 * @category Counts
 */
export function countScores(scores: ArrayLike<number>, scale: Scale, options: CountScoresOptions = {}): ScoreCounts {
  checkOptions(options, ['invalid', 'weights']);
  const checked = defineScale(scale as never);
  const { counts, skipped, weights } = tallyScores(
    scores,
    checked,
    options.invalid ?? 'error',
    'scores',
    options.weights,
  );
  const summary: ScoreCounts = { kind: 'score-counts', scale: checked, counts: Array.from(counts), skipped };
  return weights === undefined ? summary : { ...summary, weights };
}
