/**
 * @internal A number of levels for a finding's message, to two decimals. Rounded from 12
 * significant digits first, so that 4.3 − 2.125 (2.1749999999999998 in binary) reads
 * 2.18 as a person working it out by hand would write it.
 */
export function formatLevels(value: number): string {
  return String(Math.round(Number((value * 100).toPrecision(12))) / 100);
}
