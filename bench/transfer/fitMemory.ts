/**
 * Measures the peak memory of one fit in a fresh process (run by fitTransferFunction.bench.ts):
 * the columns are filled in place, so that the process's peak resident set before the
 * fit is the data itself; the growth of that peak during the fit is what the fit needs.
 * Usage: node --expose-gc --import tsx bench/transfer/fitMemory.ts cxkit|alternative
 */
import MultivariateLinearRegression from 'ml-regression-multivariate-linear';
import { fitTransferFunction } from '../../src/transfer/index';

const which = process.argv[2];
const rows = which === 'alternative' ? 100_000 : 1_000_000;
const driverCount = 20;
let state = 99;
const uniform = () => {
  state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
  return (state + 0.5) / 4_294_967_296;
};
const drivers: Record<string, Float64Array> = {};
for (let index = 0; index < driverCount; index++) {
  const column = new Float64Array(rows);
  for (let row = 0; row < rows; row++) column[row] = uniform() + 50;
  drivers[`driver${index}`] = column;
}
const outcome = new Float64Array(rows);
for (let row = 0; row < rows; row++) outcome[row] = uniform();
const inputMegabytes = ((driverCount + 1) * rows * 8) / 1_048_576;

(globalThis as { gc?: () => void }).gc?.();
const residentBefore = process.memoryUsage.rss() / 1_048_576;
const peakBefore = process.resourceUsage().maxRSS / 1024;
if (which === 'alternative') {
  // The package takes rows as nested arrays: converting the columns is part of using it.
  const columns = Object.values(drivers);
  const x = Array.from({ length: rows }, (_, row) => columns.map((column) => column[row] as number));
  const y = Array.from({ length: rows }, (_, row) => [outcome[row] as number]);
  new MultivariateLinearRegression(x, y);
} else {
  fitTransferFunction({ outcome, drivers });
}
const peakAfter = process.resourceUsage().maxRSS / 1024;
const growth = peakAfter - Math.max(peakBefore, residentBefore);
console.log(JSON.stringify({ rows, inputMegabytes, residentBefore, growth: Math.max(growth, 0) }));
