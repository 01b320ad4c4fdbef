import { describe, expect, it } from 'vitest';
import { compensatedDot } from '../../src/stats/compensatedDot';
import { seededUniform } from '../../src/stats/seededUniform';

/*
 * The reference is a separate Python implementation of the same construction, written
 * from the published algorithms (xoshiro128** by Blackman and Vigna; SplitMix32 as the
 * Weyl step 0x9e3779b9 through MurmurHash3's fmix32; two outputs a, b to one double as
 * ((a >> 5)·2²⁶ + (b >> 6)) / 2⁵³), with Python's unbounded integers masked to 32 bits.
 */
describe('seededUniform', () => {
  it('matches an independent implementation of xoshiro128** seeded by SplitMix32', () => {
    const first = seededUniform(0);
    expect([first(), first(), first()]).toEqual([0.8868539502021594, 0.012474988946590604, 0.032522145755498943]);
    const last = seededUniform(4_294_967_295);
    expect([last(), last()]).toEqual([0.19461841469507213, 0.5485967281391287]);
  });

  it('stays in [0, 1) and is uniform enough: the mean and the share below 0.1 of 100 000 draws', () => {
    const uniform = seededUniform(12_345);
    let sum = 0;
    let low = 0;
    let outside = 0;
    for (let draw = 0; draw < 100_000; draw++) {
      const value = uniform();
      if (!(value >= 0 && value < 1)) outside++;
      sum += value;
      if (value < 0.1) low++;
    }
    expect(outside).toBe(0);
    // Five standard errors: √(1/12/1e5) ≈ 0.00091 for the mean, √(0.09/1e5) ≈ 0.00095 for the share.
    expect(Math.abs(sum / 100_000 - 0.5)).toBeLessThan(0.0046);
    expect(Math.abs(low / 100_000 - 0.1)).toBeLessThan(0.0048);
  });
});

describe('compensatedDot', () => {
  it('keeps the digits a plain dot product cancels away', () => {
    // Exactly: 1.1·(1e16 + 2) − 1.1·1e16 + 0.7·3.3 + 3·0.001 = 4.513 (the doubles' exact sum, rounded once, from Python's fractions).
    expect(compensatedDot([1e16 + 2, -1e16, 3.3, 1e-3], [1.1, 1.1, 0.7, 3], 4)).toBe(4.513);
    // A plain loop rounds each product first, and the first two cancel to what their rounding left.
    let plain = 0;
    for (const [a, b] of [
      [1e16 + 2, 1.1],
      [-1e16, 1.1],
      [3.3, 0.7],
      [1e-3, 3],
    ] as const)
      plain += a * b;
    expect(plain).not.toBe(4.513);
  });
});
