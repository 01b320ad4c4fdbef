import type { MomentState } from './momentState';
import type { TransferMoments } from './transferMoments';

/** @internal The plain-JSON moments of a working state. */
export function momentsFromState(
  state: MomentState,
  drivers: readonly string[],
  weighted: boolean,
  dropped: number,
): TransferMoments {
  const size = state.size;
  const crossProducts: number[][] = [];
  for (let row = 0; row < size; row++) {
    crossProducts.push(Array.from(state.crossProducts.subarray(row * size, (row + 1) * size)));
  }
  return {
    kind: 'transfer-moments',
    drivers: [...drivers],
    weighted,
    n: state.n,
    weightSum: state.weightSum,
    dropped,
    means: Array.from(state.means),
    crossProducts,
  };
}
