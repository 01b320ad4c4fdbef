import { selectInPlace } from './selectInPlace';

/**
 * @internal Sample quantiles by R's default definition (`quantile(x, type = 7)`, Hyndman
 * and Fan 1996): for probability p over n values sorted ascending as x₀ … xₙ₋₁, with
 * h = (n − 1)·p, the quantile is (1 − f)·x⌊h⌋ + f·x⌊h⌋₊₁ where f = h − ⌊h⌋. Found by selection,
 * not by sorting: each order statistic is selected in the part of the array after the
 * one before it, and x⌊h⌋₊₁ is the smallest value after x⌊h⌋, looked for only up to the
 * next selected position.
 *
 * Reorders `values` (the caller passes a scratch copy). `probabilities` must be
 * ascending, each in [0, 1]; `values` must be non-empty and free of `NaN`.
 */
export function typeSevenQuantiles(values: Float64Array, probabilities: readonly number[]): number[] {
  const count = values.length;
  const last = count - 1;
  // R's steps exactly (1-based index, then floor), so the fraction has the same bits.
  const positions = probabilities.map((probability) => 1 + last * probability);
  const lowers = positions.map((position) => Math.floor(position) - 1);
  // Each order statistic is selected among the values after the one before it, which
  // stays in place: the values between two selected positions are then exactly the ranks
  // between them.
  let left = 0;
  for (const lower of lowers) {
    if (lower >= left) selectInPlace(values, lower, left, last);
    left = Math.max(left, lower + 1);
  }
  return lowers.map((lower, index) => {
    const below = values[lower] as number;
    const fraction = (positions[index] as number) - (lower + 1);
    if (fraction === 0 || lower === last) return below;
    // x⌊h⌋₊₁ is the least value after x⌊h⌋: among the ranks up to the next selected
    // position when there is one (it is no greater than anything after it), else the rest.
    const next = lowers.find((candidate) => candidate > lower);
    const end = next === undefined ? last : next;
    let above = Number.POSITIVE_INFINITY;
    for (let position = lower + 1; position <= end; position++) {
      const value = values[position] as number;
      if (value < above) above = value;
    }
    // R's own arithmetic, (1 − h)·x⌊h⌋ + h·x⌊h⌋₊₁, so that results agree to the last bit.
    return above === below ? below : (1 - fraction) * below + fraction * above;
  });
}
