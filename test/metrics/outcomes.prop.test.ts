import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leadLag, outcomesByScoreCategory } from '../../src/metrics/index';

// Customers with an NPS answer and a renewal, in any order.
const customers = fc.uniqueArray(
  fc.record({
    customerId: fc.stringMatching(/^[a-z0-9]{1,6}$/),
    score: fc.integer({ min: 0, max: 10 }),
    renewed: fc.boolean(),
  }),
  { minLength: 1, maxLength: 120, selector: (entry) => entry.customerId },
);
// Scores and business measures as they are reported: to a tenth.
const tenths = fc.integer({ min: -500, max: 500 }).map((value) => value / 10);
const series = fc
  .integer({ min: 5, max: 40 })
  .chain((length) =>
    fc.tuple(
      fc.array(tenths, { minLength: length, maxLength: length }),
      fc.array(tenths, { minLength: length, maxLength: length }),
    ),
  )
  .filter(([x, y]) => new Set(x).size > 2 && new Set(y).size > 2);

describe('outcomesByScoreCategory (laws)', () => {
  it('the order of responses and outcomes does not matter', () => {
    fc.assert(
      fc.property(customers, fc.func(fc.integer()), (rows, key) => {
        const responses = rows.map(({ customerId, score }) => ({ customerId, score }));
        const outcomes = rows.map(({ customerId, renewed }) => ({ customerId, value: renewed }));
        const shuffled = [...outcomes].sort((left, right) => key(left.customerId) - key(right.customerId));
        expect(outcomesByScoreCategory([...responses].reverse(), shuffled, { metric: 'nps' })).toEqual(
          outcomesByScoreCategory(responses, outcomes, { metric: 'nps' }),
        );
      }),
    );
  });

  it('each rate lies in its Wilson interval, inside [0, 1], and the counts add up to the customers', () => {
    fc.assert(
      fc.property(customers, (rows) => {
        const result = outcomesByScoreCategory(
          rows.map(({ customerId, score }) => ({ customerId, score })),
          rows.map(({ customerId, renewed }) => ({ customerId, value: renewed })),
          { metric: 'nps' },
        );
        expect(result.categories.reduce((sum, category) => sum + category.n, 0)).toBe(rows.length);
        for (const category of result.categories) {
          if (category.estimate === null || category.ci === null) continue;
          expect(category.ci.lower).toBeGreaterThanOrEqual(0);
          expect(category.ci.upper).toBeLessThanOrEqual(1);
          expect(category.ci.lower).toBeLessThanOrEqual(category.estimate + 1e-12);
          expect(category.ci.upper).toBeGreaterThanOrEqual(category.estimate - 1e-12);
        }
        for (const difference of result.differences) {
          if (difference.difference === null || difference.ci === null) continue;
          expect(difference.ci.lower).toBeLessThanOrEqual(difference.difference + 1e-12);
          expect(difference.ci.upper).toBeGreaterThanOrEqual(difference.difference - 1e-12);
          expect(difference.ci.lower).toBeGreaterThanOrEqual(-1 - 1e-12);
          expect(difference.ci.upper).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });
});

describe('leadLag (laws)', () => {
  it('swapping the series mirrors every lag: lag k becomes −k with the same test', () => {
    fc.assert(
      fc.property(series, ([x, y]) => {
        const forward = leadLag(x, y, { maxLag: 2 });
        const backward = leadLag(y, x, { maxLag: 2 });
        forward.lags.forEach((entry, index) => {
          const mirror = backward.lags[backward.lags.length - 1 - index];
          expect(mirror?.lag).toBe(entry.lag === 0 ? 0 : -entry.lag);
          expect(mirror?.pairs).toBe(entry.pairs);
          if (entry.correlation === null) expect(mirror?.correlation).toBeNull();
          else {
            expect(mirror?.correlation).toBeCloseTo(entry.correlation, 10);
            expect(mirror?.effectivePairs).toBeCloseTo(entry.effectivePairs as number, 8);
          }
        });
      }),
    );
  });

  it('the effective number of pairs never exceeds the pairs, and adjusted p-values never fall below raw ones', () => {
    fc.assert(
      fc.property(series, ([x, y]) => {
        for (const entry of leadLag(x, y, { maxLag: 2 }).lags) {
          if (entry.effectivePairs !== null) expect(entry.effectivePairs).toBeLessThanOrEqual(entry.pairs);
          if (entry.pValue !== null) expect(entry.adjustedPValue).toBeGreaterThanOrEqual(entry.pValue);
        }
      }),
    );
  });

  it('a linear change of either series changes nothing but the sign', () => {
    fc.assert(
      fc.property(
        series,
        fc.double({ min: 0.5, max: 20, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        ([x, y], scale, shift) => {
          const plain = leadLag(x, y, { maxLag: 1 });
          const moved = leadLag(
            x.map((value) => shift - scale * value),
            y,
            { maxLag: 1 },
          );
          plain.lags.forEach((entry, index) => {
            if (entry.correlation === null) return;
            expect(moved.lags[index]?.correlation).toBeCloseTo(-entry.correlation, 8);
            expect(moved.lags[index]?.pValue).toBeCloseTo(entry.pValue as number, 8);
          });
        },
      ),
    );
  });
});
