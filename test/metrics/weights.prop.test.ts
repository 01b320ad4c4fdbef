import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countWeightedScores,
  csatFromCounts,
  csatScale,
  mergeCounts,
  nps,
  npsFromCounts,
  npsScale,
  type ScoreCounts,
} from '../../src/metrics/index';

// Scores with weights of any magnitude cxkit accepts, fractions with long binary tails included.
const weight = fc.oneof(
  fc.double({ min: 1e-15, max: 1e15, noNaN: true }),
  fc.double({ min: 0.001, max: 1000, noNaN: true }),
  fc.constantFrom(0, 0.1, 0.2, 0.3, 1 / 3, 1),
);
const weightedScores = fc.array(fc.tuple(fc.integer({ min: 0, max: 10 }), weight), { minLength: 0, maxLength: 60 });
const counted = (rows: Array<[number, number]>): ScoreCounts =>
  countWeightedScores(
    rows.map(([score]) => score),
    rows.map(([, value]) => value),
    npsScale,
  );

describe('weighted counts (laws)', () => {
  it('merge is associative, exactly', () => {
    fc.assert(
      fc.property(weightedScores, weightedScores, weightedScores, (a, b, c) => {
        const [x, y, z] = [counted(a), counted(b), counted(c)];
        expect(mergeCounts(mergeCounts(x, y), z)).toEqual(mergeCounts(x, mergeCounts(y, z)));
      }),
    );
  });

  it('merge is commutative, exactly', () => {
    fc.assert(
      fc.property(weightedScores, weightedScores, (a, b) => {
        expect(mergeCounts(counted(a), counted(b))).toEqual(mergeCounts(counted(b), counted(a)));
      }),
    );
  });

  it('shards in any grouping merge to one pass, to the last bit', () => {
    fc.assert(
      fc.property(weightedScores, fc.array(fc.nat(), { maxLength: 4 }), (rows, cuts) => {
        const at = [...new Set(cuts.map((cut) => (rows.length === 0 ? 0 : cut % rows.length)))].sort((l, r) => l - r);
        const shards = [0, ...at].map((start, index) => rows.slice(start, [...at, rows.length][index]));
        const merged = shards.map(counted).reduce((left, right) => mergeCounts(left, right));
        expect(merged).toEqual(counted(rows));
        // And in reverse order of rows: addition order does not show either.
        expect(counted([...rows].reverse())).toEqual(counted(rows));
      }),
    );
  });

  it('scaling every weight by a power of two changes no score', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.double({ min: 0.01, max: 100, noNaN: true })), {
          minLength: 4,
          maxLength: 40,
        }),
        fc.constantFrom(0.25, 2, 1024),
        (rows, factor) => {
          const scores = rows.map(([score]) => score);
          const outcome = (weights: number[]) => {
            try {
              return csatFromCounts(countWeightedScores(scores, weights, csatScale), { scale: csatScale });
            } catch (error) {
              return (error as { code: string }).code;
            }
          };
          // The same result, or the same refusal (an effective size under 2).
          expect(outcome(rows.map(([, value]) => value * factor))).toEqual(outcome(rows.map(([, value]) => value)));
        },
      ),
    );
  });

  it('the effective sample size lies between 1 and n, and equal weights give n', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 10 }), fc.double({ min: 0.01, max: 100, noNaN: true })), {
          minLength: 2,
          maxLength: 60,
        }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (rows, same) => {
          const scores = rows.map(([score]) => score);
          const { effectiveN, n } = (() => {
            try {
              return npsFromCounts(
                countWeightedScores(
                  scores,
                  rows.map(([, value]) => value),
                  npsScale,
                ),
              );
            } catch {
              return { effectiveN: 1, n: scores.length };
            }
          })();
          expect(effectiveN).toBeGreaterThanOrEqual(1 - 1e-12);
          expect(effectiveN).toBeLessThanOrEqual(n);
          const equal = npsFromCounts(
            countWeightedScores(
              scores,
              scores.map(() => same),
              npsScale,
            ),
          );
          expect(equal.effectiveN).toBeCloseTo(scores.length, 9);
          expect(equal.score).toBeCloseTo(nps(scores).score, 9);
        },
      ),
    );
  });
});
