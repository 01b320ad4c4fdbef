import { typeSevenQuantiles } from './typeSevenQuantiles';

/** @internal What {@link describeSample} returns. */
export interface SampleDescription {
  readonly n: number;
  readonly mean: number;
  readonly median: number;
  /** Sample standard deviation (n − 1 denominator); `null` for a single value. */
  readonly sd: number | null;
  /** Sample variance (n − 1 denominator); `null` for a single value. */
  readonly variance: number | null;
  /** First and third quartiles, R's type 7, and their difference. */
  readonly q1: number;
  readonly q3: number;
  readonly iqr: number;
  readonly min: number;
  readonly max: number;
}

/**
 * @internal Mean, median, spread and range of a non-empty list of finite numbers, with
 * the variance by the two-pass formula (stable for values far from zero).
 */
export function describeSample(values: readonly number[]): SampleDescription {
  const n = values.length;
  let sum = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    sum += value;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const mean = sum / n;
  let squares = 0;
  for (const value of values) squares += (value - mean) ** 2;
  const variance = n < 2 ? null : squares / (n - 1);
  const [q1, median, q3] = typeSevenQuantiles(Float64Array.from(values), [0.25, 0.5, 0.75]) as [number, number, number];
  return {
    n,
    mean,
    median,
    sd: variance === null ? null : Math.sqrt(variance),
    variance,
    q1,
    q3,
    iqr: q3 - q1,
    min,
    max,
  };
}
