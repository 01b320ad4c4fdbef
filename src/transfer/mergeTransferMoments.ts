import { raiseTransfer } from './messages';
import { addMoments, emptyMomentState, finishMoments, momentWork } from './momentState';
import { momentsFromState } from './momentsFromState';
import { readTransferMoments } from './readTransferMoments';
import type { TransferMoments } from './transferMoments';

/**
 * Combines the moments of two shards of rows into the moments of all of them, with the
 * exact pairwise formula (means weighted by the shards' weight sums; cross products
 * plus the between-shard term `W_a·W_b/W·δδᵀ`). Commutative and associative up to
 * floating-point rounding, so shards merge in any order to the summary of one pass.
 *
 * @param left - Moments of some rows.
 * @param right - Moments of other rows, of the same drivers in the same order.
 * @returns The moments of both.
 * @throws `CxError` `DRIVER_MISMATCH` (path `['right', 'drivers']`), `WEIGHTING_MISMATCH`, `INVALID_MOMENTS` naming the bad part.
 *
 * @example
 * import { mergeTransferMoments, transferMoments } from 'cxkit/transfer';
 *
 * const morning = transferMoments({ outcome: [7, 8], drivers: { responseHours: [4, 2] } });
 * const evening = transferMoments({ outcome: [9], drivers: { responseHours: [0] } });
 * const day = mergeTransferMoments(morning, evening);
 * [day.n, day.means] // => [3, [8, 2]]
 * day.crossProducts // => [[2, -4], [-4, 8]]
 *
 * @category Moments
 */
export function mergeTransferMoments(left: TransferMoments, right: TransferMoments): TransferMoments {
  const leftState = readTransferMoments(left, ['left']);
  const rightState = readTransferMoments(right, ['right']);
  if (
    left.drivers.length !== right.drivers.length ||
    left.drivers.some((name, index) => right.drivers[index] !== name)
  ) {
    raiseTransfer('DRIVER_MISMATCH', [JSON.stringify(left.drivers), JSON.stringify(right.drivers)], {
      path: ['right', 'drivers'],
    });
  }
  if (left.weighted !== right.weighted) raiseTransfer('WEIGHTING_MISMATCH', [], { path: ['right', 'weighted'] });
  const merged = emptyMomentState(leftState.size);
  const work = momentWork(leftState.size);
  for (const state of [leftState, rightState]) {
    addMoments(merged, state.n, state.weightSum, state.means, undefined, state.crossProducts, work);
  }
  return momentsFromState(finishMoments(merged), left.drivers, left.weighted, left.dropped + right.dropped);
}
