import { choleskySolve } from '../stats/choleskySolve';
import type { MomentState } from './momentState';
import type { TransferSolution } from './solveTransferFunction';

/**
 * The numbers a transfer function's statistics are built from, whichever way they were
 * computed: from the moments alone, or refined against the rows.
 *
 * @internal
 */
export interface TransferEstimates {
  /** The coefficients, in the drivers' units. */
  readonly slopes: Float64Array;
  /**
   * The inverse of the drivers' correlation matrix (k × k): the coefficients'
   * covariance is σ̂²·D⁻¹·this·D⁻¹, D the drivers' root sums of squares in the moments.
   */
  readonly inverseCorrelations: Float64Array;
  /** Σw·(y − ŷ)²: the residual sum of squares. */
  readonly residualSumOfSquares: number;
  /** Σw·(ŷ − mean ŷ)²: the explained sum of squares. */
  readonly explainedSumOfSquares: number;
  /** The intercept is `mean(y) − Σ bⱼ·mean(xⱼ)` plus this: the residuals' mean, when the rows were read. */
  readonly interceptShift: number;
  /** (XcᵀWXc)⁻¹·x̄ in the drivers' units, x̄ the drivers' means: Cov(b₀, b) = −σ̂²·this. */
  readonly meanSolution: Float64Array;
  /** x̄ᵀ·(XcᵀWXc)⁻¹·x̄: Var(b₀) = σ̂²·(1/W + this). */
  readonly meanQuadratic: number;
}

/**
 * The estimates the moments give on their own: the Cholesky solution on the correlation
 * scale, and 1 − R² as the last pivot of the factor augmented with the outcome.
 *
 * @internal
 */
export function estimatesFromMoments(state: MomentState, solution: TransferSolution): TransferEstimates {
  const { size, standardized, explained, unexplained, inverseCorrelations, lower } = solution;
  const k = size - 1;
  const cross = state.crossProducts;
  const outcomeSquares = cross[0] as number;
  const outcomeScale = Math.sqrt(outcomeSquares);
  const slopes = new Float64Array(k);
  const scaledMeans = new Float64Array(k);
  for (let index = 0; index < k; index++) {
    const scale = Math.sqrt(cross[(index + 1) * size + index + 1] as number);
    slopes[index] = ((standardized[index] as number) * outcomeScale) / scale;
    scaledMeans[index] = (state.means[index + 1] as number) / scale;
  }
  // x̄ᵀ·C⁻¹·x̄ = ‖L⁻¹·D⁻¹x̄‖², a sum of squares, with C = D·L·Lᵀ·D.
  const forward = new Float64Array(k);
  let meanQuadratic = 0;
  for (let row = 0; row < k; row++) {
    let sum = scaledMeans[row] as number;
    for (let inner = 0; inner < row; inner++) sum -= (lower[row * k + inner] as number) * (forward[inner] as number);
    const value = sum / (lower[row * k + row] as number);
    forward[row] = value;
    meanQuadratic += value * value;
  }
  const meanSolution = choleskySolve(lower, k, scaledMeans);
  for (let index = 0; index < k; index++) {
    meanSolution[index] = (meanSolution[index] as number) / Math.sqrt(cross[(index + 1) * size + index + 1] as number);
  }
  return {
    slopes,
    inverseCorrelations,
    residualSumOfSquares: outcomeSquares * unexplained,
    explainedSumOfSquares: outcomeSquares * explained,
    interceptShift: 0,
    meanSolution,
    meanQuadratic,
  };
}
