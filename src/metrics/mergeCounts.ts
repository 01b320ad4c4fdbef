import { canonicalSum } from '../stats/exactSum';
import { checkScoreCounts } from './checkScoreCounts';
import { raiseMetrics } from './messages';
import type { ScoreCounts } from './ScoreCounts';
import { assertSameScale } from './sameScale';

/**
 * Adds two counts summaries on the same scale: associative and commutative, so shards
 * counted anywhere merge in any order to the answer of one pass. Weighted summaries merge
 * too, exactly: their sums of weights are kept as exact sums, so the merged summary is the
 * same, bit for bit, in any order and from any shards.
 *
 * @param left - A counts summary.
 * @param right - Another, on the same scale.
 * @returns Their sum (skipped counts add too).
 * @throws `CxError` `SCALE_MISMATCH` naming the differing field; `INVALID_COUNTS` naming the bad part, or when one
 *   summary is weighted and the other is not.
 *
 * @example
 * import { countScores, mergeCounts, npsFromCounts, npsScale } from 'cxkit/metrics';
 *
 * const monday = countScores([10, 9, 3], npsScale);
 * const tuesday = countScores([8, 10], npsScale);
 * npsFromCounts(mergeCounts(monday, tuesday)).score // => 40
 *
 * @category Counts
 */
export function mergeCounts(left: ScoreCounts, right: ScoreCounts): ScoreCounts {
  const first = checkScoreCounts(left, 'left');
  const second = checkScoreCounts(right, 'right');
  assertSameScale(first.scale, second.scale, ['right', 'scale']);
  const merged: ScoreCounts = {
    kind: 'score-counts',
    scale: first.scale,
    counts: first.counts.map((count, index) => count + (second.counts[index] as number)),
    skipped: first.skipped + second.skipped,
  };
  if (first.weights === undefined && second.weights === undefined) return merged;
  if (first.weights === undefined || second.weights === undefined) {
    // Unweighted responses could be read as weight 1, but with weights that sum to 1 or to
    // the population that is a silent and large mistake: say so instead.
    raiseMetrics('INVALID_COUNTS', ['one summary carries survey weights and the other does not'], {
      path: [first.weights === undefined ? 'left' : 'right', 'weights'],
    });
  }
  const { sums, squares } = second.weights;
  return {
    ...merged,
    weights: {
      sums: first.weights.sums.map((sum, index) => canonicalSum([...sum, ...(sums[index] as number[])])),
      squares: canonicalSum([...first.weights.squares, ...squares]),
    },
  };
}
