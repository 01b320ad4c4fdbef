import { raiseRender } from './messages';

/**
 * Writes a number with at most `decimals` decimals, trailing zeros dropped and `-0`
 * written `0`, so the same input always gives the same text. The last guard against
 * NaN or Infinity reaching the output: it raises `NON_FINITE` rather than write one.
 *
 * @internal
 */
export function formatNumber(value: number, decimals = 2, what = 'A value'): string {
  if (!Number.isFinite(value)) raiseRender('NON_FINITE', [what]);
  // Past 2^53 a double holds no fraction, and scaling by 10^decimals could overflow to Infinity.
  if (Math.abs(value) >= 2 ** 53) return String(value);
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  if (rounded === 0) return '0';
  return String(Number(rounded.toFixed(decimals)));
}

/** @internal A coordinate: two decimals are a hundredth of a pixel, finer than any screen. */
export function coordinate(value: number): string {
  return formatNumber(value, 2, 'A coordinate');
}
