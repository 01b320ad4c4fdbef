import { selectInPlace } from './selectInPlace';

/**
 * @internal Sample quantiles by R's default definition (`quantile(x, type = 7)`, Hyndman
 * and Fan 1996): for probability p over n values sorted ascending as x₀ … xₙ₋₁, with
 * h = (n − 1)·p, the quantile is (1 − f)·x⌊h⌋ + f·x⌊h⌋₊₁ where f = h − ⌊h⌋. Found by selection,
 * not by sorting: each order statistic is selected in the part of the array after the one
 * before it, and x⌊h⌋₊₁ is the smallest value after x⌊h⌋. That smallest value lies at or
 * before the next order statistic selected, so each scan for it stops there: the scans
 * together read the array about once, not once per probability.
 *
 * Reorders `values` (the caller passes a scratch copy). `probabilities` must be
 * ascending, each in [0, 1]; `values` must be non-empty and free of `NaN`.
 */
export function typeSevenQuantiles(values: Float64Array, probabilities: readonly number[]): number[] {
  const last = values.length - 1;
  // R's steps exactly (1-based index, then floor), so the fraction has the same bits.
  const positions = probabilities.map((probability) => 1 + last * probability);
  const lowers = positions.map((position) => Math.floor(position) - 1);
  // First every order statistic, each selected after the one before it: a position once
  // selected is never moved again, so it keeps its value and what lies after it stays
  // what lay after it.
  let left = 0;
  for (const lower of lowers) {
    if (lower < left) continue;
    selectInPlace(values, lower, left, last);
    left = lower + 1;
  }
  return lowers.map((lower, index) => {
    const below = values[lower] as number;
    const fraction = (positions[index] as number) - (lower + 1);
    if (fraction === 0 || lower === last) return below;
    // The smallest value after x⌊h⌋ is at or before the next order statistic selected
    // further on (all after that are no smaller), else anywhere to the end.
    let next = index + 1;
    while (next < lowers.length && lowers[next] === lower) next++;
    const end = next < lowers.length ? (lowers[next] as number) : last;
    let above = Number.POSITIVE_INFINITY;
    for (let position = lower + 1; position <= end; position++) {
      const value = values[position] as number;
      if (value < above) above = value;
    }
    // R's own arithmetic, (1 − h)·x⌊h⌋ + h·x⌊h⌋₊₁, so that results agree to the last bit.
    return above === below ? below : (1 - fraction) * below + fraction * above;
  });
}
