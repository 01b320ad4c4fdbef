/// <reference types="node" />
import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { raise } from '../core/errors/raise';
import { mergeCounts } from '../metrics/mergeCounts';
import { type NpsOptions, type NpsScore, nps, npsFromCounts } from '../metrics/nps';
import { npsScale } from '../metrics/npsScale';
import type { ScoreCounts } from '../metrics/ScoreCounts';
import { checkThreads } from './checkThreads';
import { columnFor, isShared, runInWorkers, splitRows } from './runInWorkers';
import type { ThreadOptions } from './ThreadOptions';

/**
 * Options for {@link npsInThreads}: those of `nps`, and the number of threads. For survey
 * weights, count weighted shards with `countWeightedScores`, merge them and score the
 * merged counts with `npsFromCounts`.
 *
 * @category Threads
 */
export interface NpsInThreadsOptions extends NpsOptions, ThreadOptions {}

/**
 * The Net Promoter Score of many raw scores, counted in worker threads: each worker
 * counts a share of the rows with `countScores`, the counts merge, and `nps` finishes —
 * the same result as `nps(scores)` in one pass, to the last digit. A typed array on a
 * `SharedArrayBuffer` is read in place; any other input is copied to the workers in
 * shares. Invalid scores raise the error a single pass raises (the input is then
 * re-read in process to name the first bad index).
 *
 * Threads pay only where one pass is long and cores are idle: each call starts fresh
 * workers, and a copy costs about as much as counting. On the project's busy 2-core
 * machine they did not pay even for 50M scores (see the guide).
 *
 * @param scores - Scores 0–10, ideally a `Uint8Array` (on a `SharedArrayBuffer` to avoid copies).
 * @param options - `threads` (default 2) and `nps`'s options.
 * @returns A promise of the `nps` result.
 * @throws `CxError` as `nps` (`INVALID_SCORES`, `EMPTY_SCORES`, …); `INVALID_ARGUMENT` when `scores` is not an array; `INVALID_OPTION` for `threads`.
 *
 * @example
 * import { npsInThreads } from 'cxkit/node';
 *
 * const scores = new Uint8Array(new SharedArrayBuffer(8));
 * scores.set([10, 9, 9, 8, 7, 6, 3, 10]);
 * (await npsInThreads(scores, { threads: 2 })).score // => 25
 *
 * @category Threads
 */
export async function npsInThreads(scores: ArrayLike<number>, options: NpsInThreadsOptions = {}): Promise<NpsScore> {
  checkOptions(options, ['threads', 'level', 'method', 'invalid']);
  // The rows are split by length before any score is read: only a real array or a typed array of numbers will do.
  if (
    !Array.isArray(scores) &&
    !(
      ArrayBuffer.isView(scores) &&
      !(scores instanceof DataView) &&
      !(scores instanceof BigInt64Array) &&
      !(scores instanceof BigUint64Array)
    )
  ) {
    raise('INVALID_ARGUMENT', ['scores', 'an array or a typed array of scores', describeValue(scores)], {
      path: ['scores'],
    });
  }
  const threads = checkThreads(options.threads ?? 2);
  const { threads: _threads, ...npsOptions } = options;
  const { invalid: _invalid, ...intervalOptions } = npsOptions;
  const invalid = options.invalid ?? 'error';
  const tasks = splitRows(scores.length, threads).map(([start, end]) => {
    const part = columnFor(scores, start, end, isShared(scores));
    return {
      task: {
        kind: 'counts' as const,
        scores: part.column,
        start: part.start,
        end: part.end,
        scale: npsScale,
        invalid,
      },
      transfer: part.transfer,
    };
  });
  const summaries = scores.length === 0 ? undefined : await runInWorkers(tasks);
  // No rows, or a worker met bad input: one pass in process gives the answer or the error.
  if (summaries === undefined) return nps(scores, npsOptions);
  return npsFromCounts((summaries as ScoreCounts[]).reduce(mergeCounts), intervalOptions);
}
