import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectInPlace } from '../../src/stats/selectInPlace';
import { typeSevenQuantiles } from '../../src/stats/typeSevenQuantiles';

// R: precip (built-in dataset, 70 US cities, inches of rain a year)
const precip = [
  67, 54.7, 7, 48.5, 14, 17.2, 20.7, 13, 43.4, 40.2, 38.9, 54.5, 59.8, 48.3, 22.9, 11.5, 34.4, 35.1, 38.7, 30.8, 30.6,
  43.1, 56.8, 40.8, 41.8, 42.5, 31, 31.7, 30.2, 25.9, 49.2, 37, 35.9, 15, 30.2, 7.2, 36.2, 45.5, 7.8, 33.4, 36.1, 40.2,
  42.7, 42.5, 16.2, 39, 35, 37, 31.4, 37.6, 39.9, 36.2, 42.8, 46.4, 24.7, 49.1, 46, 35.9, 7.8, 48.2, 15.2, 32.5, 44.7,
  42.6, 38.8, 17.4, 40.8, 29.1, 14.6, 59.2,
];

describe('typeSevenQuantiles', () => {
  it("matches R's quantile(precip, c(0.05, 0.5, 0.95), type = 7) to the last bit", () => {
    // R: sprintf("%.17g", quantile(precip, c(0.05, 0.5, 0.95)))
    //    "9.4649999999999999" "36.600000000000001" "55.854999999999997"
    expect(typeSevenQuantiles(Float64Array.from(precip), [0.05, 0.5, 0.95])).toEqual([9.465, 36.6, 55.855]);
  });

  it('matches R on one and two values', () => {
    // R: quantile(c(1, 2), c(0.05, 0.5, 0.95)) → 1.05 1.50 1.95
    expect(typeSevenQuantiles(Float64Array.from([2, 1]), [0.05, 0.5, 0.95])).toEqual([1.05, 1.5, 1.95]);
    expect(typeSevenQuantiles(Float64Array.from([3.3]), [0.05, 0.5, 0.95])).toEqual([3.3, 3.3, 3.3]);
  });

  it('equals type 7 on the sorted values for any ascending probabilities, repeats and ties included', () => {
    // R's definition on a sorted copy: h = 1 + (n − 1)·p, then (1 − (h − ⌊h⌋))·x⌊h⌋ + (h − ⌊h⌋)·x⌊h⌋₊₁.
    const sortedTypeSeven = (sorted: Float64Array, probability: number): number => {
      const index = 1 + (sorted.length - 1) * probability;
      const lower = Math.floor(index) - 1;
      const fraction = index - (lower + 1);
      const below = sorted[lower] as number;
      if (fraction === 0 || lower === sorted.length - 1) return below;
      const above = sorted[lower + 1] as number;
      return above === below ? below : (1 - fraction) * below + fraction * above;
    };
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 400 }),
        fc.array(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 0.05, 0.5, 0.95, 1)), {
          minLength: 1,
          maxLength: 6,
        }),
        (values, probabilities) => {
          const ascending = [...probabilities].sort((left, right) => left - right);
          const sorted = Float64Array.from(values).sort();
          const expected = ascending.map((probability) => sortedTypeSeven(sorted, probability));
          expect(typeSevenQuantiles(Float64Array.from(values), ascending)).toEqual(expected);
        },
      ),
    );
  });

  it('selection puts the k-th smallest value at k, smaller before and larger after', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 3000 }),
        fc.nat(),
        (values, seed) => {
          const k = seed % values.length;
          const array = Float64Array.from(values);
          selectInPlace(array, k);
          const sorted = Float64Array.from(values).sort();
          // Adding 0 turns -0 into 0: the two are equal values, and selection may leave
          // either at k where a sort puts -0 first.
          expect((array[k] as number) + 0).toBe((sorted[k] as number) + 0);
          for (let index = 0; index < k; index++) expect(array[index]).toBeLessThanOrEqual(array[k] as number);
          for (let index = k + 1; index < array.length; index++)
            expect(array[index]).toBeGreaterThanOrEqual(array[k] as number);
        },
      ),
    );
  });
});
