import { selectInPlace } from './selectInPlace';

/**
 * @internal Sample quantiles by R's default definition (`quantile(x, type = 7)`, Hyndman
 * and Fan 1996): for probability p over n values sorted ascending as x₀ … xₙ₋₁, with
 * h = (n − 1)·p, the quantile is (1 − f)·x⌊h⌋ + f·x⌊h⌋₊₁ where f = h − ⌊h⌋. Found by selection,
 * not by sorting: each order statistic is selected in the part of the array the one
 * before it left, and x⌊h⌋₊₁ is the smallest value after x⌊h⌋.
 *
 * Reorders `values` (the caller passes a scratch copy). `probabilities` must be
 * ascending, each in [0, 1]; `values` must be non-empty and free of `NaN`.
 */
export function typeSevenQuantiles(values: Float64Array, probabilities: readonly number[]): number[] {
  const count = values.length;
  const last = count - 1;
  const quantiles: number[] = [];
  let left = 0;
  for (const probability of probabilities) {
    // R's steps exactly (1-based index, then floor), so the fraction has the same bits.
    const index = 1 + last * probability;
    const lower = Math.floor(index) - 1;
    selectInPlace(values, lower, left, last);
    left = lower;
    const below = values[lower] as number;
    const fraction = index - (lower + 1);
    if (fraction === 0 || lower === last) {
      quantiles.push(below);
      continue;
    }
    let above = Number.POSITIVE_INFINITY;
    for (let position = lower + 1; position <= last; position++) {
      const value = values[position] as number;
      if (value < above) above = value;
    }
    // R's own arithmetic, (1 − h)·x⌊h⌋ + h·x⌊h⌋₊₁, so that results agree to the last bit.
    quantiles.push(above === below ? below : (1 - fraction) * below + fraction * above);
  }
  return quantiles;
}
