import { blockRows, gatherCareful, gatherFast, gatherWeights, type MomentColumns } from './gatherBlock';

/**
 * What one pass over the rows gives at a trial solution, with every driver taken
 * relative to the given means (x̃ = x − m) and w the row weight (1 when unweighted):
 * the fitted values f = Σ bⱼx̃ⱼ and residuals r = ỹ − f, and optionally some linear
 * combinations q = Uᵀx̃ of the drivers (the directions in which the moments alone are
 * not accurate enough). The sums are raw (about the given means); the caller centers
 * them exactly with the `…Sum` fields.
 *
 * @internal
 */
export interface RowSums {
  /** Σw over the rows read. */
  readonly weightSum: number;
  /** Σw·r and Σw·r². */
  readonly residualSum: number;
  readonly residualSquares: number;
  /** Σw·f and Σw·f². */
  readonly fittedSum: number;
  readonly fittedSquares: number;
  /** Σw·x̃ⱼ, one per driver. */
  readonly driverSums: Float64Array;
  /** Σw·x̃ⱼ·r, one per driver: the gradient that refines the coefficients. */
  readonly gradient: Float64Array;
  /** Σw·qₛ, one per direction. */
  readonly directionSums: Float64Array;
  /** Σw·qₛ·qₜ, `directions × directions`, row-major. */
  readonly directionProducts: Float64Array;
  /** Σw·x̃ⱼ·qₛ, `drivers × directions`, row-major. */
  readonly driverDirectionProducts: Float64Array;
}

/**
 * The block's fitted values `f = Σ bⱼ·(xⱼ − mⱼ)` for rows `from…to` of the views, four
 * drivers at a time so that each fitted value is loaded and stored once per four.
 */
function blockFitted(
  views: readonly Float64Array[],
  from: number,
  to: number,
  means: Float64Array,
  slopes: Float64Array,
  fitted: Float64Array,
): void {
  const drivers = views.length - 1;
  fitted.fill(0, 0, to - from);
  let driver = 0;
  for (; driver + 3 < drivers; driver += 4) {
    const column0 = views[driver + 1] as Float64Array;
    const column1 = views[driver + 2] as Float64Array;
    const column2 = views[driver + 3] as Float64Array;
    const column3 = views[driver + 4] as Float64Array;
    const mean0 = means[driver + 1] as number;
    const mean1 = means[driver + 2] as number;
    const mean2 = means[driver + 3] as number;
    const mean3 = means[driver + 4] as number;
    const slope0 = slopes[driver] as number;
    const slope1 = slopes[driver + 1] as number;
    const slope2 = slopes[driver + 2] as number;
    const slope3 = slopes[driver + 3] as number;
    for (let row = from; row < to; row++) {
      const at = row - from;
      fitted[at] =
        (fitted[at] as number) +
        slope0 * ((column0[row] as number) - mean0) +
        slope1 * ((column1[row] as number) - mean1) +
        slope2 * ((column2[row] as number) - mean2) +
        slope3 * ((column3[row] as number) - mean3);
    }
  }
  for (; driver < drivers; driver++) {
    const column = views[driver + 1] as Float64Array;
    const mean = means[driver + 1] as number;
    const slope = slopes[driver] as number;
    for (let row = from; row < to; row++) {
      const at = row - from;
      fitted[at] = (fitted[at] as number) + slope * ((column[row] as number) - mean);
    }
  }
}

/**
 * Σw·(xⱼ − mⱼ)·r and Σw·(xⱼ − mⱼ) for every driver of the block, four drivers at a time,
 * added into `gradient` and `driverSums`. The second centers the first exactly when the
 * means are far from zero next to the spread (1e9 ± 0.1), where the rounding of a mean
 * is no longer negligible.
 */
function blockGradient(
  views: readonly Float64Array[],
  from: number,
  to: number,
  means: Float64Array,
  weights: Float64Array | undefined,
  weightedResiduals: Float64Array,
  gradient: Float64Array,
  driverSums: Float64Array,
): void {
  const drivers = views.length - 1;
  let driver = 0;
  for (; driver + 3 < drivers; driver += 4) {
    const column0 = views[driver + 1] as Float64Array;
    const column1 = views[driver + 2] as Float64Array;
    const column2 = views[driver + 3] as Float64Array;
    const column3 = views[driver + 4] as Float64Array;
    const mean0 = means[driver + 1] as number;
    const mean1 = means[driver + 2] as number;
    const mean2 = means[driver + 3] as number;
    const mean3 = means[driver + 4] as number;
    let sum0 = 0;
    let sum1 = 0;
    let sum2 = 0;
    let sum3 = 0;
    let offset0 = 0;
    let offset1 = 0;
    let offset2 = 0;
    let offset3 = 0;
    for (let row = from; row < to; row++) {
      const residual = weightedResiduals[row - from] as number;
      const weight = weights === undefined ? 1 : (weights[row] as number);
      const value0 = (column0[row] as number) - mean0;
      const value1 = (column1[row] as number) - mean1;
      const value2 = (column2[row] as number) - mean2;
      const value3 = (column3[row] as number) - mean3;
      sum0 += value0 * residual;
      sum1 += value1 * residual;
      sum2 += value2 * residual;
      sum3 += value3 * residual;
      offset0 += value0 * weight;
      offset1 += value1 * weight;
      offset2 += value2 * weight;
      offset3 += value3 * weight;
    }
    gradient[driver] = (gradient[driver] as number) + sum0;
    gradient[driver + 1] = (gradient[driver + 1] as number) + sum1;
    gradient[driver + 2] = (gradient[driver + 2] as number) + sum2;
    gradient[driver + 3] = (gradient[driver + 3] as number) + sum3;
    driverSums[driver] = (driverSums[driver] as number) + offset0;
    driverSums[driver + 1] = (driverSums[driver + 1] as number) + offset1;
    driverSums[driver + 2] = (driverSums[driver + 2] as number) + offset2;
    driverSums[driver + 3] = (driverSums[driver + 3] as number) + offset3;
  }
  for (; driver < drivers; driver++) {
    const column = views[driver + 1] as Float64Array;
    const mean = means[driver + 1] as number;
    let sum = 0;
    let offset = 0;
    for (let row = from; row < to; row++) {
      const value = (column[row] as number) - mean;
      sum += value * (weightedResiduals[row - from] as number);
      offset += value * (weights === undefined ? 1 : (weights[row] as number));
    }
    gradient[driver] = (gradient[driver] as number) + sum;
    driverSums[driver] = (driverSums[driver] as number) + offset;
  }
}

/**
 * The directions' values qₛ = Σⱼ Uⱼₛ·(xⱼ − mⱼ) of the block and their weighted sums and
 * products with each other and with the drivers, added into the totals.
 */
function blockDirections(
  views: readonly Float64Array[],
  from: number,
  to: number,
  means: Float64Array,
  weights: Float64Array | undefined,
  directions: Float64Array,
  count: number,
  values: Float64Array,
  totals: DirectionTotals,
): void {
  const drivers = views.length - 1;
  const rows = to - from;
  const weightOf = (row: number) => (weights === undefined ? 1 : (weights[row] as number));
  for (let direction = 0; direction < count; direction++) {
    const at = direction * blockRows;
    values.fill(0, at, at + rows);
    for (let driver = 0; driver < drivers; driver++) {
      const column = views[driver + 1] as Float64Array;
      const mean = means[driver + 1] as number;
      const loading = directions[driver * count + direction] as number;
      for (let row = from; row < to; row++) {
        values[at + row - from] = (values[at + row - from] as number) + loading * ((column[row] as number) - mean);
      }
    }
    let sum = 0;
    for (let row = from; row < to; row++) sum += weightOf(row) * (values[at + row - from] as number);
    totals.directionSums[direction] = (totals.directionSums[direction] as number) + sum;
    for (let other = 0; other <= direction; other++) {
      const otherAt = other * blockRows;
      let product = 0;
      for (let row = from; row < to; row++) {
        product += weightOf(row) * (values[at + row - from] as number) * (values[otherAt + row - from] as number);
      }
      totals.directionProducts[direction * count + other] =
        (totals.directionProducts[direction * count + other] as number) + product;
      if (other !== direction) {
        totals.directionProducts[other * count + direction] =
          (totals.directionProducts[other * count + direction] as number) + product;
      }
    }
    for (let driver = 0; driver < drivers; driver++) {
      const column = views[driver + 1] as Float64Array;
      const mean = means[driver + 1] as number;
      let product = 0;
      for (let row = from; row < to; row++) {
        product += weightOf(row) * ((column[row] as number) - mean) * (values[at + row - from] as number);
      }
      totals.driverDirectionProducts[driver * count + direction] =
        (totals.driverDirectionProducts[driver * count + direction] as number) + product;
    }
  }
}

interface DirectionTotals {
  readonly directionSums: Float64Array;
  readonly directionProducts: Float64Array;
  readonly driverDirectionProducts: Float64Array;
}

/**
 * One pass over the rows at trial coefficients: fitted values, residuals and their
 * gradient, and the products of the given directions with the drivers, all accumulated
 * block by block. Columns that are all `Float64Array`s with no row left out are read in
 * place; otherwise each block is gathered as the moments pass gathers it (rows with a
 * `NaN` left out), so the pass sums over the rows the moments summarized. It costs a few
 * operations per value, against about k for the moments.
 *
 * @param data - The checked columns, outcome first.
 * @param complete - Whether the moments kept every row (no `NaN` anywhere).
 * @param means - The moments' means (outcome first): every value is taken relative to them.
 * @param slopes - The trial coefficients, in the drivers' units.
 * @param directions - `drivers × count` loadings (row-major), in the drivers' units.
 * @param count - The number of directions (0 for none).
 * @internal
 */
export function residualPass(
  data: MomentColumns,
  complete: boolean,
  means: Float64Array,
  slopes: Float64Array,
  directions: Float64Array,
  count: number,
): RowSums {
  const size = data.columns.length;
  const drivers = size - 1;
  const inPlace =
    complete &&
    data.columns.every((column) => column instanceof Float64Array) &&
    (data.weights === undefined || data.weights instanceof Float64Array);
  const buffer = inPlace ? new Float64Array(0) : new Float64Array(size * blockRows);
  const blockWeights = new Float64Array(blockRows);
  const views = inPlace
    ? (data.columns as readonly Float64Array[])
    : Array.from({ length: size }, (_value, variable) =>
        buffer.subarray(variable * blockRows, (variable + 1) * blockRows),
      );
  const columnSums = new Float64Array(size);
  const fitted = new Float64Array(blockRows);
  const weightedResiduals = new Float64Array(blockRows);
  const values = new Float64Array(count * blockRows);
  const gradient = new Float64Array(drivers);
  const driverSums = new Float64Array(drivers);
  const totals: DirectionTotals = {
    directionSums: new Float64Array(count),
    directionProducts: new Float64Array(count * count),
    driverDirectionProducts: new Float64Array(drivers * count),
  };
  let weightSum = 0;
  let residualSum = 0;
  let residualSquares = 0;
  let fittedSum = 0;
  let fittedSquares = 0;
  const outcomeMean = means[0] as number;
  const outcome = views[0] as Float64Array;
  for (let start = 0; start < data.rows; start += blockRows) {
    let from = start;
    let to = Math.min(data.rows, start + blockRows);
    let weights: Float64Array | undefined = inPlace ? (data.weights as Float64Array | undefined) : undefined;
    if (!inPlace) {
      let kept = -1;
      if (data.weights === undefined || gatherWeights(data.weights, from, to, blockWeights) >= 0) {
        kept = gatherFast(data, from, to, buffer, columnSums);
      }
      // The moments pass has checked every value, so the careful path only leaves out rows with a NaN.
      if (kept < 0) kept = gatherCareful(data, from, to, true, buffer, columnSums, blockWeights);
      from = 0;
      to = kept;
      if (data.weights !== undefined) weights = blockWeights;
    }
    if (to === from) continue;
    blockFitted(views, from, to, means, slopes, fitted);
    let blockWeight = 0;
    let blockResidual = 0;
    let blockResidualSquares = 0;
    let blockFittedSum = 0;
    let blockFittedSquares = 0;
    for (let row = from; row < to; row++) {
      const weight = weights === undefined ? 1 : (weights[row] as number);
      const fit = fitted[row - from] as number;
      const residual = (outcome[row] as number) - outcomeMean - fit;
      const weightedResidual = weight * residual;
      weightedResiduals[row - from] = weightedResidual;
      blockWeight += weight;
      blockResidual += weightedResidual;
      blockResidualSquares += weightedResidual * residual;
      blockFittedSum += weight * fit;
      blockFittedSquares += weight * fit * fit;
    }
    weightSum += blockWeight;
    residualSum += blockResidual;
    residualSquares += blockResidualSquares;
    fittedSum += blockFittedSum;
    fittedSquares += blockFittedSquares;
    blockGradient(views, from, to, means, weights, weightedResiduals, gradient, driverSums);
    if (count > 0) blockDirections(views, from, to, means, weights, directions, count, values, totals);
  }
  return { weightSum, residualSum, residualSquares, fittedSum, fittedSquares, gradient, driverSums, ...totals };
}
