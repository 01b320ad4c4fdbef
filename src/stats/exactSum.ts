/**
 * Sums of doubles kept exactly, so that summaries built from them merge in any order to
 * the same bits: the foundation of weighted counts.
 *
 * A running sum is a Shewchuk expansion (1997, "Adaptive precision floating-point
 * arithmetic"): doubles of increasing magnitude, none overlapping, whose exact sum is the
 * total; adding a double costs one error-free two-sum per component (a few). A finished
 * sum is written in its one canonical form: the exact total rounded to the nearest double,
 * then what is left rounded, and so on until nothing is — so the first number is the sum
 * as a double, and any two ways of adding the same numbers give the same array.
 *
 * @internal
 */
export type ExactSum = readonly number[];

const splitter = 134_217_729; // 2^27 + 1

/**
 * @internal A running exact sum: a Shewchuk expansion in a growable typed array, so that
 * adding allocates nothing (an array whose length is set on every add keeps the garbage
 * collector busy).
 */
export class ExactAccumulator {
  private terms = new Float64Array(8);
  private size = 0;

  /** Adds `value` exactly (Shewchuk's GROW-EXPANSION, zeros dropped). */
  add(value: number): void {
    const terms = this.terms;
    const size = this.size;
    let carry = value;
    let kept = 0;
    for (let index = 0; index < size; index++) {
      const term = terms[index] as number;
      // Knuth's two-sum: sum + error is exactly carry + term.
      const sum = carry + term;
      const virtual = sum - carry;
      const error = carry - (sum - virtual) + (term - virtual);
      carry = sum;
      if (error !== 0) terms[kept++] = error;
    }
    if (carry !== 0) {
      if (kept === terms.length) {
        const grown = new Float64Array(terms.length * 2);
        grown.set(terms);
        this.terms = grown;
      }
      (this.terms as Float64Array)[kept++] = carry;
    }
    this.size = kept;
  }

  /** Adds `value²` exactly: Dekker's two-product splits it into its rounded value and the rounding error. */
  addSquare(value: number): void {
    const square = value * value;
    const scaled = splitter * value;
    const high = scaled - (scaled - value);
    const low = value - high;
    // Exactly value² − square (Dekker 1971), computed without rounding.
    const error = low * low - (square - high * high - 2 * high * low);
    this.add(square);
    if (error !== 0) this.add(error);
  }

  /** The sum so far, in canonical form (see {@link canonicalSum}). */
  canonical(): number[] {
    return canonicalSum(Array.from(this.terms.subarray(0, this.size)));
  }
}

const view = new DataView(new ArrayBuffer(8));

/** A finite double as an integer mantissa and a power-of-two exponent: value = mantissa · 2^exponent. */
function decompose(value: number): { mantissa: bigint; exponent: number } {
  view.setFloat64(0, value);
  const high = view.getUint32(0);
  const low = view.getUint32(4);
  const biased = (high >>> 20) & 0x7ff;
  const fraction = (BigInt(high & 0xfffff) << 32n) | BigInt(low);
  const magnitude = biased === 0 ? fraction : fraction | (1n << 52n);
  return { mantissa: high >>> 31 === 1 ? -magnitude : magnitude, exponent: biased === 0 ? -1074 : biased - 1075 };
}

function bitLength(value: bigint): number {
  return value === 0n ? 0 : value.toString(2).length;
}

/**
 * The double nearest `units · 2^exponent` (ties to even), with what it leaves, in units.
 * Exact for results in the normal range, which the callers keep to.
 */
function roundToDouble(units: bigint, exponent: number): { value: number; rest: bigint } {
  const negative = units < 0n;
  const magnitude = negative ? -units : units;
  const shift = Math.max(0, bitLength(magnitude) - 53);
  let kept = magnitude >> BigInt(shift);
  if (shift > 0) {
    const dropped = magnitude - (kept << BigInt(shift));
    const half = 1n << BigInt(shift - 1);
    if (dropped > half || (dropped === half && (kept & 1n) === 1n)) kept += 1n;
  }
  const taken = kept << BigInt(shift);
  const value = Number(kept) * 2 ** (exponent + shift);
  return negative ? { value: -value, rest: units + taken } : { value, rest: units - taken };
}

/**
 * @internal The canonical form of the exact sum of `terms` (any finite doubles): the
 * total rounded to the nearest double, then the rest rounded, until nothing is left;
 * `[0]` for a total of zero. Equal totals give equal arrays, however they were added.
 */
export function canonicalSum(terms: readonly number[]): number[] {
  let exponent = Number.POSITIVE_INFINITY;
  const parts: Array<{ mantissa: bigint; exponent: number }> = [];
  for (const term of terms) {
    if (term === 0) continue;
    const part = decompose(term);
    parts.push(part);
    exponent = Math.min(exponent, part.exponent);
  }
  let units = 0n;
  for (const part of parts) units += part.mantissa << BigInt(part.exponent - exponent);
  if (units === 0n) return [0];
  const canonical: number[] = [];
  while (units !== 0n) {
    const { value, rest } = roundToDouble(units, exponent);
    canonical.push(value);
    units = rest;
  }
  return canonical;
}
