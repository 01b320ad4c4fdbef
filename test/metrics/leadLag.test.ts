import { describe, expect, it } from 'vitest';
import { leadLag } from '../../src/metrics/index';
import { expectCxError } from '../expectCxError';

// The reference is R 4.x, the test written out from R's own pieces — cor() for r, acf()
// for the autocorrelations, pt() for Student's t, p.adjust(method = "holm") — following
// Pyper & Peterman (1998), eq. 1, with N* capped at N:
//
//   leadlag <- function(x, y, maxLag) {
//     n <- length(x); out <- NULL
//     for (k in -maxLag:maxLag) {
//       if (k >= 0) { xs <- x[1:(n-k)]; ys <- y[(1+k):n] } else { xs <- x[(1-k):n]; ys <- y[1:(n+k)] }
//       N <- length(xs); r <- cor(xs, ys); m <- floor(N/5)
//       ax <- acf(xs, lag.max = m, plot = FALSE)$acf[-1]; ay <- acf(ys, lag.max = m, plot = FALSE)$acf[-1]
//       inv <- 1/N + (2/N) * sum(((N - 1:m)/N) * ax * ay)
//       Ns <- if (inv <= 1/N) N else 1/inv
//       df <- Ns - 2; t <- r * sqrt(df/(1 - r^2)); p <- 2 * pt(-abs(t), df)
//       out <- rbind(out, c(k, N, r, Ns, p))
//     }
//     cbind(out, p.adjust(out[, 5], "holm"))
//   }

// 36 months of relationship NPS with a December dip and AR(1) noise, and a renewal rate
// (%) that follows the score two months later, with AR(1) noise of its own (R:
// set.seed(20261101); arima.sim(list(ar = 0.5), 36, sd = 2.5) and (list(ar = 0.6), 36, sd = 1.2)).
const nps = [
  13.6, -0.2, 12.8, 15, 10.5, 15.7, 12.3, 14.1, 17.8, 17.2, 19.4, 18.4, 12.8, -0.9, 11.2, 13.5, 12.5, 14.4, 18.7, 18.1,
  13.9, 12.9, 12.6, 10.5, 15.1, 1, 11.8, 15.4, 19, 19.3, 17.8, 17.4, 15, 15.6, 15.7, 14.6,
];
const renewalRate = [
  85.5, 87.8, 88.5, 84.1, 89.9, 88.7, 87.7, 90.2, 88.8, 88.7, 90.5, 90.7, 89.7, 90, 89, 85.1, 86.4, 87.5, 86.8, 85.4,
  88.1, 89.4, 86, 85.5, 85.2, 83.6, 87.7, 83.4, 87.6, 88.4, 91.1, 91.1, 88.3, 89.4, 86, 85.3,
];

describe('leadLag', () => {
  it('finds that ratings lead renewals by two months, matching R lag by lag', () => {
    // print(leadlag(nps, renew, 6)): lag, pairs, r, N*, p, Holm-adjusted p.
    const expected = [
      [-6, 30, -0.095078345594032415, 27.593663779594671, 6.3306730897013286e-1, 1],
      [-5, 31, -0.221479452891333251, 25.549966350812326, 2.8152271598042866e-1, 1],
      [-4, 32, -0.177055713358496153, 23.910021256266766, 4.088472671896578e-1, 1],
      [-3, 33, -0.137006942445645041, 24.435487480060651, 5.1904767710580568e-1, 1],
      [-2, 34, -0.140136994416661498, 24.903971460627567, 5.0496699105337028e-1, 1],
      [-1, 35, 0.21154863023697898, 26.051295925559504, 2.9900432768335256e-1, 1],
      [0, 36, 0.14396293769382168, 25.893926259451035, 4.8389534328185291e-1, 1],
      [1, 35, 0.142801602216600293, 25.321722905133161, 4.9283611208353284e-1, 1],
      [2, 34, 0.710508191867479266, 24.779478299422728, 7.4884756731167254e-5, 0.00097350183750517425],
      [3, 33, 0.143964156604512283, 23.759153017746712, 5.0453632102867019e-1, 1],
      [4, 32, -0.028709459104270581, 23.055820643085962, 8.9639978300034229e-1, 1],
      [5, 31, -0.201754509166622076, 22.559482954674692, 3.6113780843087095e-1, 1],
      [6, 30, -0.317209762917291471, 22.454805814034067, 1.4563583045124942e-1, 1],
    ];
    const result = leadLag(nps, renewalRate, { maxLag: 6 });
    expect(result.lags).toHaveLength(13);
    result.lags.forEach((entry, index) => {
      const [lag, pairs, r, effective, p, adjusted] = expected[index] as number[];
      expect([entry.lag, entry.pairs]).toEqual([lag, pairs]);
      expect(entry.correlation).toBeCloseTo(r as number, 13);
      expect(entry.effectivePairs).toBeCloseTo(effective as number, 11);
      expect(entry.pValue).toBeCloseTo(p as number, 12);
      expect(entry.adjustedPValue).toBeCloseTo(adjusted as number, 12);
    });
    expect([result.verdict, result.lag, result.alpha]).toEqual(['scores-lead', 2, 0.05]);
    expect(result.correlation).toBeCloseTo(0.710508191867479266, 13);
  });

  it('swapping the series turns a lead into a lag', () => {
    const result = leadLag(renewalRate, nps, { maxLag: 6 });
    expect([result.verdict, result.lag]).toEqual(['business-leads', -2]);
    expect(result.lags[4]?.correlation).toBeCloseTo(0.710508191867479266, 13);
  });

  it('does not mistake two wandering series for a link: the naive test would', () => {
    // Two independent random walks (R: set.seed(1); round(cumsum(rnorm(30)), 1), twice).
    // At lag 3, cor.test() gives p = 2.15e-6; with N* ≈ 6.9 the p-value is 0.043, and
    // 0.30 after Holm over seven lags: no lead.
    const x = [
      -0.6, -0.4, -1.3, 0.3, 0.6, -0.2, 0.3, 1.1, 1.6, 1.3, 2.8, 3.2, 2.6, 0.4, 1.5, 1.5, 1.5, 2.4, 3.2, 3.8, 4.7, 5.5,
      5.6, 3.6, 4.2, 4.2, 4, 2.5, 2.1, 2.5,
    ];
    const y = [
      1.4, 1.3, 1.6, 1.6, 0.2, -0.2, -0.6, -0.7, 0.4, 1.2, 1, 0.8, 1.5, 2, 1.4, 0.6, 1, 1.8, 1.7, 2.5, 2.9, 2.3, 2.7,
      1.5, 3, 5, 4.6, 3.5, 4.1, 4,
    ];
    const result = leadLag(x, y, { maxLag: 3 });
    // print(leadlag(x, y, 3)).
    const expected = [
      [0.22200373864974141, 8.9820518094820052, 0.566436758349576852, 0.73908474398340085],
      [0.36176435948548058, 8.5261676362900189, 0.356850725750845421, 0.73908474398340085],
      [0.47627997965645907, 7.9141165705641372, 0.236481187648983682, 0.73908474398340085],
      [0.54954042456335761, 7.3521835199421268, 0.184771185995850212, 0.73908474398340085],
      [0.60369756671129249, 7.2436255688341333, 0.14071293381803246, 0.70356466909016224],
      [0.69970300029427179, 7.0423694542967405, 0.078716610148272734, 0.47229966088963637],
      [0.77424207414798119, 6.900613928053323, 0.043263063210092566, 0.30284144247064798],
    ];
    result.lags.forEach((entry, index) => {
      const [r, effective, p, adjusted] = expected[index] as number[];
      expect(entry.correlation).toBeCloseTo(r as number, 13);
      expect(entry.effectivePairs).toBeCloseTo(effective as number, 11);
      expect(entry.pValue).toBeCloseTo(p as number, 12);
      expect(entry.adjustedPValue).toBeCloseTo(adjusted as number, 12);
    });
    expect([result.verdict, result.lag, result.correlation]).toEqual(['none', null, null]);
  });

  it('a small case by hand', () => {
    // x = 1 3 2 5 4 6, y = 2 1 4 3 6 5, lag 0: both means 3.5, both sums of squares 17.5;
    // cross products 3.75 + 1.25 − 0.75 − 0.75 + 1.25 + 3.75 = 8.5, r = 8.5 / 17.5 = 17/35.
    // N = 6 reaches j = ⌊6/5⌋ = 1: ρx(1) = 1.75 / 17.5 = 0.1, ρy(1) = 4.75 / 17.5 = 19/70.
    // 1/N* = 1/6 + (2/6)(5/6)(0.1)(19/70) = 420/2520 + 19/2520, so N* = 2520/439 and df = 1642/439.
    // t = r √(df / (1 − r²)) = 1.0746457198010224; R: 2 * pt(-t, 1642/439) = 0.34691404836104722.
    const result = leadLag([1, 3, 2, 5, 4, 6], [2, 1, 4, 3, 6, 5], { maxLag: 0 });
    expect(result.lags).toHaveLength(1);
    expect(result.lags[0]?.correlation).toBeCloseTo(17 / 35, 15);
    expect(result.lags[0]?.effectivePairs).toBeCloseTo(2520 / 439, 13);
    expect(result.lags[0]?.pValue).toBeCloseTo(0.34691404836104722, 13);
    expect(result.lags[0]?.adjustedPValue).toBeCloseTo(0.34691404836104722, 13);
    expect(result.verdict).toBe('none');
  });

  it('lag 0 together; opposite autocorrelation never counts more pairs than there are', () => {
    // y = 2x: r = 1 at lag 0, p = 0.
    const x = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8];
    const together = leadLag(
      x,
      x.map((value) => 2 * value),
      { maxLag: 2 },
    );
    expect([together.verdict, together.lag, together.correlation]).toEqual(['together', 0, 1]);
    // Alternating x against a trend: the products of autocorrelations are negative, N* is capped at N.
    const alternating = [1, -1, 1, -1, 1, -1, 1, -1, 1, -1.5];
    const trend = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const capped = leadLag(alternating, trend, { maxLag: 0 });
    expect(capped.lags[0]?.effectivePairs).toBe(10);
  });

  it('defaults maxLag to a quarter of the periods', () => {
    expect(leadLag(nps, renewalRate).lags.map((entry) => entry.lag)).toEqual([
      -9, -8, -7, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
    expect(leadLag([1, 2, 4], [3, 1, 2]).lags.map((entry) => entry.lag)).toEqual([0]);
  });

  it('refuses what it cannot correlate', () => {
    expectCxError(() => leadLag(nps, renewalRate.slice(1)), 'SERIES_LENGTH_MISMATCH');
    expectCxError(() => leadLag([1, 2, Number.NaN, 4], [1, 2, 3, 4]), 'INVALID_INPUT', ['scoreSeries', 2]);
    expectCxError(() => leadLag([1, 2, 3, 4], [1, null, 3, 4] as never), 'INVALID_INPUT', ['businessSeries', 1]);
    expectCxError(() => leadLag('1234' as never, [1, 2, 3, 4]), 'INVALID_INPUT', ['scoreSeries']);
    expectCxError(() => leadLag([1, 2, 3, 4], [1, 2, 3, 4], { maxLag: 2 }), 'TOO_SHORT_SERIES');
    expectCxError(() => leadLag([5, 5, 5, 5], [1, 2, 3, 4]), 'CONSTANT_SERIES');
    expectCxError(() => leadLag(nps, renewalRate, { maxLag: -1 }), 'INVALID_INPUT', ['maxLag']);
    expectCxError(() => leadLag(nps, renewalRate, { maxLag: 1.5 }), 'INVALID_INPUT', ['maxLag']);
    expectCxError(() => leadLag(nps, renewalRate, { alpha: 0 }), 'INVALID_INPUT', ['alpha']);
    expectCxError(() => leadLag(nps, renewalRate, { maxlag: 2 } as never), 'UNKNOWN_OPTION');
  });

  it('reads typed arrays', () => {
    const result = leadLag(Float64Array.from(nps), Float64Array.from(renewalRate), { maxLag: 6 });
    expect([result.verdict, result.lag]).toEqual(['scores-lead', 2]);
  });
});
