/**
 * @internal The constants of the DDSketch key mapping `cxkit/journeys` bins durations
 * with: key = ⌈log₂(v) · multiplier⌉, multiplier = ln 2 / ln(1 + 2α/(1 − α)), and values
 * at or below `zeroThreshold` count as zero. Written out again here rather than imported,
 * as a module does not reach into another's internals; the tests check that the engine's
 * bins equal `summarizeDurations`' key for key.
 */
export function durationBins(relativeAccuracy: number): { multiplier: number; zeroThreshold: number } {
  const gammaMantissa = (2 * relativeAccuracy) / (1 - relativeAccuracy);
  return {
    multiplier: (1 / Math.log1p(gammaMantissa)) * Math.log(2),
    zeroThreshold: 2 ** -1023 * (1 + gammaMantissa),
  };
}
