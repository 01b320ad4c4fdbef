/**
 * fitTransferFunction over 1M rows × 20 Float64Array driver columns: cxkit (a moments
 * pass, then one refinement pass over the rows) beside a hand-written blocked XᵀX +
 * Cholesky loop (no checks, no centering, no statistics), the QR route it was measured
 * against (a streaming Householder QR of the centered rows, coefficients only) and the
 * popular `ml-regression-multivariate-linear` package; then the peak memory of each
 * against the input's size; then driver importance once moments exist.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import MultivariateLinearRegression from 'ml-regression-multivariate-linear';
import { choleskyFactor } from '../../src/stats/choleskyFactor';
import { choleskySolve } from '../../src/stats/choleskySolve';
import {
  driverImportance,
  fitTransferFunction,
  fitTransferFunctionFromMoments,
  transferMoments,
} from '../../src/transfer/index';
import { compare } from '../harness';
import { householderFit } from './householderFit';

const rows = 1_000_000;
const driverCount = 20;
/** ml-regression-multivariate-linear copies the rows into matrices and keeps n-row fitted values and residuals (about 2.4 GB at 1M rows): it gets a tenth, and its time is scaled by 10. */
const alternativeRows = 100_000;

// A fixed linear congruential sequence, so every run fits the same data.
let state = 2_024;
const uniform = () => {
  state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
  return (state + 0.5) / 4_294_967_296;
};
const normal = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());

function dot(a: Float64Array, b: Float64Array, start: number, end: number): number {
  let sum = 0;
  for (let row = start; row < end; row++) sum += (a[row] as number) * (b[row] as number);
  return sum;
}

/**
 * The reference: one pass over 512-row blocks, accumulating the upper triangle of the
 * raw cross products of [1, X, y] straight from the columns (no copy, no centering) with
 * the same two-by-four register blocking cxkit uses, then a Cholesky solve of the
 * normal equations. No checks, no standard errors.
 */
function makeReferenceLoop() {
  return (outcomeColumn: Float64Array, driverColumns: readonly Float64Array[]): Float64Array => {
    const all = [...driverColumns, outcomeColumn];
    const count = all.length;
    const size = count + 1; // intercept, drivers, outcome
    const cross = new Float64Array(size * size);
    const block = 512;
    const n = outcomeColumn.length;
    const add = (row: number, column: number, value: number) => {
      const at = (row + 1) * size + column + 1;
      cross[at] = (cross[at] as number) + value;
    };
    for (let start = 0; start < n; start += block) {
      const end = Math.min(n, start + block);
      for (let index = 0; index < count; index++) {
        const column = all[index] as Float64Array;
        let sum = 0;
        for (let row = start; row < end; row++) sum += column[row] as number;
        cross[index + 1] = (cross[index + 1] as number) + sum;
      }
      let left = 0;
      for (; left + 1 < count; left += 2) {
        const a0 = all[left] as Float64Array;
        const a1 = all[left + 1] as Float64Array;
        add(left, left, dot(a0, a0, start, end));
        let right = left + 1;
        for (; right + 3 < count; right += 4) {
          const b0 = all[right] as Float64Array;
          const b1 = all[right + 1] as Float64Array;
          const b2 = all[right + 2] as Float64Array;
          const b3 = all[right + 3] as Float64Array;
          let s00 = 0;
          let s01 = 0;
          let s02 = 0;
          let s03 = 0;
          let s10 = 0;
          let s11 = 0;
          let s12 = 0;
          let s13 = 0;
          for (let row = start; row < end; row++) {
            const x0 = a0[row] as number;
            const x1 = a1[row] as number;
            const y0 = b0[row] as number;
            const y1 = b1[row] as number;
            const y2 = b2[row] as number;
            const y3 = b3[row] as number;
            s00 += x0 * y0;
            s01 += x0 * y1;
            s02 += x0 * y2;
            s03 += x0 * y3;
            s10 += x1 * y0;
            s11 += x1 * y1;
            s12 += x1 * y2;
            s13 += x1 * y3;
          }
          add(left, right, s00);
          add(left, right + 1, s01);
          add(left, right + 2, s02);
          add(left, right + 3, s03);
          add(left + 1, right, s10);
          add(left + 1, right + 1, s11);
          add(left + 1, right + 2, s12);
          add(left + 1, right + 3, s13);
        }
        for (; right < count; right++) {
          const b = all[right] as Float64Array;
          add(left, right, dot(a0, b, start, end));
          add(left + 1, right, dot(a1, b, start, end));
        }
      }
      if (left < count) add(left, left, dot(all[left] as Float64Array, all[left] as Float64Array, start, end));
    }
    cross[0] = n;
    const p = size - 1; // parameters: intercept and drivers
    const normalMatrix = new Float64Array(p * p);
    const rightSide = new Float64Array(p);
    for (let row = 0; row < p; row++) {
      for (let column = 0; column < p; column++) {
        normalMatrix[row * p + column] = cross[Math.min(row, column) * size + Math.max(row, column)] as number;
      }
      rightSide[row] = cross[row * size + p] as number;
    }
    const { lower } = choleskyFactor(normalMatrix, p, 0);
    return choleskySolve(lower, p, rightSide);
  };
}
const referenceLoop = makeReferenceLoop();

/** The data, built when the suite runs (not when bench/run.ts imports every suite). */
function makeData() {
  const drivers: Record<string, Float64Array> = {};
  const common = Float64Array.from({ length: rows }, normal);
  for (let index = 0; index < driverCount; index++) {
    drivers[`driver${index}`] = Float64Array.from(common, (shared) => 0.3 * shared + normal() + 50);
  }
  const columns = Object.values(drivers);
  const outcome = Float64Array.from(common, (_shared, row) => {
    let sum = 5 + normal();
    for (let index = 0; index < driverCount; index++)
      sum += ((index % 5) - 2) * 0.1 * (columns[index]?.[row] as number);
    return sum;
  });
  // ml-regression-multivariate-linear takes rows as nested arrays; built once, outside the timing.
  const alternativeX = Array.from({ length: alternativeRows }, (_, row) =>
    columns.map((column) => column[row] as number),
  );
  const alternativeY = Array.from({ length: alternativeRows }, (_, row) => [outcome[row] as number]);
  return { drivers, columns, outcome, alternativeX, alternativeY };
}

/** Runs fitMemory.ts in a fresh process and reads what it measured. */
function measureMemory(which: 'cxkit' | 'alternative') {
  const script = fileURLToPath(new URL('./fitMemory.ts', import.meta.url));
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, which], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`fitMemory.ts ${which} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) as string) as {
    rows: number;
    inputMegabytes: number;
    residentBefore: number;
    growth: number;
  };
}

export async function run(): Promise<void> {
  const { drivers, columns, outcome, alternativeX, alternativeY } = makeData();
  // Sanity: cxkit and the reference loop agree on the coefficients.
  const fit = fitTransferFunction({ outcome, drivers });
  const reference = referenceLoop(outcome, columns);
  const worst = fit.drivers.reduce(
    (most, name, index) =>
      Math.max(most, Math.abs((fit.coefficients[name]?.estimate as number) - (reference[index + 1] as number))),
    0,
  );
  if (worst > 1e-6) throw new Error(`cxkit and the reference loop disagree by ${worst}`);
  const viaQr = householderFit(outcome, columns);
  const worstQr = fit.drivers.reduce(
    (most, name, index) =>
      Math.max(most, Math.abs((fit.coefficients[name]?.estimate as number) - (viaQr[index + 1] as number))),
    0,
  );
  if (worstQr > 1e-9) throw new Error(`cxkit and the Householder fit disagree by ${worstQr}`);

  // Peak memory, each in a fresh process.
  const cxkitMemory = measureMemory('cxkit');
  const alternativeMemory = measureMemory('alternative');
  const line = (name: string, memory: ReturnType<typeof measureMemory>) =>
    console.log(
      `  ${name.padEnd(56)} input ${memory.inputMegabytes.toFixed(0).padStart(4)} MB   peak growth ${memory.growth.toFixed(0).padStart(5)} MB   peak ${((memory.inputMegabytes + memory.growth) / memory.inputMegabytes).toFixed(2)}x the input`,
    );
  console.log('\nfitTransferFunction: peak memory beyond the input (growth of peak RSS during one fit, fresh process)');
  line('cxkit fitTransferFunction (1M × 20)', cxkitMemory);
  line('ml-regression-multivariate-linear (100k × 20, incl. rows)', alternativeMemory);

  const fitResult = await compare({
    title: 'fitTransferFunction: 1M rows × 20 drivers, Float64Array columns',
    reference: {
      name: 'blocked XᵀX + Cholesky loop (no checks, no stats)',
      run: () => referenceLoop(outcome, columns),
    },
    candidates: [
      {
        name: 'cxkit fitTransferFunction (checked, centered, full stats)',
        run: () => fitTransferFunction({ outcome, drivers }),
      },
      {
        name: 'Householder TSQR of the centered rows (coefficients only)',
        run: () => householderFit(outcome, columns),
      },
      {
        name: 'ml-regression-multivariate-linear (100k, x10)',
        run: () => new MultivariateLinearRegression(alternativeX, alternativeY),
        scale: rows / alternativeRows,
      },
    ],
    // Each fit takes a large fraction of a second: more, shorter rounds even out a busy machine.
    time: 1_500,
    rounds: 5,
  });

  const [, cxkitRow, , alternativeRow] = fitResult.rows;
  if (cxkitRow !== undefined && alternativeRow !== undefined) {
    console.log(
      `  ${'ml-regression-multivariate-linear ÷ cxkit'.padEnd(56)} ${(alternativeRow.medianMs / cxkitRow.medianMs).toFixed(1)}x`,
    );
  }

  const moments = transferMoments({ outcome, drivers });
  const twelve = transferMoments({
    outcome,
    drivers: Object.fromEntries(Object.entries(drivers).slice(0, 12)),
  });
  await compare({
    title: 'driver importance once moments exist (1M rows summarized)',
    reference: { name: 'fitTransferFunctionFromMoments, k = 20', run: () => fitTransferFunctionFromMoments(moments) },
    candidates: [
      {
        name: 'driverImportance relative-weights, k = 20',
        run: () => driverImportance(moments, { method: 'relative-weights' }),
      },
      { name: 'driverImportance shapley, k = 12', run: () => driverImportance(twelve, { method: 'shapley' }) },
    ],
  });
}
