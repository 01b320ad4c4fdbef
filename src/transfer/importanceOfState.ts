import type { DriverImportanceMethod } from './DriverImportanceMethod';
import type { MomentState } from './momentState';
import { relativeWeights } from './relativeWeights';
import { shapleyImportance } from './shapleyImportance';
import { solveTransferFunction, type TransferSolution } from './solveTransferFunction';

/**
 * Each driver's raw importance (its part of R²) from working moments, with the solution
 * it came from (for the signs of the coefficients).
 *
 * @internal
 */
export function importanceOfState(
  state: MomentState,
  drivers: readonly string[],
  dropped: number,
  method: DriverImportanceMethod,
): { raw: Float64Array; solution: TransferSolution } {
  const solution = solveTransferFunction(state, drivers, dropped);
  const { correlations, outcomeCorrelations } = solution;
  const k = drivers.length;
  const raw =
    method === 'shapley'
      ? shapleyImportance(correlations, outcomeCorrelations, k)
      : relativeWeights(correlations, outcomeCorrelations, k);
  return { raw, solution };
}
