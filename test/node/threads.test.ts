import { createRequire } from 'node:module';
import { nps } from 'cxkit/metrics';
import { fitTransferFunctionInThreads, npsInThreads } from 'cxkit/node';
import {
  fitTransferFunction,
  fitTransferFunctionFromMoments,
  type TransferFunction,
  transferMoments,
} from 'cxkit/transfer';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../warehouse/seededRandom';

// `cxkit/node` resolves to the built dist/node (see vitest.config.ts): workers run the
// built worker script. The CommonJS build is loaded too, to check that its workers start.
const requireBuilt = createRequire(import.meta.url);
const commonJs = requireBuilt('../../dist/node/index.cjs') as typeof import('cxkit/node');

function scoresOf(length: number, shared: boolean): Uint8Array {
  const random = seededRandom(40);
  const scores = new Uint8Array(shared ? new SharedArrayBuffer(length) : new ArrayBuffer(length));
  for (let index = 0; index < length; index++) scores[index] = Math.floor(random() * 11);
  return scores;
}

describe('npsInThreads', () => {
  it('gives the one-pass result exactly, from shared memory and from copies, in ESM and CommonJS', async () => {
    for (const shared of [true, false]) {
      const scores = scoresOf(200_001, shared);
      const expected = nps(scores);
      expect(await npsInThreads(scores, { threads: 3 })).toEqual(expected);
      expect(await commonJs.npsInThreads(scores, { threads: 2, level: 0.9 })).toEqual(nps(scores, { level: 0.9 }));
    }
  });

  it('raises the error of one pass, naming the same index, when a worker meets a bad score', async () => {
    const scores = scoresOf(10_000, true);
    scores[7_777] = 12;
    await expect(npsInThreads(scores)).rejects.toMatchObject({ code: 'INVALID_SCORES', path: ['scores', 7_777] });
    // The built package's CxError (dist), so its name rather than the source class.
    await expect(npsInThreads(scores)).rejects.toMatchObject({ name: 'CxError' });
    const skipped = await npsInThreads(scores, { invalid: 'skip' });
    expect(skipped.skipped).toBe(1);
    expect(skipped).toEqual(nps(scores, { invalid: 'skip' }));
    await expect(npsInThreads(scores, { threads: 0 })).rejects.toMatchObject({ code: 'INVALID_OPTION' });
  });
});

describe('fitTransferFunctionInThreads', () => {
  const rows = 50_001;
  const random = seededRandom(41);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const columns = (shared: boolean) => {
    const make = () => new Float64Array(shared ? new SharedArrayBuffer(rows * 8) : new ArrayBuffer(rows * 8));
    const wait = make();
    const effort = make();
    const outcome = make();
    for (let row = 0; row < rows; row++) {
      wait[row] = 20 + 5 * normal();
      effort[row] = 3 + normal();
      outcome[row] = 80 - 0.9 * (wait[row] as number) - 2 * (effort[row] as number) + 4 * normal();
    }
    return { outcome, drivers: { wait, effort } };
  };
  const estimates = (fit: TransferFunction) =>
    [
      fit.intercept.estimate,
      fit.intercept.standardError,
      ...fit.drivers.flatMap((name) => [fit.coefficients[name]?.estimate, fit.coefficients[name]?.standardError]),
      fit.rSquared,
    ] as number[];

  it('gives the one-pass fit to rounding (1e-12 relative), shared or copied, ESM and CommonJS', async () => {
    for (const shared of [true, false]) {
      const input = columns(shared);
      const expected = estimates(fitTransferFunction(input));
      for (const fit of [
        await fitTransferFunctionInThreads(input, { threads: 3 }),
        await commonJs.fitTransferFunctionInThreads(input, { threads: 2 }),
      ]) {
        expect(fit.n).toBe(rows);
        estimates(fit).forEach((value, index) => {
          const reference = expected[index] as number;
          expect(Math.abs(value - reference) / Math.abs(reference)).toBeLessThan(1e-12);
        });
      }
    }
  });

  it('raises the error of one pass for a missing value, and drops like it when told to', async () => {
    const input = columns(true);
    input.drivers.wait[40_000] = Number.NaN;
    await expect(fitTransferFunctionInThreads(input)).rejects.toMatchObject({
      code: 'MISSING_VALUES',
      path: ['drivers', 'wait', 40_000],
    });
    const dropped = await fitTransferFunctionInThreads(input, { missing: 'drop' });
    expect(dropped.dropped).toBe(1);
    expect(Math.abs(dropped.rSquared - fitTransferFunction(input, { missing: 'drop' }).rSquared)).toBeLessThan(1e-12);
  });

  it('refines an ill-conditioned fit against the rows as one pass does (κ ≈ 1e8)', async () => {
    // Two drivers 3e-4 apart relative to their spread: the merged moments alone lose about 1e-8.
    const rows = Array.from({ length: 3000 }, (_, row) => row);
    const level = rows.map((row) => (row * 37) % 101);
    const input = {
      outcome: Float64Array.from(rows, (row) => (((row * 71) % 97) + 300 * (level[row] as number)) / 800),
      drivers: {
        a: Float64Array.from(level, (value) => value / 10),
        b: Float64Array.from(rows, (row) => (1000 * (level[row] as number) + 3 * (((row * 53) % 7) - 3)) / 10_000),
        c: Float64Array.from(rows, (row) => ((row * 29) % 43) / 4),
      },
    };
    const onePass = estimates(fitTransferFunction(input));
    const threaded = estimates(await fitTransferFunctionInThreads(input, { threads: 3 }));
    const fromMoments = estimates(fitTransferFunctionFromMoments(transferMoments(input)));
    const worst = (values: number[]) =>
      Math.max(...values.map((value, index) => Math.abs(value / (onePass[index] as number) - 1)));
    expect(worst(threaded)).toBeLessThan(1e-10);
    expect(worst(fromMoments)).toBeGreaterThan(1e-9);
  });
});
