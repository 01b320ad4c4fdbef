/**
 * @internal The logarithmic key mapping of DDSketch (Masson, Rim and Lee, "DDSketch: a
 * fast and fully-mergeable quantile sketch with relative-error guarantees", VLDB 2019),
 * written the way its reference implementation `@datadog/sketches-js` computes it, so
 * that the bins agree with it key for key (the tests check this against that package).
 * That package is not used at run time: it loads protobuf code that bundlers cannot
 * resolve without an undeclared dependency, and keeps its bins in a form that is not JSON.
 * Shared by `cxkit/journeys` (duration summaries) and `cxkit/warehouse` (the same bins
 * computed in SQL), so the two cannot drift apart.
 */
export interface LogarithmicBins {
  readonly gamma: number;
  /** ln 2 / ln γ: key = ⌈log₂(value) · multiplier⌉ (what SQL engines compute too). */
  readonly multiplier: number;
  /** Durations at or below this count as zero. */
  readonly zeroThreshold: number;
  /** The bin key holding `value` (> zeroThreshold). */
  readonly key: (value: number) => number;
  /** The value that stands for bin `key`: within the relative accuracy of every value in it. */
  readonly value: (key: number) => number;
}

/** @internal Makes the mapping for a relative accuracy between 0 and 1. */
export function logarithmicBins(relativeAccuracy: number): LogarithmicBins {
  const gammaMantissa = (2 * relativeAccuracy) / (1 - relativeAccuracy);
  const gamma = 1 + gammaMantissa;
  const multiplier = (1 / Math.log1p(gammaMantissa)) * Math.log(2);
  const representative = 2 / (1 + gamma);
  return {
    gamma,
    multiplier,
    zeroThreshold: 2 ** -1023 * gamma,
    key: (value) => Math.ceil(Math.log2(value) * multiplier),
    value: (key) => 2 ** (key / multiplier) * representative,
  };
}
