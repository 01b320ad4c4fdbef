/// <reference types="node" />
import { checkOptions } from '../core/errors/checkOptions';
import { fitTransferFunction } from '../transfer/fitTransferFunction';
import { fitTransferFunctionWithRows } from '../transfer/fitTransferFunctionWithRows';
import { mergeTransferMoments } from '../transfer/mergeTransferMoments';
import { readTransferInput } from '../transfer/readTransferInput';
import type { TransferFunction } from '../transfer/TransferFunction';
import type { TransferInput, TransferMomentsOptions } from '../transfer/TransferInput';
import type { TransferMoments } from '../transfer/transferMoments';
import { checkThreads } from './checkThreads';
import { columnFor, isShared, runInWorkers, splitRows } from './runInWorkers';
import type { ThreadOptions } from './ThreadOptions';

/**
 * Options for {@link fitTransferFunctionInThreads}: the missing-value policy and the number of threads.
 *
 * @category Threads
 */
export interface FitInThreadsOptions extends TransferMomentsOptions, ThreadOptions {}

/**
 * Fits a transfer function with the rows split across worker threads: each worker
 * computes `transferMoments` of its share, the moments merge exactly
 * (`mergeTransferMoments`), and the solution from the merged moments is refined against
 * the rows in one more pass, as `fitTransferFunction` does — the fit of one pass up to
 * floating-point rounding (about 1e-13 relative). Typed arrays on a
 * `SharedArrayBuffer` are read in place; other columns are copied to the workers in
 * shares. Bad input raises the error `fitTransferFunction` raises, naming the same row.
 *
 * @param input - The outcome, named driver columns and optional weights.
 * @param options - `threads` (default 2) and `missing`.
 * @returns A promise of the fitted transfer function.
 * @throws `CxError` as `fitTransferFunction`; `INVALID_OPTION` for `threads`.
 *
 * @example
 * import { fitTransferFunctionInThreads } from 'cxkit/node';
 *
 * const fit = await fitTransferFunctionInThreads(
 *   { outcome: [7, 8, 9, 9, 10], drivers: { responseHours: [4, 3, 2, 1, 0] } },
 *   { threads: 2 },
 * );
 * Math.abs((fit.coefficients.responseHours?.estimate ?? 0) + 0.7) < 1e-12 // => true
 *
 * @category Threads
 */
export async function fitTransferFunctionInThreads(
  input: TransferInput,
  options: FitInThreadsOptions = {},
): Promise<TransferFunction> {
  checkOptions(options, ['threads', 'missing']);
  const threads = checkThreads(options.threads ?? 2);
  const missing = options.missing ?? 'error';
  const inProcess = () => fitTransferFunction(input, { missing });
  const valid =
    typeof input === 'object' &&
    input !== null &&
    typeof input.outcome === 'object' &&
    input.outcome !== null &&
    typeof input.drivers === 'object' &&
    input.drivers !== null;
  // Anything but plain columns goes the single-pass way, which checks the shape and names the problem.
  if (!valid || (missing !== 'error' && missing !== 'drop')) return inProcess();
  const rows = input.outcome.length;
  const columns = [
    input.outcome,
    ...Object.values(input.drivers),
    ...(input.weights === undefined ? [] : [input.weights]),
  ];
  if (columns.some((column) => typeof column !== 'object' || column === null || column.length !== rows))
    return inProcess();
  const keepShared = columns.every(isShared);
  const tasks = splitRows(rows, threads).map(([start, end]) => {
    const transfer: ArrayBuffer[] = [];
    const take = (column: ArrayLike<number>) => {
      const part = columnFor(column, start, end, keepShared);
      transfer.push(...part.transfer);
      return part;
    };
    const outcome = take(input.outcome);
    const drivers: Record<string, ArrayLike<number>> = {};
    for (const [name, column] of Object.entries(input.drivers)) drivers[name] = take(column).column;
    const weights = input.weights === undefined ? undefined : take(input.weights).column;
    return {
      task: {
        kind: 'moments' as const,
        outcome: outcome.column,
        drivers,
        weights,
        start: outcome.start,
        end: outcome.end,
        missing,
      },
      transfer,
    };
  });
  const summaries = rows < 2 * threads ? undefined : await runInWorkers(tasks);
  if (summaries === undefined) return inProcess();
  // The merged moments give the first solution; one more pass over the rows (here, in
  // this thread) refines it exactly as a single pass would.
  const merged = (summaries as TransferMoments[]).reduce(mergeTransferMoments);
  return fitTransferFunctionWithRows(merged, readTransferInput(input).data);
}
