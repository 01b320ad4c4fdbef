import { assembleTransferFunction } from './assembleTransferFunction';
import type { MomentColumns } from './gatherBlock';
import { readTransferMoments } from './readTransferMoments';
import { refineWithRows } from './refineWithRows';
import { solveTransferFunction } from './solveTransferFunction';
import type { TransferFunction } from './TransferFunction';
import type { TransferMoments } from './transferMoments';

/**
 * Fits a transfer function from the moments of some rows, then refines it against the
 * same rows in one more pass (see {@link refineWithRows}). The moments may come from one
 * pass or from merged shards of the rows.
 *
 * @internal
 */
export function fitTransferFunctionWithRows(moments: TransferMoments, data: MomentColumns): TransferFunction {
  const state = readTransferMoments(moments);
  const solution = solveTransferFunction(state, moments.drivers, moments.dropped);
  return assembleTransferFunction(moments, state, refineWithRows(state, solution, data, moments.dropped));
}
