import { describe, expect, it } from 'vitest';
import {
  ces,
  compareCes,
  compareCsat,
  compareNps,
  countScores,
  csat,
  csatFromCounts,
  csatScale,
  defineScale,
  mergeCounts,
  nps,
  npsFromCounts,
  npsScale,
  requiredSampleSize,
} from '../../src/metrics/index';
import { expectCxError } from '../expectCxError';

// R's qnorm(0.975), qt(0.975, 4).
const z95 = 1.959963984540054;
const t95df4 = 2.7764451051977987;

/** n scores of the same value. */
const repeat = (value: number, times: number): number[] => Array.from({ length: times }, () => value);
/** 80 responses: 30 promoters, 30 passives, 20 detractors. */
const eighty = [
  ...repeat(10, 15),
  ...repeat(9, 15),
  ...repeat(8, 20),
  ...repeat(7, 10),
  ...repeat(6, 5),
  ...repeat(0, 15),
];

describe('nps', () => {
  it('counts promoters, passives and detractors and nets them on −100…100', () => {
    const result = nps(eighty);
    expect([result.n, result.promoters, result.passives, result.detractors]).toEqual([80, 30, 30, 20]);
    expect(result.score).toBe(12.5);
    expect(result.skipped).toBe(0);
  });

  it('gives the trinomial standard error and Wald interval', () => {
    // By hand: p₊ = 0.375, p₋ = 0.25, Var = 0.375 + 0.25 − 0.125² = 0.609375,
    // SE = 100·√(0.609375 / 80) = 8.727650027355589 (computed independently in Python).
    const result = nps(eighty, { method: 'wald' });
    expect(result.standardError).toBeCloseTo(8.727650027355589, 12);
    expect(result.ci.lower).toBeCloseTo(12.5 - z95 * 8.727650027355589, 12);
    expect(result.ci.lower).toBeCloseTo(-4.6058797232869715, 12);
    expect(result.ci.upper).toBeCloseTo(29.60587972328697, 12);
    expect(result.ci).toMatchObject({ level: 0.95, method: 'wald' });
  });

  it('gives the adjusted-Wald interval by default: ¾ added to promoters and detractors, 3 to n', () => {
    // By hand: 30.75 and 20.75 of 83, center 100·10/83, SE = 100·√((51.5/83 − (10/83)²)/83).
    const center = (100 * 10) / 83;
    const standardError = 100 * Math.sqrt((51.5 / 83 - (10 / 83) ** 2) / 83);
    const result = nps(eighty);
    expect(result.ci.method).toBe('adjusted-wald');
    expect(result.ci.lower).toBeCloseTo(center - z95 * standardError, 12);
    expect(result.ci.lower).toBeCloseTo(-4.698659340107689, 12);
    expect(result.ci.upper).toBeCloseTo(28.795044882276365, 12);
    // The standard error reported is the plain plug-in one, whatever the interval method.
    expect(result.standardError).toBeCloseTo(8.727650027355589, 12);
  });

  it('keeps the interval inside −100…100, and the adjusted interval open where Wald collapses', () => {
    const allPromoters = repeat(10, 10);
    const wald = nps(allPromoters, { method: 'wald' });
    expect([wald.score, wald.standardError, wald.ci.lower, wald.ci.upper]).toEqual([100, 0, 100, 100]);
    const adjusted = nps(allPromoters);
    // Unclipped, the adjusted interval would run 47.5035515447902 to 106.34260230136364.
    expect(adjusted.ci.lower).toBeCloseTo(47.5035515447902, 12);
    expect(adjusted.ci.upper).toBe(100);
  });

  it('widens with the level', () => {
    const at90 = nps(eighty, { level: 0.9 });
    const at99 = nps(eighty, { level: 0.99 });
    expect(at99.ci.upper - at99.ci.lower).toBeGreaterThan(at90.ci.upper - at90.ci.lower);
  });

  it('reads Uint8Array, Float64Array and counts alike', () => {
    const fromBytes = nps(Uint8Array.from(eighty));
    expect(nps(Float64Array.from(eighty))).toEqual(fromBytes);
    expect(npsFromCounts(countScores(eighty, npsScale))).toEqual(fromBytes);
  });

  it('refuses invalid scores naming the first indexes, or skips and counts them', () => {
    for (const bad of [11, -1, 9.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const error = expectCxError(() => nps([10, 8, bad, 7, bad]), 'INVALID_SCORES', ['scores', 2]);
      expect(error.details).toMatchObject({ indexes: [2, 4], invalidCount: 2 });
    }
    expectCxError(() => nps(Uint8Array.of(10, 200)), 'INVALID_SCORES', ['scores', 1]);
    expectCxError(() => nps(['9', 10] as never), 'INVALID_SCORES', ['scores', 0]);
    expectCxError(() => nps([null, 10] as never), 'INVALID_SCORES', ['scores', 0]);
    const skipped = nps([10, 11, 9.5, 0, Number.NaN], { invalid: 'skip' });
    expect([skipped.n, skipped.skipped, skipped.score]).toEqual([2, 3, 0]);
  });

  it('refuses empty input, never returning NaN', () => {
    expectCxError(() => nps([]), 'EMPTY_SCORES', ['scores']);
    expectCxError(() => nps(new Uint8Array(0)), 'EMPTY_SCORES', ['scores']);
    const allBad = expectCxError(() => nps([11, 12], { invalid: 'skip' }), 'EMPTY_SCORES', ['scores']);
    expect(allBad.message).toBe('There are no valid scores: all 2 were skipped as invalid.');
  });

  it('refuses counts on another scale and bad options', () => {
    expectCxError(() => npsFromCounts(countScores([5, 4], csatScale)), 'SCALE_MISMATCH', ['counts', 'scale', 'name']);
    expectCxError(() => nps(eighty, { level: 95 }), 'INVALID_OPTION', ['level']);
    expectCxError(() => nps(eighty, { level: 0 }), 'INVALID_OPTION', ['level']);
    expectCxError(() => nps(eighty, { method: 'wilson' as never }), 'INVALID_OPTION', ['method']);
    expectCxError(() => nps(eighty, { invalid: 'drop' as never }), 'INVALID_OPTION', ['invalid']);
    expectCxError(() => nps(eighty, { confidence: 0.9 } as never), 'UNKNOWN_OPTION', ['confidence']);
    expectCxError(() => nps(null as never), 'INVALID_INPUT', ['scores']);
    const summary = expectCxError(() => nps(countScores(eighty, npsScale) as never), 'INVALID_INPUT', ['scores']);
    expect(summary.message).toBe(
      'scores must be an array of scores (score a counts summary with npsFromCounts); received a counts summary.',
    );
    expectCxError(() => csat(countScores([5, 4], csatScale) as never), 'INVALID_INPUT', ['scores']);
    expectCxError(() => npsFromCounts(countScores(eighty, npsScale), { invalid: 'skip' } as never), 'UNKNOWN_OPTION', [
      'invalid',
    ]);
    expectCxError(() => nps(42 as never), 'INVALID_INPUT', ['scores']);
  });
});

describe('counts summaries', () => {
  it('count each point and merge', () => {
    const counts = countScores([0, 10, 10, 5], npsScale);
    expect(counts).toEqual({
      kind: 'score-counts',
      scale: npsScale,
      counts: [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 2],
      skipped: 0,
    });
    const merged = mergeCounts(counts, countScores([10, 12], npsScale, { invalid: 'skip' }));
    expect(merged.counts).toEqual([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 3]);
    expect(merged.skipped).toBe(1);
  });

  it('survive a JSON round trip', () => {
    const counts = countScores(eighty, npsScale);
    expect(npsFromCounts(JSON.parse(JSON.stringify(counts)))).toEqual(nps(eighty));
  });

  it('refuse to merge across scales, naming the field', () => {
    const stars = defineScale({ name: 'stars', min: 1, max: 5 });
    expectCxError(() => mergeCounts(countScores([5], csatScale), countScores([5], stars)), 'SCALE_MISMATCH', [
      'right',
      'scale',
      'name',
    ]);
    const topBox = defineScale({ name: 'csat', min: 1, max: 5, favorable: { from: 5, to: 5 } });
    expectCxError(() => mergeCounts(countScores([5], csatScale), countScores([5], topBox)), 'SCALE_MISMATCH', [
      'right',
      'scale',
      'favorable',
    ]);
  });

  it('refuse malformed summaries, naming the part', () => {
    const good = countScores([10], npsScale);
    expectCxError(() => npsFromCounts({ ...good, counts: good.counts.slice(1) }), 'INVALID_COUNTS', [
      'counts',
      'counts',
    ]);
    expectCxError(
      () => npsFromCounts({ ...good, counts: good.counts.map((count, index) => (index === 3 ? -1 : count)) }),
      'INVALID_COUNTS',
      ['counts', 'counts', 3],
    );
    expectCxError(
      () => npsFromCounts({ ...good, counts: good.counts.map((count, index) => (index === 3 ? 0.5 : count)) }),
      'INVALID_COUNTS',
      ['counts', 'counts', 3],
    );
    expectCxError(() => npsFromCounts({ ...good, skipped: Number.NaN }), 'INVALID_COUNTS', ['counts', 'skipped']);
    expectCxError(() => npsFromCounts({ ...good, kind: 'counts' } as never), 'INVALID_COUNTS', ['counts', 'kind']);
    expectCxError(() => npsFromCounts({ ...good, total: 1 } as never), 'UNKNOWN_OPTION', ['total']);
    expectCxError(() => mergeCounts(good, { ...good, scale: { ...good.scale, max: 9 } }), 'INVALID_COUNTS', [
      'right',
      'scale',
    ]);
    const widened = { ...good.scale, max: 11, favorable: { from: 9, to: 11 } };
    expectCxError(() => mergeCounts(good, { ...good, scale: widened }), 'INVALID_COUNTS', ['right', 'counts']);
  });
});

describe('csat', () => {
  it('is the top-2-box share in percent, with the mean', () => {
    const result = csat([5, 4, 4, 3, 5, 2, 5, 4]);
    expect([result.score, result.satisfied, result.n, result.mean]).toEqual([75, 6, 8, 4]);
  });

  it('gives Wilson’s interval: Newcombe (1998) Table I, 81 of 263 → 0.2553 to 0.3662', () => {
    const scores = [...repeat(5, 81), ...repeat(1, 182)];
    const result = csat(scores);
    expect(result.ci.lower / 100).toBeCloseTo(0.2553, 4);
    expect(result.ci.upper / 100).toBeCloseTo(0.3662, 4);
    expect(result.standardError).toBeCloseTo(100 * Math.sqrt(((81 / 263) * (182 / 263)) / 263), 12);
  });

  it('gives a Wald interval on request, and Wilson stays open at 100%', () => {
    const all = repeat(5, 12);
    expect(csat(all, { method: 'wald' }).ci).toMatchObject({ lower: 100, upper: 100 });
    // Wilson for 12 of 12: lower = 12 / (12 + z²).
    expect(csat(all).ci.lower).toBeCloseTo((100 * 12) / (12 + z95 * z95), 10);
  });

  it('uses another scale or band when given, and the counts’ own scale', () => {
    const topBox = defineScale({ name: 'csat-top-box', min: 1, max: 5, favorable: { from: 5, to: 5 } });
    expect(csat([5, 4, 5, 3], { scale: topBox }).score).toBe(50);
    expect(csatFromCounts(countScores([5, 4, 5, 3], topBox)).score).toBe(50);
    const tenPoint = defineScale({ name: 'csat-10', min: 1, max: 10, favorable: { from: 8, to: 10 } });
    expect(csat([10, 8, 7, 1], { scale: tenPoint }).score).toBe(50);
    expectCxError(() => csat([6]), 'INVALID_SCORES', ['scores', 0]);
    expectCxError(() => csatFromCounts(countScores([5], topBox), { scale: csatScale }), 'SCALE_MISMATCH', [
      'counts',
      'scale',
      'name',
    ]);
  });
});

describe('ces', () => {
  it('is the mean with Student’s t interval, clipped to the scale, and the share of easy answers', () => {
    // Mean 5; SD = √(14/4); SE = SD/√5; t(0.975, 4) = 2.7764451051977987 (R).
    const result = ces([7, 6, 5, 2, 5]);
    const standardError = Math.sqrt(14 / 4) / Math.sqrt(5);
    expect(result.score).toBe(5);
    expect(result.standardDeviation).toBeCloseTo(Math.sqrt(3.5), 14);
    expect(result.standardError).toBeCloseTo(standardError, 14);
    expect(result.ci.lower).toBeCloseTo(5 - t95df4 * standardError, 12);
    expect(result.ci.upper).toBe(7);
    expect([result.easy, result.easyShare.score]).toEqual([4, 80]);
  });

  it('needs two answers for an interval', () => {
    expectCxError(() => ces([5]), 'TOO_FEW_SCORES', ['scores']);
    expectCxError(() => ces([]), 'EMPTY_SCORES', ['scores']);
    expectCxError(() => ces([8]), 'INVALID_SCORES', ['scores', 0]);
  });
});

describe('comparisons', () => {
  const before = [...repeat(10, 30), ...repeat(8, 30), ...repeat(3, 20)];
  const after = [...repeat(10, 27), ...repeat(8, 30), ...repeat(3, 23)];

  // Independent reference for compareNps and compareCsat: Python 3 with scipy (the MOVER
  // interval written out, and its p-value found with scipy.optimize.brentq):
  //   def limits(P, D, n, z, adjusted):            # one sample's interval, in points
  //       if adjusted: P, D, n = P + .75, D + .75, n + 3
  //       p, m = P / n, D / n; c = 100 * (p - m); s = 100 * sqrt((p + m - (p - m) ** 2) / n)
  //       return c - z * s, c + z * s
  //   def mover(e1, f1, e2, f2, z):                 # Newcombe 1998 / Zou & Donner 2008
  //       (l1, u1), (l2, u2) = f1(z), f2(z); d = e1 - e2
  //       return (d - hypot(max(0, e1 - l1), max(0, u2 - e2)), d + hypot(max(0, u1 - e1), max(0, e2 - l2)))
  //   p = 2 * norm.sf(brentq(lambda z: mover(...)[0 if d > 0 else 1] ... , 0, 60))  # the level where a bound is 0
  // The Newcombe interval agrees with statsmodels' confint_proportions_2indep(method='newcomb'),
  // which also puts its lower bound at 0 (to 2e-16) at alpha = the p-value below.

  it('compareNps: a 7.5-point drop on 80 responses each is not significant', () => {
    // Python: difference −7.5, SE 12.409044080830723, interval −31.117266671985348 to
    // 16.496110681397298, p = 0.5479282317056627.
    const change = compareNps(after, before);
    expect(change.difference).toBeCloseTo(-7.5, 12);
    expect(change.standardError).toBeCloseTo(12.409044080830723, 10);
    expect(change.ci.lower).toBeCloseTo(-31.117266671985348, 10);
    expect(change.ci.upper).toBeCloseTo(16.496110681397298, 10);
    expect(change.pValue).toBeCloseTo(0.5479282317056627, 10);
    expect(change.a).toEqual({ score: 5, n: 80, effectiveN: 80 });
    // The standard error is the two samples' own, added in quadrature.
    expect(change.standardError).toBeCloseTo(Math.hypot(nps(after).standardError, nps(before).standardError), 14);
    // Plain Wald: −7.5 ± z·SE, the two-sample z-test, p = 0.5455791414385874.
    const wald = compareNps(after, before, { method: 'wald' });
    expect(wald.standardError).toBeCloseTo(12.409044080830723, 10);
    expect(wald.ci.lower).toBeCloseTo(-7.5 - z95 * 12.409044080830723, 10);
    expect(wald.pValue).toBeCloseTo(0.5455791414385874, 10);
  });

  it('compareNps: the difference lies inside its own interval, even beside a tiny sample', () => {
    // Two promoters against 12 promoters, 48 passives, 40 detractors: 100 − (−28) = 128.
    // The adjusted-Wald difference used to center the interval on 67 and leave 128 outside it.
    // Python: SE 6.6452990903344595, interval 2.8363337560286084 to 140.85519841299225, p = 0.04086346437853519.
    const change = compareNps([10, 10], [...repeat(10, 12), ...repeat(8, 48), ...repeat(3, 40)]);
    expect(change.difference).toBe(128);
    expect(change.standardError).toBeCloseTo(6.6452990903344595, 10);
    expect(change.ci.lower).toBeCloseTo(2.8363337560286084, 10);
    expect(change.ci.upper).toBeCloseTo(140.85519841299225, 10);
    expect(change.pValue).toBeCloseTo(0.04086346437853519, 10);
  });

  it('compareNps: two samples with the same NPS differ by 0, p = 1', () => {
    // 4 promoters and 1 detractor of 5 against 70/20/10 of 100: both 60.
    // Python: interval −80.09180139804035 to 37.329090726341384 (wide on the small sample's side).
    const change = compareNps([10, 10, 9, 9, 3], [...repeat(10, 70), ...repeat(7, 20), ...repeat(0, 10)]);
    expect(change.difference).toBe(0);
    expect(change.pValue).toBe(1);
    expect(change.ci.lower).toBeCloseTo(-80.09180139804035, 10);
    expect(change.ci.upper).toBeCloseTo(37.329090726341384, 10);
  });

  it('compareNps: the p-value is below 1 − level exactly when the interval leaves out 0', () => {
    const big = compareNps([...before, ...before, ...before, ...before, ...before, ...before], repeat(0, 50));
    expect(big.pValue).toBeLessThan(0.05);
    expect(big.ci.lower).toBeGreaterThan(0);
  });

  it('compareNps names the sample an error is in', () => {
    expectCxError(() => compareNps([10, 9], [10, 11]), 'INVALID_SCORES', ['b', 1]);
    expectCxError(() => compareNps([], [10]), 'EMPTY_SCORES', ['a']);
    expectCxError(() => compareNps([10, 9], [10]), 'TOO_FEW_SCORES', ['b']);
  });

  it('compareCsat: Newcombe (1998) Table II, 56/70 − 48/80 → 0.0524 to 0.3339', () => {
    const a = [...repeat(5, 56), ...repeat(1, 14)];
    const b = [...repeat(5, 48), ...repeat(1, 32)];
    const change = compareCsat(a, b);
    expect(change.difference).toBeCloseTo(20, 12);
    expect(change.ci.lower / 100).toBeCloseTo(0.0524, 4);
    expect(change.ci.upper / 100).toBeCloseTo(0.3339, 4);
    // statsmodels: confint_proportions_2indep(56, 70, 48, 80, method='newcomb') = (0.05243147240236498, 0.33387265403690614).
    expect(change.ci.lower).toBeCloseTo(5.243147240236498, 10);
    expect(change.ci.upper).toBeCloseTo(33.38726540369061, 10);
    // The test this interval inverts (Python, above): p = 0.008133140358606815. (The pooled
    // z-test, a different method, gives 0.00805.)
    expect(change.pValue).toBeCloseTo(0.008133140358606815, 10);
    // Unpooled plug-in SE: √(0.8·0.2/70 + 0.6·0.4/80), in points.
    expect(change.standardError).toBeCloseTo(100 * Math.sqrt((0.8 * 0.2) / 70 + (0.6 * 0.4) / 80), 12);
    // Wald: 20 ± z·SE, and the z-test on the same SE.
    const wald = compareCsat(a, b, { method: 'wald' });
    expect(wald.ci.lower).toBeCloseTo(20 - z95 * change.standardError, 10);
  });

  it('compareCes: Welch’s test on 6,7,5,6 and 4,3,5,4', () => {
    // Means 6 and 4, variances ⅔ and ⅔: SE = √(⅓), t = 2√3, df = 6 (Welch–Satterthwaite).
    // Two-sided p for Student's t with 6 df in closed form: 1 − √x·(1 + (1−x)/2 + 3(1−x)²/8), x = t²/(t²+6).
    const change = compareCes([6, 7, 5, 6], [4, 3, 5, 4]);
    const statistic = 2 / Math.sqrt(1 / 3);
    const x = (statistic * statistic) / (statistic * statistic + 6);
    const reference = 1 - Math.sqrt(x) * (1 + (1 - x) / 2 + (3 * (1 - x) ** 2) / 8);
    expect(change.difference).toBe(2);
    expect(change.standardError).toBeCloseTo(Math.sqrt(1 / 3), 14);
    expect(change.pValue).toBeCloseTo(reference, 12);
    // qt(0.975, 6) = 2.446911851144969 (R).
    expect(change.ci.lower).toBeCloseTo(2 - 2.446911851144969 * Math.sqrt(1 / 3), 10);
  });

  it('samples that do not vary: Welch (and Wald) cannot tell, and say so', () => {
    // R: t.test(c(5, 5), c(4, 4)) stops with "data are essentially constant".
    const welch = expectCxError(() => compareCes([5, 5], [4, 4]), 'UNIFORM_SAMPLES', []);
    expect(welch.message).toBe(
      "Neither sample varies (every answer alike within each), so Welch's t-test has a standard error of 0 and cannot tell whether the difference is more than chance (R's t.test refuses such data too).",
    );
    expectCxError(() => compareCes([5, 5], [5, 5]), 'UNIFORM_SAMPLES', []);
    expectCxError(() => compareNps(repeat(10, 5), repeat(0, 5), { method: 'wald' }), 'UNIFORM_SAMPLES', []);
    expectCxError(() => compareCsat(repeat(5, 5), repeat(1, 5), { method: 'wald' }), 'UNIFORM_SAMPLES', []);
    // The default intervals stay open, so the default comparisons can tell. Python (above):
    // interval 83.31529386922428 to 200, p = 6.027861281333013e-6.
    const apart = compareNps(repeat(10, 5), repeat(0, 5));
    expect(apart.difference).toBe(200);
    expect(apart.ci.lower).toBeCloseTo(83.31529386922428, 9);
    expect(apart.pValue / 6.027861281333013e-6).toBeCloseTo(1, 9);
    // One side varying is enough for Welch: R t.test(c(5, 5, 5), c(3, 4, 5)): t = √3, df = 2, p = 0.22540333075851657.
    expect(compareCes([5, 5, 5], [3, 4, 5]).pValue).toBeCloseTo(0.22540333075851657, 12);
  });
});

describe('one rule for tiny samples', () => {
  it('every score and comparison needs two responses: one answer has no spread', () => {
    expectCxError(() => nps([10]), 'TOO_FEW_SCORES', ['scores']);
    expectCxError(() => csat([5]), 'TOO_FEW_SCORES', ['scores']);
    expectCxError(() => ces([5]), 'TOO_FEW_SCORES', ['scores']);
    expectCxError(() => compareCsat([5, 4], [5]), 'TOO_FEW_SCORES', ['b']);
    expectCxError(() => compareCes([5], [4, 5]), 'TOO_FEW_SCORES', ['a']);
    const message = expectCxError(() => npsFromCounts(countScores([10], npsScale)), 'TOO_FEW_SCORES', [
      'counts',
    ]).message;
    expect(message).toBe('nps needs at least 2 scores for an interval; received 1.');
    expect(nps([10, 3]).score).toBe(0);
    expect(csat([5, 1]).score).toBe(50);
    expect(ces([5, 1]).score).toBe(3);
  });
});

describe('requiredSampleSize', () => {
  it('matches the textbook 385 for ±5 points on a proportion, and plans NPS for the worst case', () => {
    expect(requiredSampleSize({ metric: 'csat', marginOfError: 5 })).toBe(385);
    expect(requiredSampleSize({ metric: 'csat', marginOfError: 3 })).toBe(1068);
    // z²/0.05² = 1536.58…: worst case p₊ = p₋ = ½ gives a per-response variance of 1.
    expect(requiredSampleSize({ metric: 'nps', marginOfError: 5 })).toBe(1537);
    // z²·2.25/0.2² = 216.08…: the worst-case SD of a 1–7 scale is 3… with the SD given as 1.5:
    expect(requiredSampleSize({ metric: 'ces', marginOfError: 0.2, expectedStandardDeviation: 1.5 })).toBe(217);
  });

  it('applies the finite-population correction for a small population (Cochran 1977)', () => {
    // R: n0 <- qnorm(0.975)^2 * 0.25 / 0.05^2   # 384.14588206941227
    //    ceiling(n0 * N / (n0 + N - 1))         # N = 1000: 278; 200: 132; 100000: 383; 1: 1
    expect(requiredSampleSize({ metric: 'csat', marginOfError: 5, population: 1000 })).toBe(278);
    expect(requiredSampleSize({ metric: 'csat', marginOfError: 5, population: 200 })).toBe(132);
    expect(requiredSampleSize({ metric: 'csat', marginOfError: 5, population: 100_000 })).toBe(383);
    expect(requiredSampleSize({ metric: 'csat', marginOfError: 5, population: 1 })).toBe(1);
    // NPS worst case (variance 1), N = 5000: R ceiling(n0 * 5000 / (n0 + 4999)) with n0 = qnorm(0.975)^2 / 0.05^2 → 1176.
    expect(requiredSampleSize({ metric: 'nps', marginOfError: 5, population: 5000 })).toBe(1176);
    // CES, SD 1.5, ±0.2, N = 300: R → 126.
    expect(
      requiredSampleSize({ metric: 'ces', marginOfError: 0.2, expectedStandardDeviation: 1.5, population: 300 }),
    ).toBe(126);
    // Never more than the population, and a variance of 0 still asks one.
    expect(requiredSampleSize({ metric: 'csat', marginOfError: 0.1, population: 50 })).toBe(50);
    expect(requiredSampleSize({ metric: 'csat', marginOfError: 5, expected: 1, population: 1 })).toBe(1);
    expectCxError(() => requiredSampleSize({ metric: 'csat', marginOfError: 5, population: 0 }), 'INVALID_INPUT', [
      'population',
    ]);
    expectCxError(() => requiredSampleSize({ metric: 'nps', marginOfError: 5, population: 10.5 }), 'INVALID_INPUT', [
      'population',
    ]);
  });

  it('refuses what it cannot plan for', () => {
    expectCxError(() => requiredSampleSize({ metric: 'nps', marginOfError: 0 }), 'INVALID_INPUT', ['marginOfError']);
    expectCxError(
      () => requiredSampleSize({ metric: 'nps', marginOfError: 5, expected: { promoters: 0.7, detractors: 0.5 } }),
      'INVALID_INPUT',
      ['expected'],
    );
    expectCxError(() => requiredSampleSize({ metric: 'csat', marginOfError: 5, expected: 1.2 }), 'INVALID_INPUT', [
      'expected',
    ]);
    expectCxError(() => requiredSampleSize({ metric: 'mean' } as never), 'INVALID_INPUT', ['marginOfError']);
    expectCxError(() => requiredSampleSize({ metric: 'mean', marginOfError: 1 } as never), 'INVALID_INPUT', ['metric']);
    expectCxError(
      () => requiredSampleSize({ metric: 'csat', marginOfError: 5, margin: 3 } as never),
      'UNKNOWN_OPTION',
      ['margin'],
    );
  });
});

describe('defineScale', () => {
  it('defaults the favorable band to the top two points', () => {
    expect(defineScale({ name: 'stars', min: 1, max: 5 })).toEqual({
      name: 'stars',
      min: 1,
      max: 5,
      favorable: { from: 4, to: 5 },
    });
  });

  it('refuses scales it cannot count on', () => {
    expectCxError(() => defineScale({ name: '', min: 1, max: 5 }), 'INVALID_SCALE', ['name']);
    expectCxError(() => defineScale({ name: 's', min: 1, max: 1 }), 'INVALID_SCALE', ['max']);
    expectCxError(() => defineScale({ name: 's', min: 0.5, max: 5 }), 'INVALID_SCALE', ['max']);
    expectCxError(() => defineScale({ name: 's', min: 0, max: 5000 }), 'INVALID_SCALE', ['max']);
    expectCxError(() => defineScale({ name: 's', min: 1, max: 5, favorable: { from: 4, to: 6 } }), 'INVALID_SCALE', [
      'favorable',
    ]);
    expectCxError(
      () =>
        defineScale({ name: 's', min: 0, max: 10, favorable: { from: 6, to: 10 }, unfavorable: { from: 0, to: 6 } }),
      'INVALID_SCALE',
      ['unfavorable'],
    );
  });
});
