import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ces,
  cesFromCounts,
  compareCsat,
  compareNps,
  countScores,
  csat,
  csatFromCounts,
  csatScale,
  mergeCounts,
  nps,
  npsScale,
} from '../../src/metrics/index';

// Two responses at least: the fewest any score with an interval accepts.
const npsScores = fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 2, maxLength: 300 });
const csatScores = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 300 });

describe('counts (laws)', () => {
  it('merge is associative', () => {
    fc.assert(
      fc.property(npsScores, npsScores, npsScores, (a, b, c) => {
        const [x, y, z] = [a, b, c].map((scores) => countScores(scores, npsScale)) as [never, never, never];
        expect(mergeCounts(mergeCounts(x, y), z)).toEqual(mergeCounts(x, mergeCounts(y, z)));
      }),
    );
  });

  it('merge is commutative', () => {
    fc.assert(
      fc.property(npsScores, npsScores, (a, b) => {
        const x = countScores(a, npsScale);
        const y = countScores(b, npsScale);
        expect(mergeCounts(x, y)).toEqual(mergeCounts(y, x));
      }),
    );
  });

  it('shard-then-merge equals one pass, for every score', () => {
    fc.assert(
      fc.property(csatScores, fc.nat(), (scores, cut) => {
        const at = cut % scores.length;
        const merged = mergeCounts(
          countScores(scores.slice(0, at), csatScale),
          countScores(scores.slice(at), csatScale),
        );
        expect(merged).toEqual(countScores(scores, csatScale));
        expect(csatFromCounts(merged)).toEqual(csat(scores));
        expect(cesFromCounts(merged, { scale: csatScale })).toEqual(ces(scores, { scale: csatScale }));
      }),
    );
  });

  it('promoters, passives and detractors partition the responses, and the score is their net share', () => {
    fc.assert(
      fc.property(npsScores, (scores) => {
        const result = nps(scores);
        expect(result.promoters + result.passives + result.detractors).toBe(scores.length);
        expect(result.promoters).toBe(scores.filter((score) => score >= 9).length);
        expect(result.detractors).toBe(scores.filter((score) => score <= 6).length);
        expect(result.score).toBeCloseTo((100 * (result.promoters - result.detractors)) / scores.length, 12);
        expect(result.ci.lower).toBeGreaterThanOrEqual(-100);
        expect(result.ci.upper).toBeLessThanOrEqual(100);
        expect(result.ci.lower).toBeLessThanOrEqual(result.ci.upper);
      }),
    );
  });

  it('the order of scores does not matter', () => {
    fc.assert(
      fc.property(npsScores, (scores) => {
        expect(nps([...scores].reverse())).toEqual(nps(scores));
      }),
    );
  });

  it('a comparison’s interval holds its difference, and p < 1 − level exactly when it leaves out 0', () => {
    const level = fc.constantFrom(0.8, 0.9, 0.95, 0.99);
    fc.assert(
      fc.property(
        npsScores,
        npsScores,
        level,
        fc.constantFrom('adjusted-wald' as const, 'wald' as const),
        (a, b, at, method) => {
          const uniform = (scores: number[]) =>
            new Set(scores.map((score) => (score >= 9 ? 1 : score <= 6 ? -1 : 0))).size === 1;
          if (method === 'wald' && uniform(a) && uniform(b)) return;
          const change = compareNps(a, b, { level: at, method });
          expect(change.difference).toBeCloseTo(nps(a).score - nps(b).score, 9);
          expect(change.ci.lower).toBeLessThanOrEqual(change.difference + 1e-9);
          expect(change.ci.upper).toBeGreaterThanOrEqual(change.difference - 1e-9);
          // Away from the edge itself (bisection meets it to rounding), the two readings agree.
          const excludesZero = change.ci.lower > 1e-9 || change.ci.upper < -1e-9;
          const includesZero = change.ci.lower < -1e-9 && change.ci.upper > 1e-9;
          if (excludesZero) expect(change.pValue).toBeLessThan(1 - at + 1e-9);
          if (includesZero) expect(change.pValue).toBeGreaterThan(1 - at - 1e-9);
        },
      ),
    );
    fc.assert(
      fc.property(csatScores, csatScores, level, (a, b, at) => {
        const change = compareCsat(a, b, { level: at });
        expect(change.ci.lower).toBeLessThanOrEqual(change.difference + 1e-9);
        expect(change.ci.upper).toBeGreaterThanOrEqual(change.difference - 1e-9);
        if (change.ci.lower > 1e-9 || change.ci.upper < -1e-9) expect(change.pValue).toBeLessThan(1 - at + 1e-9);
        if (change.ci.lower < -1e-9 && change.ci.upper > 1e-9) expect(change.pValue).toBeGreaterThan(1 - at - 1e-9);
      }),
    );
  });

  it('skipping counts every invalid score and keeps every valid one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -5, max: 15 }), fc.double(), fc.constant(Number.NaN))),
        (values) => {
          const valid = values.filter((value) => Number.isInteger(value) && value >= 0 && value <= 10);
          const counts = countScores(values, npsScale, { invalid: 'skip' });
          expect(counts.skipped).toBe(values.length - valid.length);
          expect(counts.counts.reduce((total, count) => total + count, 0)).toBe(valid.length);
        },
      ),
    );
  });
});
