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
