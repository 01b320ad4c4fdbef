import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  driverImportance,
  fitTransferFunction,
  fitTransferFunctionFromMoments,
  mergeTransferMoments,
  predict,
  type TransferMoments,
  transferMoments,
} from '../../src/transfer/index';
import { normalStream } from './closeTo';

/** A data set of `rows` rows and `drivers` correlated drivers, from a seed (deterministic per seed). */
function dataSet(seed: number, rows: number, drivers: number) {
  const normal = normalStream(seed);
  const columns: Record<string, number[]> = {};
  const common = Array.from({ length: rows }, normal);
  for (let index = 0; index < drivers; index++) {
    columns[`driver${index}`] = common.map((shared) => 0.4 * shared + normal() + index);
  }
  const outcome = common.map(
    (_shared, row) =>
      Object.values(columns).reduce((sum, column, index) => sum + ((index % 4) - 1) * (column[row] as number), 0) +
      2 * normal(),
  );
  return { outcome, drivers: columns };
}

const close = (actual: number, expected: number, tolerance = 1e-9) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(expected)));

function expectMomentsClose(actual: TransferMoments, expected: TransferMoments) {
  expect([actual.n, actual.dropped, actual.drivers]).toEqual([expected.n, expected.dropped, expected.drivers]);
  close(actual.weightSum, expected.weightSum);
  actual.means.forEach((mean, index) => {
    close(mean, expected.means[index] as number);
  });
  actual.crossProducts.forEach((row, rowIndex) => {
    row.forEach((value, column) => {
      close(value, expected.crossProducts[rowIndex]?.[column] as number);
    });
  });
}

const seeds = fc.integer({ min: 1, max: 2 ** 31 - 1 });

describe('transfer (laws)', () => {
  it('importance: raws sum to R² and shares sum to 1, for both methods, up to 12 drivers', () => {
    fc.assert(
      fc.property(
        seeds,
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('shapley', 'relative-weights'),
        (seed, k, method) => {
          const fit = fitTransferFunction(dataSet(seed, 40 + 3 * k, k));
          const importance = Object.values(driverImportance(fit, { method: method as 'shapley' }));
          close(
            importance.reduce((sum, entry) => sum + entry.raw, 0),
            fit.rSquared,
            1e-10,
          );
          close(
            importance.reduce((sum, entry) => sum + entry.share, 0),
            1,
            1e-12,
          );
          for (const entry of importance) expect(entry.raw).toBeGreaterThanOrEqual(-1e-15);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('shard-then-merge equals one pass, wherever the rows are cut', () => {
    fc.assert(
      fc.property(seeds, fc.integer({ min: 0, max: 700 }), fc.integer({ min: 1, max: 4 }), (seed, cut, k) => {
        const data = dataSet(seed, 700, k);
        const slice = (from: number, to: number) => ({
          outcome: data.outcome.slice(from, to),
          drivers: Object.fromEntries(
            Object.entries(data.drivers).map(([name, column]) => [name, column.slice(from, to)]),
          ),
        });
        const merged = mergeTransferMoments(transferMoments(slice(0, cut)), transferMoments(slice(cut, 700)));
        const whole = transferMoments(data);
        expectMomentsClose(merged, whole);
        const mergedFit = fitTransferFunctionFromMoments(merged);
        const wholeFit = fitTransferFunctionFromMoments(whole);
        close(mergedFit.rSquared, wholeFit.rSquared);
        for (const name of wholeFit.drivers) {
          close(
            mergedFit.coefficients[name]?.estimate as number,
            wholeFit.coefficients[name]?.estimate as number,
            1e-8,
          );
          close(mergedFit.coefficients[name]?.pValue as number, wholeFit.coefficients[name]?.pValue as number, 1e-8);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('merge is commutative and associative up to rounding', () => {
    fc.assert(
      fc.property(seeds, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), (seed, first, second) => {
        const data = dataSet(seed, 90, 3);
        const [a, b] = [Math.min(first, second), Math.max(first, second)];
        const part = (from: number, to: number) =>
          transferMoments({
            outcome: data.outcome.slice(from, to),
            drivers: Object.fromEntries(
              Object.entries(data.drivers).map(([name, column]) => [name, column.slice(from, to)]),
            ),
          });
        const [x, y, z] = [part(0, a), part(a, b), part(b, 90)];
        expectMomentsClose(mergeTransferMoments(x, y), mergeTransferMoments(y, x));
        expectMomentsClose(
          mergeTransferMoments(mergeTransferMoments(x, y), z),
          mergeTransferMoments(x, mergeTransferMoments(y, z)),
        );
      }),
    );
  });

  it('predictions do not depend on the order of the rows', () => {
    fc.assert(
      fc.property(seeds, fc.integer({ min: 1, max: 5 }), (seed, k) => {
        const data = dataSet(seed, 300, k);
        const order = Array.from({ length: 300 }, (_, row) => row).sort(
          (left, right) => ((left * 7919 + seed) % 300) - ((right * 7919 + seed) % 300),
        );
        const shuffled = {
          outcome: order.map((row) => data.outcome[row] as number),
          drivers: Object.fromEntries(
            Object.entries(data.drivers).map(([name, column]) => [name, order.map((row) => column[row] as number)]),
          ),
        };
        const row = Object.fromEntries(Object.keys(data.drivers).map((name, index) => [name, index - 1.5]));
        close(predict(fitTransferFunction(shuffled), row), predict(fitTransferFunction(data), row), 1e-10);
      }),
      { numRuns: 50 },
    );
  });

  it('dropping rows with NaN gives the fit of the complete rows', () => {
    fc.assert(
      fc.property(seeds, fc.array(fc.integer({ min: 0, max: 299 }), { maxLength: 40 }), (seed, holes) => {
        const data = dataSet(seed, 300, 2);
        const missing = new Set(holes);
        const withHoles = {
          outcome: data.outcome.map((value, row) => (missing.has(row) && row % 2 === 0 ? Number.NaN : value)),
          drivers: {
            driver0:
              data.drivers.driver0?.map((value, row) => (missing.has(row) && row % 2 === 1 ? Number.NaN : value)) ?? [],
            driver1: data.drivers.driver1 ?? [],
          },
        };
        const keep = (_value: number, row: number) => !missing.has(row);
        const complete = {
          outcome: data.outcome.filter(keep),
          drivers: {
            driver0: data.drivers.driver0?.filter(keep) ?? [],
            driver1: data.drivers.driver1?.filter(keep) ?? [],
          },
        };
        const dropped = fitTransferFunction(withHoles, { missing: 'drop' });
        expect(dropped.dropped).toBe(missing.size);
        close(
          dropped.coefficients.driver0?.estimate as number,
          fitTransferFunction(complete).coefficients.driver0?.estimate as number,
          1e-9,
        );
      }),
      { numRuns: 40 },
    );
  });

  it("signed shares carry the coefficients' signs and the shares' sizes", () => {
    fc.assert(
      fc.property(seeds, fc.integer({ min: 1, max: 8 }), (seed, k) => {
        const data = dataSet(seed, 40 + 3 * k, k);
        const fit = fitTransferFunction(data);
        const importance = driverImportance(fit, { method: 'relative-weights' });
        for (const name of fit.drivers) {
          const entry = importance[name];
          expect(Math.abs(entry?.signedShare as number)).toBe(entry?.share);
          expect(Math.sign(entry?.signedShare as number) || 1).toBe(
            Math.sign(fit.coefficients[name]?.estimate as number) || 1,
          );
        }
      }),
      { numRuns: 40 },
    );
  });

  it('bootstrap intervals are ordered, shares stay within [0, 1], and the same seed gives the same intervals', () => {
    fc.assert(
      fc.property(
        seeds,
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 1, max: 4 }),
        (seed, bootSeed, k) => {
          const data = dataSet(seed, 60, k);
          const options = { method: 'shapley', bootstrap: { replicates: 30, seed: bootSeed, level: 0.8 } } as const;
          const importance = driverImportance(data, options);
          expect(driverImportance(data, options)).toEqual(importance);
          for (const entry of Object.values(importance)) {
            const interval = entry.interval;
            expect(interval?.raw.lower).toBeLessThanOrEqual(interval?.raw.upper as number);
            expect(interval?.share.lower).toBeLessThanOrEqual(interval?.share.upper as number);
            expect(interval?.share.lower).toBeGreaterThanOrEqual(-1e-12);
            expect(interval?.share.upper).toBeLessThanOrEqual(1 + 1e-12);
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('the prediction interval contains the confidence interval, both centered on the estimate', () => {
    fc.assert(
      fc.property(
        seeds,
        fc.integer({ min: 1, max: 5 }),
        fc.double({ min: 0.5, max: 0.999, noNaN: true }),
        (seed, k, level) => {
          const fit = fitTransferFunction(dataSet(seed, 50, k));
          const row = Object.fromEntries(fit.drivers.map((name, index) => [name, index * 0.7 - 1]));
          const mean = predict(fit, row, { interval: 'confidence', level });
          const one = predict(fit, row, { interval: 'prediction', level });
          expect(one.lower).toBeLessThan(mean.lower);
          expect(one.upper).toBeGreaterThan(mean.upper);
          close((mean.lower + mean.upper) / 2, mean.estimate, 1e-12);
          close((one.lower + one.upper) / 2, one.estimate, 1e-12);
          expect(one.standardError ** 2).toBeCloseTo(mean.standardError ** 2 + fit.residualStandardError ** 2, 10);
        },
      ),
      { numRuns: 40 },
    );
  });
});
