import { describeValue } from '../core/errors/describeValue';
import { ExactAccumulator } from '../stats/exactSum';
import { raiseMetrics } from './messages';
import type { ScoreWeights } from './ScoreCounts';
import { isOnScale } from './tally';
import { isWeight, weightProblem } from './weights';

/**
 * @internal Counts scores with their survey weights in one pass: the counts, each point's
 * sum of weights and the sum of squared weights, all exact (see `exactSum`). Every weight
 * is checked, the weight of a skipped score too; a bad one is an error naming its index.
 * Scores are checked by the caller's policy: `invalid` counts those off the scale.
 */
export function tallyWeighted(
  scores: ArrayLike<number>,
  weights: unknown,
  min: number,
  max: number,
  counts: Float64Array,
  argument: string,
): { invalid: number; weights: ScoreWeights } {
  if (weights === null || typeof weights !== 'object' || typeof (weights as ArrayLike<number>).length !== 'number') {
    raiseMetrics('INVALID_WEIGHTS', [`weights must be an array of numbers, not ${describeValue(weights)}`], {
      path: ['weights'],
    });
  }
  const given = weights as ArrayLike<number>;
  if (given.length !== scores.length) {
    raiseMetrics(
      'INVALID_WEIGHTS',
      [`there are ${given.length} weights for ${scores.length} scores in ${argument}; give one weight per score`],
      { path: ['weights'] },
    );
  }
  const sums = Array.from({ length: counts.length }, () => new ExactAccumulator());
  const squares = new ExactAccumulator();
  let invalid = 0;
  for (let index = 0; index < scores.length; index++) {
    const weight = given[index] as number;
    if (typeof weight !== 'number' || !isWeight(weight)) {
      raiseMetrics('INVALID_WEIGHTS', [weightProblem(weight, index)], { path: ['weights', index] });
    }
    const value = scores[index] as number;
    if (!isOnScale(value, min, max)) {
      invalid++;
      continue;
    }
    counts[value - min] = (counts[value - min] as number) + 1;
    if (weight === 0) continue;
    (sums[value - min] as ExactAccumulator).add(weight);
    squares.addSquare(weight);
  }
  return { invalid, weights: { sums: sums.map((sum) => sum.canonical()), squares: squares.canonical() } };
}
