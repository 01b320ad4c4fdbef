/**
 * cxkit/node on 1 vs 2 worker threads: NPS over 50M scores (a Uint8Array on shared
 * memory) and a transfer function over 2M rows × 20 drivers (Float64Arrays on shared
 * memory), each beside the same work in one pass on the main thread. The workers run the
 * built script, so run `npm run build` first. Each call starts its workers afresh (tens of
 * milliseconds) — part of what a caller pays, so part of what is timed.
 */
import { nps } from '../../src/metrics/index';
import { fitTransferFunction } from '../../src/transfer/index';
import { compare } from '../harness';

// The built entry, loaded at run time (worker threads need the built worker script beside
// it); typed from the source so that type checks pass before a build.
const builtEntry: string = '../../dist/node/index.js';

const scoreCount = 50_000_000;
const rows = 2_000_000;
const driverCount = 20;

// A fixed linear congruential sequence, so every run sees the same data.
let state = 10;
const uniform = () => {
  state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
  return (state + 0.5) / 4_294_967_296;
};

export async function run(): Promise<void> {
  const { fitTransferFunctionInThreads, npsInThreads } = (await import(
    builtEntry
  )) as typeof import('../../src/node/index');
  const scores = new Uint8Array(new SharedArrayBuffer(scoreCount));
  for (let index = 0; index < scoreCount; index++) scores[index] = Math.floor(uniform() * 11);
  await compare({
    title: 'NPS over 50M scores (Uint8Array on a SharedArrayBuffer)',
    reference: { name: 'nps(scores), one pass on the main thread', run: () => nps(scores) },
    candidates: [
      { name: 'npsInThreads, 1 thread', run: () => npsInThreads(scores, { threads: 1 }) },
      { name: 'npsInThreads, 2 threads', run: () => npsInThreads(scores, { threads: 2 }) },
    ],
    rounds: 3,
  });

  const shared = () => new Float64Array(new SharedArrayBuffer(rows * 8));
  const drivers: Record<string, Float64Array> = {};
  const outcome = shared();
  for (let driver = 0; driver < driverCount; driver++) {
    const column = shared();
    for (let row = 0; row < rows; row++) column[row] = uniform() * 10;
    drivers[`driver${driver}`] = column;
  }
  const columns = Object.values(drivers);
  for (let row = 0; row < rows; row++) {
    let value = uniform();
    for (let driver = 0; driver < driverCount; driver++) value += (columns[driver] as Float64Array)[row] as number;
    outcome[row] = value;
  }
  const input = { outcome, drivers };
  await compare({
    title: 'OLS over 2M rows × 20 drivers (Float64Arrays on SharedArrayBuffers)',
    reference: { name: 'fitTransferFunction, one pass on the main thread', run: () => fitTransferFunction(input) },
    candidates: [
      {
        name: 'fitTransferFunctionInThreads, 1 thread',
        run: () => fitTransferFunctionInThreads(input, { threads: 1 }),
      },
      {
        name: 'fitTransferFunctionInThreads, 2 threads',
        run: () => fitTransferFunctionInThreads(input, { threads: 2 }),
      },
    ],
    rounds: 3,
  });
}
