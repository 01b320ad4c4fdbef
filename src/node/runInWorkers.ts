/// <reference types="node" />
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { SummaryTask } from './SummaryTask';

/**
 * @internal The built worker script, in the module format of the calling code (`.js` or
 * `.cjs`). The bundler may place this code in a shared chunk at the root of dist rather
 * than in dist/node, so both places are looked at.
 */
function workerScript(): URL {
  const here = import.meta.url;
  const extension = here.endsWith('.cjs') ? '.cjs' : '.js';
  for (const candidate of ['./summaryWorker', './node/summaryWorker']) {
    const script = new URL(`${candidate}${extension}`, here);
    if (existsSync(script)) return script;
  }
  throw new Error(
    `cxkit/node: the worker script summaryWorker${extension} was not found beside ${here}; is cxkit built?`,
  );
}

/** @internal The rows of `length` split into `parts` near-equal ranges, none empty. */
export function splitRows(length: number, parts: number): [number, number][] {
  const count = Math.max(1, Math.min(parts, length));
  const ranges: [number, number][] = [];
  for (let part = 0; part < count; part++) {
    ranges.push([Math.floor((part * length) / count), Math.floor(((part + 1) * length) / count)]);
  }
  return ranges;
}

/** @internal Whether a column is a typed array on shared memory, which workers can read in place. */
export const isShared = (column: ArrayLike<number>): boolean =>
  ArrayBuffer.isView(column) && column.buffer instanceof SharedArrayBuffer;

/**
 * @internal Prepares one column for the worker summarizing rows `[start, end)`: a typed
 * array on a SharedArrayBuffer goes as it is (no copy) when `keepShared` (every column
 * of the task is shared, so all keep the same row range); any other column goes as a copy of
 * those rows, transferred rather than cloned. Returns the column to send, the range within
 * it, and the buffers to transfer.
 */
export function columnFor(
  column: ArrayLike<number>,
  start: number,
  end: number,
  keepShared: boolean,
): { column: ArrayLike<number>; start: number; end: number; transfer: ArrayBuffer[] } {
  if (keepShared) {
    return { column, start, end, transfer: [] };
  }
  if (ArrayBuffer.isView(column) && !(column instanceof DataView)) {
    const copy = (column as unknown as { slice: (from: number, to: number) => ArrayBufferView }).slice(start, end);
    return {
      column: copy as unknown as ArrayLike<number>,
      start: 0,
      end: end - start,
      transfer: [copy.buffer as ArrayBuffer],
    };
  }
  // A plain array is cloned as it is: converting it to numbers here would turn a stray
  // string into NaN, which a single pass reports as an error rather than a missing value.
  return {
    column: Array.prototype.slice.call(column, start, end) as number[],
    start: 0,
    end: end - start,
    transfer: [],
  };
}

/**
 * @internal Runs each task in its own worker and resolves with their summaries in task
 * order, or `undefined` when any worker failed (the caller then redoes the work in
 * process to raise the error a single pass raises). Workers end when they answer.
 */
export async function runInWorkers(
  tasks: readonly { task: SummaryTask; transfer: ArrayBuffer[] }[],
): Promise<unknown[] | undefined> {
  const script = workerScript();
  const answers = await Promise.all(
    tasks.map(
      ({ task, transfer }) =>
        new Promise<{ summary?: unknown; failed?: boolean }>((resolve, reject) => {
          const worker = new Worker(script);
          worker.once('message', (answer: { summary?: unknown; failed?: boolean }) => {
            void worker.terminate();
            resolve(answer);
          });
          worker.once('error', (error) => {
            void worker.terminate();
            reject(error);
          });
          try {
            worker.postMessage(task, transfer);
          } catch (error) {
            void worker.terminate();
            // A value that cannot be cloned (a symbol, a function) is bad input, not a
            // failure of the threads: the pass in process names it as a CxError.
            if (error instanceof Error && error.name === 'DataCloneError') resolve({ failed: true });
            else reject(error);
          }
        }),
    ),
  );
  if (answers.some((answer) => answer.failed === true)) return undefined;
  return answers.map((answer) => answer.summary);
}
