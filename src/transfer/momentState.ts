/**
 * The working form of transfer moments: typed arrays, the cross products as a full
 * row-major `size × size` matrix.
 *
 * @internal
 */
export interface MomentState {
  size: number;
  n: number;
  weightSum: number;
  means: Float64Array;
  crossProducts: Float64Array;
}

/**
 * Moments while they are being added up. The means are working centers, rounded as
 * doubles are: `offsets` keeps `Σw·(v − center)` exactly enough that the rounding of a
 * center never enters the cross products, which are `Σw·(v − center)(u − center)` until
 * {@link finishMoments} centers them on the true means.
 *
 * @internal
 */
export interface MomentAccumulator extends MomentState {
  offsets: Float64Array;
}

/** @internal An empty accumulator for `size` variables. */
export function emptyMomentState(size: number): MomentAccumulator {
  return {
    size,
    n: 0,
    weightSum: 0,
    means: new Float64Array(size),
    offsets: new Float64Array(size),
    crossProducts: new Float64Array(size * size),
  };
}

/**
 * Moves a group's cross products and offsets from its center to a new center, in place
 * of `crossProducts`' upper triangle: with d = center − new center and S the offsets,
 * `C + S·dᵀ + d·Sᵀ + W·d·dᵀ` and `S + W·d`, exact in exact arithmetic for any centers.
 */
function recenter(
  target: Float64Array,
  size: number,
  weightSum: number,
  crossProducts: ArrayLike<number>,
  offsets: ArrayLike<number> | undefined,
  shift: Float64Array,
  newOffsets: Float64Array,
): void {
  for (let row = 0; row < size; row++) {
    const shiftRow = shift[row] as number;
    const offsetRow = offsets === undefined ? 0 : (offsets[row] as number);
    const weightedShift = weightSum * shiftRow;
    for (let column = row; column < size; column++) {
      const at = row * size + column;
      const offsetColumn = offsets === undefined ? 0 : (offsets[column] as number);
      target[at] =
        (target[at] as number) +
        (crossProducts[at] as number) +
        offsetRow * (shift[column] as number) +
        shiftRow * offsetColumn +
        weightedShift * (shift[column] as number);
    }
    newOffsets[row] = (newOffsets[row] as number) + offsetRow + weightedShift;
  }
}

/**
 * Adds the moments of a second group of rows to `target`: with W the weight sums, the
 * new center is `m_a + (m_b − m_a)·W_b/W` (rounded), and each group's cross products are
 * moved to it exactly before they are added (Chan, Golub and LeVeque's pairwise update,
 * weighted, carried out so that the rounding of any center is kept in the offsets rather
 * than lost). `offsets` of the incoming group are `Σw·(v − mean)`; leave them out for
 * moments centered on their exact means. Only the upper triangle is updated; call
 * {@link finishMoments} when done.
 *
 * @internal
 */
export function addMoments(
  target: MomentAccumulator,
  n: number,
  weightSum: number,
  means: ArrayLike<number>,
  offsets: ArrayLike<number> | undefined,
  crossProducts: ArrayLike<number>,
  work: MomentWork,
): void {
  const size = target.size;
  if (weightSum === 0) return;
  if (target.weightSum === 0) {
    target.n = n;
    target.weightSum = weightSum;
    target.means.set(means);
    if (offsets === undefined) target.offsets.fill(0);
    else target.offsets.set(offsets);
    for (let row = 0; row < size; row++) {
      for (let column = row; column < size; column++) {
        target.crossProducts[row * size + column] = crossProducts[row * size + column] as number;
      }
    }
    return;
  }
  const total = target.weightSum + weightSum;
  const share = weightSum / total;
  const { shift, centers, offsets: newOffsets, crossProducts: own } = work;
  for (let index = 0; index < size; index++) {
    const left = target.means[index] as number;
    centers[index] = left + ((means[index] as number) - left) * share;
  }
  own.set(target.crossProducts);
  target.crossProducts.fill(0);
  newOffsets.fill(0);
  for (let index = 0; index < size; index++)
    shift[index] = (target.means[index] as number) - (centers[index] as number);
  recenter(target.crossProducts, size, target.weightSum, own, target.offsets, shift, newOffsets);
  for (let index = 0; index < size; index++) shift[index] = (means[index] as number) - (centers[index] as number);
  recenter(target.crossProducts, size, weightSum, crossProducts, offsets, shift, newOffsets);
  target.means.set(centers);
  target.offsets.set(newOffsets);
  target.n += n;
  target.weightSum = total;
}

/** @internal Scratch space for {@link addMoments}, allocated once per pass. */
export interface MomentWork {
  readonly shift: Float64Array;
  readonly centers: Float64Array;
  readonly offsets: Float64Array;
  readonly crossProducts: Float64Array;
}

/** @internal Scratch space for {@link addMoments} on `size` variables. */
export function momentWork(size: number): MomentWork {
  return {
    shift: new Float64Array(size),
    centers: new Float64Array(size),
    offsets: new Float64Array(size),
    crossProducts: new Float64Array(size * size),
  };
}

/**
 * Finishes an accumulator: centers the cross products on the true means (`C − S·Sᵀ/W`,
 * means `center + S/W`) and copies the upper triangle onto the lower.
 *
 * @internal
 */
export function finishMoments(state: MomentAccumulator): MomentState {
  const { size, weightSum, offsets, means, crossProducts } = state;
  if (weightSum > 0) {
    for (let row = 0; row < size; row++) {
      const offsetRow = (offsets[row] as number) / weightSum;
      for (let column = row; column < size; column++) {
        const at = row * size + column;
        const centered = (crossProducts[at] as number) - offsetRow * (offsets[column] as number);
        // A sum of squares about the mean cannot be below 0; rounding could take it a hair under.
        crossProducts[at] = row === column ? Math.max(centered, 0) : centered;
      }
      means[row] = (means[row] as number) + offsetRow;
    }
  }
  for (let row = 1; row < size; row++) {
    for (let column = 0; column < row; column++)
      crossProducts[row * size + column] = crossProducts[column * size + row] as number;
  }
  return { size, n: state.n, weightSum, means, crossProducts };
}
