import { describeValue } from '../core/errors/describeValue';
import { raiseTransfer } from './messages';
import type { MomentState } from './momentState';
import { readTransferMoments } from './readTransferMoments';
import type { TransferFunction } from './TransferFunction';
import type { TransferMoments } from './transferMoments';

/**
 * Reads a fitted transfer function or its moments into the moments' working form, for
 * the functions that accept either.
 *
 * @internal
 */
export function readFitSource(source: TransferFunction | TransferMoments): {
  state: MomentState;
  moments: TransferMoments;
} {
  if (typeof source === 'object' && source !== null && source.kind === 'transfer-function') {
    return { state: readTransferMoments(source.moments, ['moments']), moments: source.moments };
  }
  if (typeof source === 'object' && source !== null && source.kind === 'transfer-moments') {
    return { state: readTransferMoments(source), moments: source };
  }
  return raiseTransfer(
    'INVALID_INPUT',
    ['input', 'a transfer function, transfer moments or rows { outcome, drivers }', describeValue(source)],
    {
      path: [],
    },
  );
}
