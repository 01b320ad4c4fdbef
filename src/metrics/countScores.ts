import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { defineScale } from './defineScale';
import { raiseMetrics } from './messages';
import type { Scale } from './Scale';
import type { InvalidScorePolicy, ScoreCounts } from './ScoreCounts';
import { invalidIndexes, tally } from './tally';

/**
 * Options for {@link countScores} and every score function given raw scores.
 *
 * @category Counts
 */
export interface CountScoresOptions {
  /** What to do with invalid scores. Default `'error'`. */
  readonly invalid?: InvalidScorePolicy;
}

/** @internal Counts raw scores into a Float64Array; the checked core of countScores. */
export function tallyScores(
  scores: ArrayLike<number>,
  scale: Scale,
  invalid: InvalidScorePolicy,
  argument: string,
): { counts: Float64Array; skipped: number } {
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
  const invalidCount = tally(scores, scale.min, scale.max, counts);
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
  return { counts, skipped: invalidCount };
}

/**
 * Counts scores on a scale into a mergeable summary, checking every score in the
 * same pass: off the scale, fractional, `NaN`, `Infinity` or not a number is an error
 * naming the first bad indexes, or, with `{ invalid: 'skip' }`, left out and counted.
 *
 * @param scores - Scores: a `number[]`, a `Uint8Array` or any array-like of numbers.
 * @param scale - The scale, e.g. `npsScale`.
 * @param options - What to do with invalid scores.
 * @returns The counts summary.
 * @throws `CxError` `INVALID_SCORES` with `path: ['scores', index]` and `details.indexes`; `INVALID_SCALE`; `INVALID_INPUT`.
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
  const checked = defineScale(scale as never);
  const { counts, skipped } = tallyScores(scores, checked, options.invalid ?? 'error', 'scores');
  return { kind: 'score-counts', scale: checked, counts: Array.from(counts), skipped };
}
