import { CxError } from '../core/errors/CxError';
import { raiseCommon } from '../core/errors/commonMessages';
import { describeValue } from '../core/errors/describeValue';
import { invalidScoresMessage } from './messages';
import type { Scale } from './Scale';
import type { InvalidScorePolicy } from './ScoreCounts';
import { invalidIndexes, tally } from './tally';

/**
 * @internal Counts raw scores on a checked scale into a Float64Array, the checked core of
 * `countScores`, `countWeightedScores` and every score given raw scores. `count` adds the
 * scores into the counts and answers how many were invalid: the plain loop by default,
 * the weighted one for `countWeightedScores`. The messages are imported one by one, not
 * through the module's table, so that `nps` and `countScores` stay small.
 */
export function tallyScores(
  scores: ArrayLike<number>,
  scale: Scale,
  invalid: InvalidScorePolicy,
  argument: string,
  count: (counts: Float64Array) => number = (counts) => tally(scores, scale.min, scale.max, counts),
): { counts: Float64Array; skipped: number } {
  if (scores === null || typeof scores !== 'object' || typeof scores.length !== 'number') {
    raiseCommon('INVALID_INPUT', [argument, 'an array of scores', describeValue(scores)], { path: [argument] });
  }
  if (invalid !== 'error' && invalid !== 'skip') {
    raiseCommon('INVALID_OPTION', ['invalid', '"error" or "skip"', describeValue(invalid)], { path: ['invalid'] });
  }
  const counts = new Float64Array(scale.max - scale.min + 1);
  const invalidCount = count(counts);
  if (invalidCount > 0 && invalid === 'error') {
    const indexes = invalidIndexes(scores, scale.min, scale.max, 10);
    const first = indexes[0] as number;
    throw new CxError(
      'INVALID_SCORES',
      invalidScoresMessage(
        `${describeValue(scores[first])} at index ${first}`,
        `${scale.name} (${scale.min}–${scale.max})`,
        invalidCount,
      ),
      { path: [argument, first], details: { indexes, invalidCount } },
    );
  }
  return { counts, skipped: invalidCount };
}
