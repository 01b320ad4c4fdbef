import { describe, expect, it } from 'vitest';
import { adjustPValues } from '../../src/stats/adjustPValues';

describe('adjustPValues', () => {
  // R 4.2: p <- c(0.01, 0.04, 0.03, 0.04, 0.2, 0.001, 0.5) — with a tie at 0.04.
  const pValues = [0.01, 0.04, 0.03, 0.04, 0.2, 0.001, 0.5];

  it('Holm, as R p.adjust(p, "holm")', () => {
    const expected = [0.06, 0.16, 0.15, 0.16, 0.4, 0.007, 0.5];
    adjustPValues(pValues, 'holm').forEach((value, index) => {
      expect(value).toBeCloseTo(expected[index] as number, 15);
    });
  });

  it('Benjamini–Hochberg, as R p.adjust(p, "BH")', () => {
    const expected = [0.035, 0.056, 0.056, 0.056, 0.23333333333333336, 0.007, 0.5];
    adjustPValues(pValues, 'benjamini-hochberg').forEach((value, index) => {
      expect(value).toBeCloseTo(expected[index] as number, 15);
    });
  });

  it('none leaves them, and nothing to adjust is nothing', () => {
    expect(adjustPValues(pValues, 'none')).toEqual(pValues);
    expect(adjustPValues([], 'holm')).toEqual([]);
    // Capped at 1: R p.adjust(c(0.6, 0.7), "holm") gives 1 1.
    expect(adjustPValues([0.6, 0.7], 'holm')).toEqual([1, 1]);
  });
});
