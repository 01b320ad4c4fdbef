import { checkScoreCounts } from './checkScoreCounts';
import type { ScoreCounts } from './ScoreCounts';
import { assertSameScale } from './sameScale';

/**
 * Adds two counts summaries on the same scale: associative and commutative, so shards
 * counted anywhere merge in any order to the answer of one pass.
 *
 * @param left - A counts summary.
 * @param right - Another, on the same scale.
 * @returns Their sum (skipped counts add too).
 * @throws `CxError` `SCALE_MISMATCH` naming the differing field; `INVALID_COUNTS` naming the bad part.
 *
 * @example
 * import { countScores, mergeCounts, nps, npsScale } from 'cxkit/metrics';
 *
 * const monday = countScores([10, 9, 3], npsScale);
 * const tuesday = countScores([8, 10], npsScale);
 * nps(mergeCounts(monday, tuesday)).score // => 40
 *
 * @category Counts
 */
export function mergeCounts(left: ScoreCounts, right: ScoreCounts): ScoreCounts {
  checkScoreCounts(left, 'left');
  checkScoreCounts(right, 'right');
  assertSameScale(left.scale, right.scale, ['right', 'scale']);
  return {
    kind: 'score-counts',
    scale: left.scale,
    counts: left.counts.map((count, index) => count + (right.counts[index] as number)),
    skipped: left.skipped + right.skipped,
  };
}
