import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { accumulateMoments } from './accumulateMoments';
import type { MomentColumns } from './gatherBlock';
import { raiseTransfer } from './messages';
import { momentsFromState } from './momentsFromState';
import { readTransferInput } from './readTransferInput';
import type { TransferInput, TransferMomentsOptions } from './TransferInput';
import type { TransferMoments } from './transferMoments';

/**
 * Checks a transfer input and its options and summarizes the rows in one pass: the
 * moments, and the checked columns for a later pass over the same rows.
 *
 * @internal
 */
export function summarizeInput(
  input: TransferInput,
  options: TransferMomentsOptions,
): { moments: TransferMoments; data: MomentColumns } {
  checkOptions(options, ['missing']);
  const missing = options.missing ?? 'error';
  if (missing !== 'error' && missing !== 'drop') {
    raiseTransfer('INVALID_OPTION', ['missing', '"error" or "drop"', describeValue(missing)], {
      path: ['missing'],
    });
  }
  const { data, drivers } = readTransferInput(input);
  const { state, dropped } = accumulateMoments(data, missing === 'drop');
  if (!state.crossProducts.every(Number.isFinite) || !state.means.every(Number.isFinite)) {
    raiseTransfer('VALUES_TOO_LARGE', [], { path: [] });
  }
  return { moments: momentsFromState(state, drivers, data.weights !== undefined, dropped), data };
}
