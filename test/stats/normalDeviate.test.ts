import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../src/stats/normalCdf';
import { normalCriticalValue } from '../../src/stats/normalCriticalValue';
import { normalQuantile } from '../../src/stats/normalQuantile';

// References from mpmath 1.3 at 80 significant digits (400 below 1e-30), rounded to the
// nearest double: the critical value at `level` is √2·erfinv(level), the quantile at p is
// √2·erfinv(2p − 1). The implementation reaches about 1e-15 relative error; 2e-15 leaves
// room for a last-place difference without letting a lost digit through.
function expectWithin(received: number, expected: number, place: string): void {
  expect(Math.abs(received - expected) <= 2e-15 * Math.abs(expected), `${place}: ${received} against ${expected}`).toBe(
    true,
  );
}

describe('normalCriticalValue against arbitrary precision', () => {
  it('holds its digits from a level near 0 to one within 1e-15 of 1', () => {
    const table: Array<[number, number]> = [
      [1e-300, 1.2533141373155002e-300],
      [1e-12, 1.2533141373155002e-12],
      [0.1, 0.12566134685507405],
      [0.5, 0.6744897501960817],
      [0.8, 1.2815515655446006],
      [0.9, 1.6448536269514729],
      [0.95, 1.9599639845400538],
      [0.99, 2.5758293035489004],
      [0.999, 3.2905267314918945],
      [0.9999, 3.890591886413121],
      [0.999999, 4.891638475692932],
      [0.999999999, 6.109410209383449],
      [0.999999999999, 7.130509892879273],
      [0.999999999999999, 8.026957018033892],
    ];
    for (const [level, expected] of table) expectWithin(normalCriticalValue(level), expected, `level ${level}`);
  });

  it('rises with the level and leaves the stated share between −z and z (checked with pnorm)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 0.999, noNaN: true }), (level) => {
        const z = normalCriticalValue(level);
        expect(normalCdf(z) - normalCdf(-z)).toBeCloseTo(level, 13);
        expect(normalCriticalValue(Math.min(level + 1e-6, 0.9999999))).toBeGreaterThan(z);
      }),
    );
  });
});

describe('normalQuantile at the edges', () => {
  it('keeps its digits down to the smallest double and across the switch between centre and tail', () => {
    const table: Array<[number, number]> = [
      [5e-324, -38.467405617144344],
      [1e-308, -37.54067492154594],
      [2.2250738585072014e-308, -37.5193793471445],
      // Q(1) and its neighbour, where the solver turns from the centre to the tail.
      [0.15865525393145707, -0.9999999999999999],
      [0.158655253931457, -1.0000000000000002],
      [0.25, -0.6744897501960817],
      [0.75, 0.6744897501960817],
      [0.8413447460685429, 0.9999999999999999],
    ];
    for (const [p, expected] of table) expectWithin(normalQuantile(p), expected, `p ${p}`);
    expect(Object.is(normalQuantile(0.5), 0)).toBe(true);
    expect(normalQuantile(Number.NaN)).toBeNaN();
    expect(normalQuantile(1.5)).toBeNaN();
  });

  it('is odd about ½', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 1, noNaN: true, maxExcluded: true }), (p) => {
        // 1 − p is exact for p ≥ ½, so the two calls ask for mirrored points.
        // === rather than toBe: at p = ½ the two sides are 0 and −0.
        expect(normalQuantile(1 - p) === -normalQuantile(p)).toBe(true);
      }),
    );
  });
});
