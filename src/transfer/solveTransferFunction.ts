import { choleskyFactor } from '../stats/choleskyFactor';
import { choleskyInverse } from '../stats/choleskyInverse';
import { choleskySolve } from '../stats/choleskySolve';
import { raiseTransfer } from './messages';
import type { MomentState } from './momentState';

/**
 * A pivot of the drivers' correlation matrix at or below this (the driver shares more
 * than 1 − 1e-10 of its variance with the drivers before it, a VIF above 1e10) is
 * treated as exact collinearity. At that point the normal equations have lost about
 * ten of their sixteen digits; R's QR in `lm` would stop at a column norm ratio of 1e-7
 * (a pivot of 1e-14) and still fit, with estimates that mean little.
 *
 * @internal
 */
export const collinearityTolerance = 1e-10;

/**
 * A column whose standard deviation is at or below this fraction of its mean's size is
 * constant to working precision: its deviations from the mean would carry fewer than
 * four significant digits (a double holds about 16), and a column of one repeated value
 * shows at most about 1e-13 of spread after rounding in the block means. Values such as
 * 1e9 ± 0.1 (a spread of 1e-10 of the mean) are well within what the centered fit resolves.
 *
 * @internal
 */
export const constantTolerance = 1e-12;

/** @internal What the solve of the normal equations gives, before statistics are added. */
export interface TransferSolution {
  readonly size: number;
  /** The drivers' correlation matrix (k × k) and the drivers' correlations with the outcome. */
  readonly correlations: Float64Array;
  readonly outcomeCorrelations: Float64Array;
  readonly lower: Float64Array;
  readonly standardized: Float64Array;
  /** R² as ‖L⁻¹r‖², and 1 − R² as the last pivot of the augmented factorization. */
  readonly explained: number;
  readonly unexplained: number;
  readonly inverseCorrelations: Float64Array;
}

function isConstant(sumOfSquares: number, weightSum: number, mean: number): boolean {
  if (sumOfSquares === 0) return true;
  return Math.sqrt(sumOfSquares / weightSum) <= constantTolerance * Math.abs(mean);
}

/** The drivers that driver `failed` is a combination of, from the rows of the factor before it. */
function combinationOf(lower: Float64Array, k: number, failed: number, drivers: readonly string[]): string[] {
  // Row `failed` of L, before the diagonal, is L₁⁻¹·r for the earlier block L₁; the
  // combination is L₁⁻ᵀ of it (back substitution).
  const combination = new Float64Array(failed);
  for (let index = 0; index < failed; index++) combination[index] = lower[failed * k + index] as number;
  for (let row = failed - 1; row >= 0; row--) {
    let sum = combination[row] as number;
    for (let inner = row + 1; inner < failed; inner++)
      sum -= (lower[inner * k + row] as number) * (combination[inner] as number);
    combination[row] = sum / (lower[row * k + row] as number);
  }
  const largest = combination.reduce((most, value) => Math.max(most, Math.abs(value)), 0);
  return drivers.slice(0, failed).filter((_name, index) => Math.abs(combination[index] as number) > 1e-6 * largest);
}

/**
 * Solves the normal equations of a transfer function from its moments: checks rows,
 * constant columns, collinearity (naming the drivers) and a perfect fit, then factors
 * the drivers' correlation matrix by Cholesky. Working on correlations rather than raw
 * cross products makes every diagonal 1, so one pivot tolerance fits drivers of any unit.
 *
 * @internal
 */
export function solveTransferFunction(
  state: MomentState,
  drivers: readonly string[],
  dropped: number,
): TransferSolution {
  const size = state.size;
  const k = size - 1;
  const cross = state.crossProducts;
  if (state.n < k + 2) raiseTransfer('TOO_FEW_ROWS', [state.n, k + 1, dropped], { path: [] });
  const constant = drivers.filter((_name, index) =>
    isConstant(cross[(index + 1) * size + index + 1] as number, state.weightSum, state.means[index + 1] as number),
  );
  if (constant.length > 0) {
    raiseTransfer('CONSTANT_DRIVER', [constant], {
      path: ['drivers', constant[0] as string],
      details: { drivers: constant },
    });
  }
  if (isConstant(cross[0] as number, state.weightSum, state.means[0] as number)) {
    raiseTransfer('CONSTANT_OUTCOME', [], { path: ['outcome'] });
  }
  const scale = new Float64Array(size);
  for (let index = 0; index < size; index++) scale[index] = Math.sqrt(cross[index * size + index] as number);
  const correlations = new Float64Array(k * k);
  const outcomeCorrelations = new Float64Array(k);
  for (let row = 0; row < k; row++) {
    outcomeCorrelations[row] = (cross[row + 1] as number) / ((scale[0] as number) * (scale[row + 1] as number));
    for (let column = 0; column < k; column++) {
      correlations[row * k + column] =
        row === column
          ? 1
          : (cross[(row + 1) * size + column + 1] as number) /
            ((scale[row + 1] as number) * (scale[column + 1] as number));
    }
  }
  const { lower, failedAt } = choleskyFactor(correlations, k, collinearityTolerance);
  if (failedAt >= 0) {
    const name = drivers[failedAt] as string;
    const others = combinationOf(lower, k, failedAt, drivers);
    raiseTransfer('COLLINEAR_DRIVERS', [name, others, String(collinearityTolerance)], {
      path: ['drivers', name],
      details: { driver: name, combinationOf: others },
    });
  }
  // The augmented pivot 1 − ‖L⁻¹r‖² is 1 − R², computed without forming R².
  const solvedForward = new Float64Array(k);
  for (let row = 0; row < k; row++) {
    let sum = outcomeCorrelations[row] as number;
    for (let inner = 0; inner < row; inner++)
      sum -= (lower[row * k + inner] as number) * (solvedForward[inner] as number);
    solvedForward[row] = sum / (lower[row * k + row] as number);
  }
  let explained = 0;
  for (let index = 0; index < k; index++) explained += (solvedForward[index] as number) ** 2;
  const unexplained = 1 - explained;
  if (!(unexplained > collinearityTolerance))
    raiseTransfer('PERFECT_FIT', [String(collinearityTolerance)], { path: ['outcome'] });
  return {
    size,
    correlations,
    outcomeCorrelations,
    lower,
    standardized: choleskySolve(lower, k, outcomeCorrelations),
    explained,
    unexplained,
    inverseCorrelations: choleskyInverse(lower, k),
  };
}
