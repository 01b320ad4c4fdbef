import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalSum, ExactAccumulator } from '../../src/stats/exactSum';

// Expected values: Python's fractions.Fraction, which adds doubles as exact rationals:
//   s = Fraction(0.1) + Fraction(0.2); float(s), float(s - Fraction(float(s)))
describe('exact sums', () => {
  it('keep what rounding loses, in one canonical form', () => {
    expect(canonicalSum([0.1, 0.2])).toEqual([0.30000000000000004, -2.7755575615628914e-17]);
    expect(canonicalSum([0.2, 0.1])).toEqual(canonicalSum([0.1, 0.2]));
    expect(canonicalSum([1e15, 0.1, 1e-15])).toEqual([
      1000000000000000.1, -0.024999999999998995, 7.992778373591913e-19,
    ]);
    expect(canonicalSum([0.1, 0.2, -0.3])).toEqual([2.7755575615628914e-17]);
    expect(canonicalSum([])).toEqual([0]);
    expect(canonicalSum([5, -5])).toEqual([0]);
    // A tie rounds to even: 1 + 2⁻⁵³ is 1 and 2⁻⁵³; one more bit below tips it up.
    expect(canonicalSum([1, 2 ** -53])).toEqual([1, 2 ** -53]);
    expect(canonicalSum([1, 2 ** -53, 2 ** -80])[0]).toBe(1 + 2 ** -52);
  });

  it('square exactly: 0.1² is 0.010000000000000002 less 8.326672684688674e-19', () => {
    // Fraction(x) * Fraction(x), split as above.
    const cases: Array<[number, number[]]> = [
      [0.1, [0.010000000000000002, -8.326672684688674e-19]],
      [1 / 3, [0.1111111111111111, -6.1679056923619804e-18]],
      [123456.789, [15241578750.190521, 8.23312999913469e-7]],
      [1e-15, [1e-30, 7.207437914573618e-47]],
      [0.7, [0.48999999999999994, 2.220446049250315e-18]],
    ];
    for (const [value, square] of cases) {
      const squares = new ExactAccumulator();
      squares.addSquare(value);
      expect(squares.canonical()).toEqual(square);
    }
  });

  it('the order of adding never shows (law)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 50 }), (values) => {
        const forward = new ExactAccumulator();
        const backward = new ExactAccumulator();
        for (const value of values) forward.add(value);
        for (const value of [...values].reverse()) backward.add(value);
        expect(forward.canonical()).toEqual(backward.canonical());
        expect(forward.canonical()).toEqual(canonicalSum(values));
      }),
    );
  });
});
