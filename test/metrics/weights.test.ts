import { describe, expect, it } from 'vitest';
import {
  cesFromCounts,
  cesScale,
  compareNps,
  countScores,
  countWeightedScores,
  csatFromCounts,
  csatScale,
  mergeCounts,
  nps,
  npsFromCounts,
  npsScale,
} from '../../src/metrics/index';
import { expectCxError } from '../expectCxError';

// Expected values: Python 3 with scipy, written out by hand from the definitions (Kish 1965):
//   W = Σw, Q = Σw², n_eff = W² / Q; shares are weighted; each interval is the unweighted
//   one with n replaced by n_eff (the adjusted Wald adds ¾ to n_eff·p₊ and n_eff·p₋ and 3 to
//   n_eff; Wilson uses n_eff; Student's t has n_eff − 1 degrees of freedom and the spread is
//   Σw(x − x̄)² / W · n_eff / (n_eff − 1)).
describe('survey weights', () => {
  it('nps: weighted shares, Kish’s effective sample size, and the interval on it', () => {
    // W = 8, Q = 10.125, n_eff = 6.320987654320987; promoters weigh 5.25, detractors 1.25:
    // NPS = 100·(5.25 − 1.25)/8 = 50. Python: SE 29.831067331307477, adjusted-Wald interval
    // −15.693226325406258 to 83.5077958618301.
    const scores = [10, 10, 3, 8, 9, 6, 7, 10];
    const weights = [2, 1, 1, 0.5, 1.5, 0.25, 1, 0.75];
    const result = npsFromCounts(countWeightedScores(scores, weights, npsScale));
    expect(result.score).toBe(50);
    expect(result.n).toBe(8);
    expect(result.effectiveN).toBeCloseTo(6.320987654320987, 14);
    expect([result.promoters, result.passives, result.detractors]).toEqual([4, 2, 2]);
    expect(result.standardError).toBeCloseTo(29.831067331307477, 12);
    expect(result.ci.lower).toBeCloseTo(-15.693226325406258, 12);
    expect(result.ci.upper).toBeCloseTo(83.5077958618301, 12);
    // The same from a weighted counts summary.
    expect(npsFromCounts(countWeightedScores(scores, weights, npsScale))).toEqual(result);
  });

  it('csat: the weighted share with Wilson’s interval on n_eff, and the weighted mean', () => {
    // Python: n_eff 6.049149338374291, 43.75%, Wilson 15.16605814269148 to 77.18887438384381,
    // SE 20.16987185057828, mean 3.025.
    const result = csatFromCounts(
      countWeightedScores([5, 4, 2, 3, 5, 1, 4], [1.2, 0.8, 2.0, 1.0, 0.5, 1.5, 1.0], csatScale),
    );
    expect(result.effectiveN).toBeCloseTo(6.049149338374291, 14);
    expect(result.score).toBeCloseTo(43.75, 12);
    expect(result.satisfied).toBe(4);
    expect(result.ci.lower).toBeCloseTo(15.16605814269148, 12);
    expect(result.ci.upper).toBeCloseTo(77.18887438384381, 12);
    expect(result.standardError).toBeCloseTo(20.16987185057828, 12);
    expect(result.mean).toBeCloseTo(3.025, 14);
  });

  it('ces: the weighted mean, its spread and Student’s t on n_eff − 1 degrees of freedom', () => {
    // R: x <- c(7, 6, 5, 2, 5, 3); w <- c(1, 2, .5, 1.5, 1, .25); neff <- sum(w)^2 / sum(w^2)
    //    m <- weighted.mean(x, w); s2 <- sum(w * (x - m)^2) / sum(w) * neff / (neff - 1)
    //    c(neff, m, sqrt(s2), sqrt(s2 / neff), m - qt(.975, neff - 1) * sqrt(s2 / neff))
    //    # 4.56204379562043805 4.84 2.04157605464142478 0.95584140257955241 2.05238731724977841
    const result = cesFromCounts(countWeightedScores([7, 6, 5, 2, 5, 3], [1, 2, 0.5, 1.5, 1, 0.25], cesScale));
    expect(result.effectiveN).toBeCloseTo(4.562043795620438, 14);
    expect(result.score).toBeCloseTo(4.84, 14);
    expect(result.standardDeviation).toBeCloseTo(2.0415760546414248, 13);
    expect(result.standardError).toBeCloseTo(0.9558414025795524, 13);
    expect(result.ci.lower).toBeCloseTo(2.0523873172497784, 11);
    expect(result.ci.upper).toBe(7);
  });

  it('equal weights change nothing: n_eff is n', () => {
    const scores = [10, 9, 3, 8, 7, 10, 0, 6];
    const weighted = npsFromCounts(
      countWeightedScores(
        scores,
        scores.map(() => 2.5),
        npsScale,
      ),
    );
    const plain = nps(scores);
    expect(weighted.effectiveN).toBeCloseTo(8, 13);
    expect(weighted.score).toBeCloseTo(plain.score, 13);
    expect(weighted.ci.lower).toBeCloseTo(plain.ci.lower, 11);
    expect(weighted.standardError).toBeCloseTo(plain.standardError, 11);
  });

  it('counts carry exact sums: 0.1 + 0.2 is three tenths, kept to the last digit', () => {
    const counts = countWeightedScores([10, 10, 3], [0.1, 0.2, 0.3], npsScale);
    // 0.1 + 0.2 rounds to 0.30000000000000004; the second number is what that rounding lost.
    expect(counts.weights?.sums[10]).toEqual([0.30000000000000004, -2.7755575615628914e-17]);
    expect(counts.weights?.sums[3]).toEqual([0.3]);
    expect(counts.weights?.sums[5]).toEqual([0]);
    expect(npsFromCounts(JSON.parse(JSON.stringify(counts)))).toEqual(npsFromCounts(counts));
  });

  it('comparisons of weighted counts use each sample’s n_eff', () => {
    const a = countWeightedScores([10, 10, 9, 3, 8, 10], [1, 2, 1, 1, 0.5, 0.5], npsScale);
    const b = countWeightedScores([3, 6, 10, 8, 2, 9], [1, 1, 1, 1, 1, 1], npsScale);
    const change = compareNps(a, b);
    expect(change.a.effectiveN).toBeCloseTo(36 / 7.5, 14);
    expect(change.b.effectiveN).toBeCloseTo(6, 14);
    expect(change.standardError).toBeCloseTo(
      Math.hypot(npsFromCounts(a).standardError, npsFromCounts(b).standardError),
      14,
    );
  });

  it('one rule for tiny samples, on the effective size', () => {
    // Weights 1 and 3: n = 2 but n_eff = 16/10 = 1.6, too few for an interval.
    const error = expectCxError(() => npsFromCounts(countWeightedScores([10, 3], [1, 3], npsScale)), 'TOO_FEW_SCORES', [
      'counts',
    ]);
    expect(error.message).toBe(
      "nps needs an effective sample size of at least 2 for an interval; the weights give 1.6 (Kish's (Σw)² / Σw²).",
    );
    expect(npsFromCounts(countWeightedScores([10, 3], [0.7, 0.7], npsScale)).effectiveN).toBeCloseTo(2, 14);
  });

  it('refuses bad weights, naming the place', () => {
    expectCxError(() => npsFromCounts(countWeightedScores([10, 3], [1, Number.NaN], npsScale)), 'INVALID_WEIGHTS', [
      'weights',
      1,
    ]);
    expectCxError(() => npsFromCounts(countWeightedScores([10, 3], [-1, 1], npsScale)), 'INVALID_WEIGHTS', [
      'weights',
      0,
    ]);
    expectCxError(() => npsFromCounts(countWeightedScores([10, 3], [1e-20, 1], npsScale)), 'INVALID_WEIGHTS', [
      'weights',
      0,
    ]);
    expectCxError(() => npsFromCounts(countWeightedScores([10, 3], [1], npsScale)), 'INVALID_WEIGHTS', ['weights']);
    expectCxError(() => npsFromCounts(countWeightedScores([10, 3], 'heavy' as never, npsScale)), 'INVALID_WEIGHTS', [
      'weights',
    ]);
    expectCxError(() => npsFromCounts(countWeightedScores([10, 3, 9], [0, 0, 0], npsScale)), 'INVALID_WEIGHTS', [
      'counts',
    ]);
    // A skipped score's weight is left out, but still checked.
    const skipped = countWeightedScores([10, 11, 3], [1, 5, 2], npsScale, { invalid: 'skip' });
    expect([skipped.skipped, skipped.weights?.squares]).toEqual([1, [5]]);
  });

  it('refuses weighted summaries that do not add up, naming the part', () => {
    const good = countWeightedScores([5, 4, 1], [1, 2, 3], csatScale);
    const weights = good.weights as NonNullable<typeof good.weights>;
    expectCxError(
      () => csatFromCounts({ ...good, weights: { ...weights, sums: weights.sums.slice(1) } }),
      'INVALID_COUNTS',
      ['counts', 'weights', 'sums'],
    );
    const onEmptyPoint = weights.sums.map((sum, index) => (index === 2 ? [1] : sum));
    expectCxError(() => csatFromCounts({ ...good, weights: { ...weights, sums: onEmptyPoint } }), 'INVALID_COUNTS', [
      'counts',
      'weights',
      'sums',
      2,
    ]);
    const negative = weights.sums.map((sum, index) => (index === 0 ? [-3] : sum));
    expectCxError(() => csatFromCounts({ ...good, weights: { ...weights, sums: negative } }), 'INVALID_COUNTS', [
      'counts',
      'weights',
      'sums',
      0,
    ]);
    // Σw = 6 and three responses: Σw² must lie between 36/3 = 12 and 36.
    expectCxError(() => csatFromCounts({ ...good, weights: { ...weights, squares: [1] } }), 'INVALID_COUNTS', [
      'counts',
      'weights',
      'squares',
    ]);
    expectCxError(() => csatFromCounts({ ...good, weights: { ...weights, extra: 1 } as never }), 'INVALID_COUNTS', [
      'counts',
      'weights',
      'extra',
    ]);
    expectCxError(() => mergeCounts(good, countScores([5], csatScale)), 'INVALID_COUNTS', ['right', 'weights']);
  });
});
