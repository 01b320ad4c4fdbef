import { raiseGovernance } from './messages';

/** A non-negative finite number as the decimal it prints as: digits · 10^exponent. */
function decimalOf(value: number): { digits: bigint; exponent: number } {
  // String() gives the shortest decimal that reads back as the same number: 0.1 is "0.1".
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value)) as RegExpExecArray;
  const fraction = match[2] ?? '';
  return { digits: BigInt(`${match[1]}${fraction}`), exponent: Number(match[3] ?? 0) - fraction.length };
}

/**
 * @internal Amounts as exact whole numbers of their smallest decimal place: each amount
 * is read as the decimal it prints as (0.1 is one tenth, not the binary number nearest
 * it), and all are counted in units of the finest place any of them uses — tenths for
 * 0.1 and 0.25, hundredths for 12.34. Sums of such units are exact integers, so 0.1 + 0.2
 * is 0.3 and the order of adding never matters. `AMOUNTS_TOO_PRECISE` when the units would
 * not stay exact (more than 2⁵³ − 1 of them in all).
 */
export function decimalUnits(amounts: readonly number[], what: string): { units: number[]; decimals: number } {
  const decimals = amounts.map(decimalOf);
  const places = decimals.reduce((most, decimal) => Math.max(most, -decimal.exponent), 0);
  let total = 0n;
  const units = decimals.map(({ digits, exponent }) => {
    const scaled = digits * 10n ** BigInt(places + exponent);
    total += scaled;
    return scaled;
  });
  if (total > BigInt(Number.MAX_SAFE_INTEGER)) {
    raiseGovernance('AMOUNTS_TOO_PRECISE', [what, places], { path: [] });
  }
  return { units: units.map(Number), decimals: places };
}

/** @internal A whole number of units back as the number it stands for: 6 tenths is 0.6. */
export function fromUnits(units: number, decimals: number): number {
  // Parsed from decimal text, so the result is the double nearest the exact decimal.
  return Number(`${units}e-${decimals}`);
}
