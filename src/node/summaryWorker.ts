/// <reference types="node" />
/**
 * The worker side of `cxkit/node`: summarizes the rows `[start, end)` of the arrays it is
 * sent with cxkit's public summary functions and posts the summary back. On any error it
 * posts `{ failed: true }`; the caller then runs the whole input in process, so the
 * error a user sees names the same row as a single pass would.
 *
 * @internal
 * @module
 */
import { parentPort } from 'node:worker_threads';
import { countScores } from '../metrics/countScores';
import { transferMoments } from '../transfer/transferMoments';
import type { SummaryTask } from './SummaryTask';

type Column = ArrayLike<number> & { subarray?: (start: number, end: number) => ArrayLike<number> };

/** The rows `[start, end)` of a column: a view for typed arrays (shared memory stays shared). */
const rowsOf = (column: Column, start: number, end: number): ArrayLike<number> =>
  column.subarray === undefined ? Array.prototype.slice.call(column, start, end) : column.subarray(start, end);

function summarize(task: SummaryTask): unknown {
  if (task.kind === 'counts') {
    return countScores(rowsOf(task.scores, task.start, task.end), task.scale, { invalid: task.invalid });
  }
  const drivers: Record<string, ArrayLike<number>> = {};
  for (const [name, column] of Object.entries(task.drivers)) drivers[name] = rowsOf(column, task.start, task.end);
  return transferMoments(
    {
      outcome: rowsOf(task.outcome, task.start, task.end),
      drivers,
      ...(task.weights === undefined ? {} : { weights: rowsOf(task.weights, task.start, task.end) }),
    },
    { missing: task.missing },
  );
}

parentPort?.on('message', (task: SummaryTask) => {
  try {
    parentPort?.postMessage({ summary: summarize(task) });
  } catch {
    parentPort?.postMessage({ failed: true });
  }
});
