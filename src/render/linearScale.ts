/**
 * A linear map from a data domain to a pixel range. A domain of zero width (every value
 * equal) maps to the middle of the range instead of dividing by zero.
 *
 * @internal
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): (value: number) => number {
  const [domainStart, domainEnd] = domain;
  const [rangeStart, rangeEnd] = range;
  const width = domainEnd - domainStart;
  if (width === 0) return () => (rangeStart + rangeEnd) / 2;
  return (value) => rangeStart + ((value - domainStart) / width) * (rangeEnd - rangeStart);
}
