import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ces, countScores, csat, csatScale, mergeCounts, nps, npsScale } from '../../src/metrics/index';

const npsScores = fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 300 });
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
        expect(csat(merged)).toEqual(csat(scores));
        expect(ces(merged, { scale: csatScale })).toEqual(ces(scores, { scale: csatScale }));
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
