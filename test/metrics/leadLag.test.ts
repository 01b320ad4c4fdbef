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
      [-6, 30, -0.09507834559403242, 27.59366377959467, 0.6330673089701329, 1],
      [-5, 31, -0.22147945289133325, 25.549966350812326, 0.28152271598042866, 1],
      [-4, 32, -0.17705571335849615, 23.910021256266766, 0.4088472671896578, 1],
      [-3, 33, -0.13700694244564504, 24.43548748006065, 0.5190476771058057, 1],
      [-2, 34, -0.1401369944166615, 24.903971460627567, 0.5049669910533703, 1],
      [-1, 35, 0.21154863023697898, 26.051295925559504, 0.29900432768335256, 1],
      [0, 36, 0.14396293769382168, 25.893926259451035, 0.4838953432818529, 1],
      [1, 35, 0.1428016022166003, 25.32172290513316, 0.49283611208353284, 1],
      [2, 34, 0.7105081918674793, 24.779478299422728, 0.00007488475673116725, 0.0009735018375051742],
      [3, 33, 0.14396415660451228, 23.759153017746712, 0.5045363210286702, 1],
      [4, 32, -0.02870945910427058, 23.055820643085962, 0.8963997830003423, 1],
      [5, 31, -0.20175450916662208, 22.559482954674692, 0.36113780843087095, 1],
      [6, 30, -0.31720976291729147, 22.454805814034067, 0.14563583045124942, 1],
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
    expect(result.correlation).toBeCloseTo(0.7105081918674793, 13);
  });

  it('swapping the series turns a lead into a lag', () => {
    const result = leadLag(renewalRate, nps, { maxLag: 6 });
    expect([result.verdict, result.lag]).toEqual(['business-leads', -2]);
    expect(result.lags[4]?.correlation).toBeCloseTo(0.7105081918674793, 13);
  });

  it('does not mistake two wandering series for a link: the naive test would', () => {
    // Two independent random walks (R: set.seed(1); round(cumsum(rnorm(30)), 1), twice).
    // At lag 3, cor.test() gives p = 0.00000215; with N* ≈ 6.9 the p-value is 0.043, and
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
      [0.2220037386497414, 8.982051809482005, 0.5664367583495769, 0.7390847439834008],
      [0.3617643594854806, 8.526167636290019, 0.3568507257508454, 0.7390847439834008],
      [0.4762799796564591, 7.914116570564137, 0.23648118764898368, 0.7390847439834008],
      [0.5495404245633576, 7.352183519942127, 0.1847711859958502, 0.7390847439834008],
      [0.6036975667112925, 7.243625568834133, 0.14071293381803246, 0.7035646690901622],
      [0.6997030002942718, 7.0423694542967405, 0.07871661014827273, 0.4722996608896364],
      [0.7742420741479812, 6.900613928053323, 0.043263063210092566, 0.302841442470648],
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
    // t = r √(df / (1 − r²)) = 1.0746457198010224; R: 2 * pt(-t, 1642/439) = 0.3469140483610472.
    const result = leadLag([1, 3, 2, 5, 4, 6], [2, 1, 4, 3, 6, 5], { maxLag: 0 });
    expect(result.lags).toHaveLength(1);
    expect(result.lags[0]?.correlation).toBeCloseTo(17 / 35, 15);
    expect(result.lags[0]?.effectivePairs).toBeCloseTo(2520 / 439, 13);
    expect(result.lags[0]?.pValue).toBeCloseTo(0.3469140483610472, 13);
    expect(result.lags[0]?.adjustedPValue).toBeCloseTo(0.3469140483610472, 13);
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
    expectCxError(() => leadLag(nps, renewalRate.slice(1)), 'MISMATCHED_COLUMNS');
    expectCxError(() => leadLag([1, 2, Number.NaN, 4], [1, 2, 3, 4]), 'INVALID_INPUT', ['scoreSeries', 2]);
    expectCxError(() => leadLag([1, 2, 3, 4], [1, null, 3, 4] as never), 'INVALID_INPUT', ['businessSeries', 1]);
    expectCxError(() => leadLag('1234' as never, [1, 2, 3, 4]), 'INVALID_INPUT', ['scoreSeries']);
    expectCxError(() => leadLag([1, 2, 3, 4], [1, 2, 3, 4], { maxLag: 2 }), 'TOO_SHORT_SERIES');
    expectCxError(() => leadLag([5, 5, 5, 5], [1, 2, 3, 4]), 'CONSTANT_SERIES');
    expectCxError(() => leadLag(nps, renewalRate, { maxLag: -1 }), 'INVALID_OPTION', ['maxLag']);
    expectCxError(() => leadLag(nps, renewalRate, { maxLag: 1.5 }), 'INVALID_OPTION', ['maxLag']);
    expectCxError(() => leadLag(nps, renewalRate, { alpha: 0 }), 'INVALID_OPTION', ['alpha']);
    expectCxError(() => leadLag(nps, renewalRate, { maxlag: 2 } as never), 'UNKNOWN_OPTION');
  });

  it('reads typed arrays', () => {
    const result = leadLag(Float64Array.from(nps), Float64Array.from(renewalRate), { maxLag: 6 });
    expect([result.verdict, result.lag]).toEqual(['scores-lead', 2]);
  });
});
