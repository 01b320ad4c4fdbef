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
  const count = probabilities.length;
  const lowers = new Array<number>(count);
  const fractions = new Array<number>(count);
  const belows = new Array<number>(count);
  // First every order statistic, each selected after the one before it: a position once
  // selected is never moved again, so what lies after it stays what lay after it.
  let left = 0;
  for (let index = 0; index < count; index++) {
    // R's steps exactly (1-based index, then floor), so the fraction has the same bits.
    const position = 1 + last * (probabilities[index] as number);
    const lower = Math.floor(position) - 1;
    if (lower >= left) {
      selectInPlace(values, lower, left, last);
      left = lower + 1;
    }
    lowers[index] = lower;
    fractions[index] = position - (lower + 1);
    belows[index] = values[lower] as number;
  }
  const quantiles: number[] = [];
  for (let index = 0; index < count; index++) {
    const lower = lowers[index] as number;
    const below = belows[index] as number;
    const fraction = fractions[index] as number;
    if (fraction === 0 || lower === last) {
      quantiles.push(below);
      continue;
    }
    // The smallest value after x⌊h⌋ is at or before the next order statistic selected
    // further on (all after that are no smaller), else anywhere to the end.
    let next = index + 1;
    while (next < count && (lowers[next] as number) === lower) next++;
    const end = next < count ? (lowers[next] as number) : last;
    let above = Number.POSITIVE_INFINITY;
    for (let position = lower + 1; position <= end; position++) {
      const value = values[position] as number;
      if (value < above) above = value;
    }
    // R's own arithmetic, (1 − h)·x⌊h⌋ + h·x⌊h⌋₊₁, so that results agree to the last bit.
    quantiles.push(above === below ? below : (1 - fraction) * below + fraction * above);
  }
  return quantiles;
}
