import { describe, expect, it } from 'vitest';
import { driverImportance, fitTransferFunction, transferMoments } from '../../src/transfer/index';
import { expectCxError } from '../expectCxError';
import { expectRelative, normalStream } from './closeTo';
import { mtcars, swiss } from './datasets';

/*
 * relaimpo is not available here, so the references are computed in base R from the
 * definitions, refitting lm on the rows for every subset or order (independent of the
 * correlation-matrix algorithms under test):
 *
 *   p <- function(label, x) cat(label, paste(sprintf('%.17g', x), collapse=', '), '\n')
 *   r2 <- function(data, y, vars) if (length(vars) == 0) 0 else summary(lm(reformulate(vars, y), data = data))$r.squared
 *   # LMG by every ordering: the mean over all k! orders of the R² each driver adds when it enters
 *   lmgOrders <- function(data, y, xs) {
 *     perms <- function(v) if (length(v) <= 1) list(v) else do.call(c, lapply(seq_along(v), function(i) lapply(perms(v[-i]), function(r) c(v[i], r))))
 *     total <- setNames(numeric(length(xs)), xs); orders <- perms(xs)
 *     for (o in orders) for (i in seq_along(o)) total[o[i]] <- total[o[i]] + r2(data, y, o[seq_len(i)]) - r2(data, y, o[seq_len(i - 1)])
 *     total / length(orders)
 *   }
 *   # LMG by every subset: weight |S|!(k-|S|-1)!/k! on the R² a driver adds to S
 *   lmgSubsets <- function(data, y, xs) {
 *     k <- length(xs); out <- setNames(numeric(k), xs)
 *     for (mask in 0:(2^k - 1)) {
 *       S <- xs[bitwAnd(mask, 2^(0:(k - 1))) > 0]; base <- r2(data, y, S)
 *       for (j in setdiff(xs, S)) out[j] <- out[j] + factorial(length(S)) * factorial(k - length(S) - 1) / factorial(k) * (r2(data, y, c(S, j)) - base)
 *     }
 *     out
 *   }
 *   # Johnson (2000) relative weights from the eigen decomposition of the drivers' correlation matrix
 *   relativeWeights <- function(data, y, xs) {
 *     R <- cor(data[, xs]); rxy <- cor(data[, xs], data[, y]); e <- eigen(R, symmetric = TRUE)
 *     half <- e$vectors %*% diag(sqrt(e$values)) %*% t(e$vectors); beta <- solve(half, rxy)
 *     setNames(drop((half^2) %*% (beta^2)), xs)
 *   }
 *   xs <- names(swiss)[-1]; p('r2', r2(swiss, 'Fertility', xs))
 *   p('lmg', lmgOrders(swiss, 'Fertility', xs)); p('rw', relativeWeights(swiss, 'Fertility', xs))
 *   xs <- names(mtcars)[-1]; p('r2', r2(mtcars, 'mpg', xs))
 *   p('lmg', lmgSubsets(mtcars, 'mpg', xs)); p('rw', relativeWeights(mtcars, 'mpg', xs))
 */
const swissR2 = 0.70673500159272551;
const swissLmg = [
  0.057091220768091103, 0.17117302890023436, 0.260134678624384, 0.10557015037349357, 0.11276592292652202,
];
const swissRelativeWeights = [
  0.048416895811900659, 0.15470824980615999, 0.27196410464599913, 0.11468002994756153, 0.11696572138110456,
];
const mtcarsR2 = 0.86901576447776452;
const mtcarsLmg = [
  0.12134515464152576, 0.12023870212756872, 0.10698627193132002, 0.073270143066175394, 0.15828879625037579,
  0.038270729379745322, 0.065880518999967649, 0.073376226648872556, 0.044093316399361683, 0.067265905032851486,
];
const mtcarsRelativeWeights = [
  0.091246510840572503, 0.10263148055054905, 0.099559080250890802, 0.081072730596370615, 0.14452066517371301,
  0.051977279608419906, 0.06533586386988452, 0.088993828570109776, 0.06033475459531934, 0.083343570421933938,
];

const raws = (importance: ReturnType<typeof driverImportance>) => Object.values(importance).map((entry) => entry.raw);
const shares = (importance: ReturnType<typeof driverImportance>) =>
  Object.values(importance).map((entry) => entry.share);

describe('driverImportance against base R', () => {
  const { Fertility, ...swissDrivers } = swiss;
  const swissFit = fitTransferFunction({ outcome: Fertility, drivers: swissDrivers });
  const { mpg, ...mtcarsDrivers } = mtcars;
  const mtcarsFit = fitTransferFunction({ outcome: mpg, drivers: mtcarsDrivers });

  it('swiss (5 drivers): Shapley equals LMG over all 120 orders', () => {
    const importance = driverImportance(swissFit, { method: 'shapley' });
    expect(Object.keys(importance)).toEqual([
      'Agriculture',
      'Examination',
      'Education',
      'Catholic',
      'Infant.Mortality',
    ]);
    expectRelative(raws(importance), swissLmg);
    expectRelative(
      shares(importance),
      swissLmg.map((value) => value / swissR2),
    );
  });

  it('swiss: relative weights equal the eigen formula', () => {
    expectRelative(raws(driverImportance(swissFit, { method: 'relative-weights' })), swissRelativeWeights);
  });

  it('mtcars (10 drivers): Shapley equals LMG over all 1024 subsets, relative weights the eigen formula', () => {
    expectRelative(raws(driverImportance(mtcarsFit, { method: 'shapley' })), mtcarsLmg);
    expectRelative(raws(driverImportance(mtcarsFit, { method: 'relative-weights' })), mtcarsRelativeWeights);
    expectRelative(mtcarsFit.rSquared, mtcarsR2);
  });

  it('gives the same answer from the moments as from the fit', () => {
    const moments = transferMoments({ outcome: mpg, drivers: mtcarsDrivers });
    expect(driverImportance(moments, { method: 'shapley' })).toEqual(
      driverImportance(mtcarsFit, { method: 'shapley' }),
    );
  });
});

describe('driverImportance limits and errors', () => {
  const drivers = (count: number, rows: number) => {
    const normal = normalStream(count);
    const columns: Record<string, Float64Array> = {};
    for (let index = 0; index < count; index++) columns[`driver${index}`] = Float64Array.from({ length: rows }, normal);
    const outcome = Float64Array.from({ length: rows }, (_, row) =>
      Object.values(columns).reduce((sum, column, index) => sum + (index % 3) * (column[row] as number), normal()),
    );
    return transferMoments({ outcome, drivers: columns });
  };

  it('is exact up to 20 drivers (the raws sum to R²) and refuses Shapley above', () => {
    const twenty = drivers(20, 200);
    const importance = driverImportance(twenty, { method: 'shapley' });
    const rSquared = driverImportance(twenty, { method: 'relative-weights' });
    const total = raws(importance).reduce((sum, value) => sum + value, 0);
    expectRelative(
      total,
      raws(rSquared).reduce((sum, value) => sum + value, 0),
      1e-10,
    );
    const error = expectCxError(() => driverImportance(drivers(21, 200), { method: 'shapley' }), 'TOO_MANY_DRIVERS', [
      'method',
    ]);
    expect(error.message).toContain("Use { method: 'relative-weights' }");
    expect(Object.keys(driverImportance(drivers(21, 200), { method: 'relative-weights' }))).toHaveLength(21);
  });

  it('names a bad method and refuses what is not a fit or moments', () => {
    const moments = drivers(2, 20);
    expectCxError(() => driverImportance(moments, { method: 'lmg' as 'shapley' }), 'INVALID_OPTION', ['method']);
    expectCxError(() => driverImportance(moments, undefined as never), 'INVALID_OPTION', ['method']);
    expectCxError(() => driverImportance({ kind: 'nps' } as never, { method: 'shapley' }), 'INVALID_INPUT');
  });

  it('refuses collinear moments as the fit does', () => {
    const moments = transferMoments({
      outcome: [1, 2, 3, 5, 4],
      drivers: { a: [1, 3, 2, 5, 4], twiceA: [2, 6, 4, 10, 8] },
    });
    expectCxError(() => driverImportance(moments, { method: 'relative-weights' }), 'COLLINEAR_DRIVERS', [
      'drivers',
      'twiceA',
    ]);
  });
});

describe('signed importance', () => {
  /*
   * R: sign(coef(lm(Fertility ~ ., data = swiss))) and sign(coef(lm(mpg ~ ., data = mtcars))), intercept left out:
   *   swiss: -1 -1 -1 1 1; mtcars: -1 1 -1 1 -1 1 1 1 1 -1
   */
  const { Fertility, ...swissDrivers } = swiss;
  const { mpg, ...mtcarsDrivers } = mtcars;

  it("gives each share the sign of the driver's coefficient (R's lm), for both methods", () => {
    for (const method of ['shapley', 'relative-weights'] as const) {
      const swissImportance = Object.values(
        driverImportance({ outcome: Fertility, drivers: swissDrivers }, { method }),
      );
      expect(swissImportance.map((entry) => Math.sign(entry.signedShare))).toEqual([-1, -1, -1, 1, 1]);
      const mtcarsImportance = Object.values(driverImportance({ outcome: mpg, drivers: mtcarsDrivers }, { method }));
      expect(mtcarsImportance.map((entry) => Math.sign(entry.signedShare))).toEqual([-1, 1, -1, 1, -1, 1, 1, 1, 1, -1]);
      for (const entry of [...swissImportance, ...mtcarsImportance])
        expect(Math.abs(entry.signedShare)).toBe(entry.share);
    }
    // Against the LMG shares from base R above: Agriculture's is negative.
    const importance = driverImportance({ outcome: Fertility, drivers: swissDrivers }, { method: 'shapley' });
    expectRelative(importance.Agriculture?.signedShare as number, -(swissLmg[0] as number) / swissR2);
  });

  it('is the same from rows, from the fit and from the moments', () => {
    const rows = { outcome: Fertility, drivers: swissDrivers };
    const fromRows = driverImportance(rows, { method: 'shapley' });
    expect(driverImportance(transferMoments(rows), { method: 'shapley' })).toEqual(fromRows);
    const fromFit = driverImportance(fitTransferFunction(rows), { method: 'shapley' });
    expectRelative(shares(fromFit), shares(fromRows), 1e-13);
  });
});

describe('bootstrap percentile intervals', () => {
  /*
   * The reference resamples in Python with its own implementation of the generator
   * (see test/stats/seededUniform.test.ts): the rows used are resampled with replacement,
   * row = complete[floor(u·count)], count draws per replicate; each resample's LMG is the
   * weighted average of R² gains over all subsets, R² from numpy's lstsq on √w-scaled
   * rows; relative weights from numpy's eigh; quantiles by numpy.quantile (linear, R's
   * type 7) at (1 − level)/2 and (1 + level)/2.
   */
  const { Fertility, ...swissDrivers } = swiss;
  const rows = { outcome: Fertility, drivers: swissDrivers };
  const intervalsOf = (importance: ReturnType<typeof driverImportance>) =>
    Object.values(importance).map((entry) => entry.interval);

  it('Shapley, 200 replicates, seed 2024, 95%: as the independent resampling', () => {
    const intervals = intervalsOf(
      driverImportance(rows, { method: 'shapley', bootstrap: { replicates: 200, seed: 2024 } }),
    );
    expectRelative(
      intervals.map((interval) => interval?.raw.lower as number),
      [0.03439580985805369, 0.09051560885941688, 0.09461254555353196, 0.04042574098158163, 0.030321846724037874],
      1e-9,
    );
    expectRelative(
      intervals.map((interval) => interval?.raw.upper as number),
      [0.11083720657719907, 0.2765559263850421, 0.39084961657079187, 0.23879202016630008, 0.253201917808267],
      1e-9,
    );
    expectRelative(
      intervals.map((interval) => interval?.share.lower as number),
      [0.05008641751595571, 0.12469948228854662, 0.13890082727400707, 0.055192890874072253, 0.044046357823821373],
      1e-9,
    );
    expectRelative(
      intervals.map((interval) => interval?.share.upper as number),
      [0.14254161902870158, 0.3560455536230028, 0.5285120685284228, 0.330725678433718, 0.32536693608478184],
      1e-9,
    );
    expect(intervals.map((interval) => [interval?.level, interval?.replicates])).toEqual(
      Array.from({ length: 5 }, () => [0.95, 200]),
    );
  });

  it('relative weights, weighted rows (1 + row mod 3), 300 replicates, seed 7, 90%', () => {
    const weights = Fertility.map((_value, index) => 1 + (index % 3));
    const intervals = intervalsOf(
      driverImportance(
        { ...rows, weights },
        { method: 'relative-weights', bootstrap: { replicates: 300, seed: 7, level: 0.9 } },
      ),
    );
    expectRelative(
      intervals.flatMap((interval) => [interval?.raw.lower as number, interval?.raw.upper as number]),
      [
        0.02627330344364303, 0.1151426124258641, 0.09050028576119287, 0.23809219166252757, 0.09659866849752506,
        0.356365181808426, 0.04926772748618323, 0.24700560674943728, 0.04791776142136716, 0.24995394225239634,
      ],
      1e-9,
    );
    expectRelative(
      intervals.flatMap((interval) => [interval?.share.lower as number, interval?.share.upper as number]),
      [
        0.04062670409892274, 0.1393376894397969, 0.13170407305892234, 0.3039525360865534, 0.14518974436453158,
        0.4554508072616306, 0.06628023914385196, 0.36924530712402714, 0.07282095006525903, 0.33114512526810114,
      ],
      1e-9,
    );
  });

  it('is reproducible, depends on the seed, and resamples only the rows the fit used', () => {
    const options = { method: 'relative-weights', bootstrap: { replicates: 50, seed: 99 } } as const;
    expect(driverImportance(rows, options)).toEqual(driverImportance(rows, options));
    expect(driverImportance(rows, { ...options, bootstrap: { replicates: 50, seed: 100 } })).not.toEqual(
      driverImportance(rows, options),
    );
    const withGaps = {
      outcome: [...Fertility.slice(0, 10), Number.NaN, ...Fertility.slice(10), 50],
      drivers: Object.fromEntries(
        Object.entries(swissDrivers).map(([name, column], index) => [
          name,
          [...column.slice(0, 10), 1, ...column.slice(10), index === 2 ? Number.NaN : 1],
        ]),
      ),
    };
    expect(driverImportance(withGaps, { ...options, missing: 'drop' })).toEqual(driverImportance(rows, options));
    expectCxError(() => driverImportance(withGaps, options), 'MISSING_VALUES', ['outcome', 10]);
  });

  it('leaves out resamples that happen to be degenerate, and refuses when too few remain', () => {
    // A driver that is 1 in only two of twelve rows: about a tenth of resamples miss both.
    const outcome = [3, 5, 4, 6, 5, 7, 6, 8, 7, 9, 12, 13];
    const drivers = { steady: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], rare: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1] };
    const importance = driverImportance(
      { outcome, drivers },
      { method: 'shapley', bootstrap: { replicates: 400, seed: 3 } },
    );
    const used = importance.rare?.interval?.replicates as number;
    expect(used).toBeLessThan(400);
    expect(used).toBeGreaterThan(300);
    const error = expectCxError(
      () =>
        driverImportance(
          { outcome: [1, 2, 3, 5], drivers: { a: [0, 0, 0, 1] } },
          { method: 'shapley', bootstrap: { replicates: 2, seed: 1 } },
        ),
      'BOOTSTRAP_DEGENERATE',
      ['bootstrap'],
    );
    expect(error.message).toContain('of 2 bootstrap resamples could be fitted');
  });

  it('needs the rows, and names bad settings', () => {
    const bootstrap = { replicates: 100, seed: 1 };
    const needsRows = expectCxError(
      () => driverImportance(transferMoments(rows), { method: 'shapley', bootstrap }),
      'BOOTSTRAP_NEEDS_ROWS',
      ['bootstrap'],
    );
    expect(needsRows.message).toMatchInlineSnapshot(
      `"Bootstrap intervals resample rows, which a fitted transfer function or its moments no longer hold: pass the rows ({ outcome, drivers, weights? }) to driverImportance instead."`,
    );
    expectCxError(
      () => driverImportance(fitTransferFunction(rows), { method: 'shapley', bootstrap }),
      'BOOTSTRAP_NEEDS_ROWS',
    );
    for (const replicates of [1, 2.5, 100_001, Number.NaN]) {
      expectCxError(
        () => driverImportance(rows, { method: 'shapley', bootstrap: { ...bootstrap, replicates } }),
        'INVALID_OPTION',
        ['bootstrap', 'replicates'],
      );
    }
    for (const seed of [-1, 2 ** 32, 0.5]) {
      expectCxError(
        () => driverImportance(rows, { method: 'shapley', bootstrap: { ...bootstrap, seed } }),
        'INVALID_OPTION',
        ['bootstrap', 'seed'],
      );
    }
    expectCxError(
      () => driverImportance(rows, { method: 'shapley', bootstrap: { ...bootstrap, level: 1.5 } }),
      'INVALID_OPTION',
      ['bootstrap', 'level'],
    );
    expectCxError(
      () => driverImportance(rows, { method: 'shapley', bootstrap: { ...bootstrap, seeds: 1 } as never }),
      'UNKNOWN_OPTION',
      ['seeds'],
    );
  });
});
