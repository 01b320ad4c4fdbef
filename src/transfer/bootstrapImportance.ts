import { isCxError } from '../core/errors/isCxError';
import { seededUniform } from '../stats/seededUniform';
import { typeSevenQuantiles } from '../stats/typeSevenQuantiles';
import { accumulateMoments } from './accumulateMoments';
import type { DriverImportanceMethod } from './DriverImportanceMethod';
import type { MomentColumns } from './gatherBlock';
import { importanceOfState } from './importanceOfState';
import { raiseTransfer } from './messages';

/** The codes a resample that happens to be degenerate raises; it is then left out. */
const degenerate = new Set(['CONSTANT_DRIVER', 'CONSTANT_OUTCOME', 'COLLINEAR_DRIVERS', 'PERFECT_FIT', 'TOO_FEW_ROWS']);

/** @internal Percentile intervals of each driver's raw importance and share, and the resamples used. */
export interface BootstrapIntervals {
  readonly raw: readonly (readonly [number, number])[];
  readonly share: readonly (readonly [number, number])[];
  readonly replicates: number;
}

/** The rows with no missing value (in any column or the weights): the rows the fit used. */
function completeRows(data: MomentColumns): Int32Array {
  const keep = new Int32Array(data.rows);
  let count = 0;
  for (let row = 0; row < data.rows; row++) {
    let complete = data.weights === undefined || !Number.isNaN(data.weights[row]);
    for (let variable = 0; complete && variable < data.columns.length; variable++) {
      if (Number.isNaN((data.columns[variable] as ArrayLike<number>)[row])) complete = false;
    }
    if (complete) keep[count++] = row;
  }
  return keep.subarray(0, count);
}

/**
 * Bootstrap percentile intervals for driver importance (Efron's percentile method): the
 * rows the fit used are resampled with replacement `replicates` times by a generator
 * seeded with `seed`; each resample's importance is computed as the original's; the
 * interval runs between the `(1 − level)/2` and `(1 + level)/2` quantiles (R's type 7) of
 * the resampled values. A resample that happens to be degenerate (a driver constant in
 * it, drivers collinear) is left out and not counted.
 *
 * @internal
 */
export function bootstrapImportance(
  data: MomentColumns,
  drivers: readonly string[],
  method: DriverImportanceMethod,
  replicates: number,
  seed: number,
  level: number,
): BootstrapIntervals {
  const rows = completeRows(data);
  const count = rows.length;
  const size = data.columns.length;
  const k = size - 1;
  const columns = Array.from({ length: size }, () => new Float64Array(count));
  const weights = data.weights === undefined ? undefined : new Float64Array(count);
  const resample: MomentColumns = { columns, paths: data.paths, weights, rows: count };
  const uniform = seededUniform(seed);
  const raws = Array.from({ length: k }, () => new Float64Array(replicates));
  const shares = Array.from({ length: k }, () => new Float64Array(replicates));
  let used = 0;
  for (let replicate = 0; replicate < replicates; replicate++) {
    for (let position = 0; position < count; position++) {
      const row = rows[Math.floor(uniform() * count)] as number;
      for (let variable = 0; variable < size; variable++) {
        (columns[variable] as Float64Array)[position] = (data.columns[variable] as ArrayLike<number>)[row] as number;
      }
      if (weights !== undefined) weights[position] = (data.weights as ArrayLike<number>)[row] as number;
    }
    let raw: Float64Array;
    try {
      raw = importanceOfState(accumulateMoments(resample, false).state, drivers, 0, method).raw;
    } catch (error) {
      if (isCxError(error) && degenerate.has(error.code)) continue;
      throw error;
    }
    const total = raw.reduce((sum, value) => sum + value, 0);
    for (let driver = 0; driver < k; driver++) {
      (raws[driver] as Float64Array)[used] = raw[driver] as number;
      (shares[driver] as Float64Array)[used] = (raw[driver] as number) / total;
    }
    used++;
  }
  if (used < 2) raiseTransfer('BOOTSTRAP_DEGENERATE', [replicates, used], { path: ['bootstrap'] });
  const probabilities = [(1 - level) / 2, (1 + level) / 2];
  const interval = (values: Float64Array) => {
    const [lower, upper] = typeSevenQuantiles(values.slice(0, used), probabilities);
    return [lower as number, upper as number] as const;
  };
  return { raw: raws.map(interval), share: shares.map(interval), replicates: used };
}
