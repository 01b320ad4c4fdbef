/**
 * A small harness over tinybench: it runs a plain reference loop and the candidates
 * in the same process, interleaving rounds so that a noisy machine affects them alike,
 * and prints each candidate's median time as a ratio of the reference's.
 */
import { Bench } from 'tinybench';

export interface Comparison {
  /** What is measured, e.g. "bucketByPeriod, 1M instants, month, UTC". */
  readonly title: string;
  /** The plain loop everything is compared with. */
  readonly reference: { readonly name: string; readonly run: () => unknown };
  /** cxkit and any popular alternative. */
  readonly candidates: ReadonlyArray<{
    readonly name: string;
    readonly run: () => unknown;
    /**
     * For a slow alternative run on a fraction of the data: the factor its time is
     * multiplied by to compare like with like (e.g. 10 when it gets a tenth). Default 1.
     */
    readonly scale?: number;
  }>;
  /** Milliseconds to spend on each task per round. Default 400. */
  readonly time?: number;
  /** Rounds to interleave; the median of the per-round medians is reported. Default 3. */
  readonly rounds?: number;
  /** Least runs of each task per round, after `warmupIterations` unmeasured ones. Default 5 and 2. */
  readonly iterations?: number;
  readonly warmupIterations?: number;
}

export interface ComparisonResult {
  readonly title: string;
  readonly rows: ReadonlyArray<{ readonly name: string; readonly medianMs: number; readonly ratio: number }>;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export async function compare(comparison: Comparison): Promise<ComparisonResult> {
  const tasks: ReadonlyArray<{ name: string; run: () => unknown; scale?: number }> = [
    comparison.reference,
    ...comparison.candidates,
  ];
  const medians = new Map<string, number[]>(tasks.map((task) => [task.name, []]));
  for (let round = 0; round < (comparison.rounds ?? 3); round++) {
    const bench = new Bench({
      time: comparison.time ?? 400,
      iterations: comparison.iterations ?? 5,
      warmupIterations: comparison.warmupIterations ?? 2,
    });
    for (const task of tasks) bench.add(task.name, task.run);
    await bench.run();
    for (const task of bench.tasks) {
      const result = task.result;
      if (!('latency' in result)) throw new Error(`${task.name} did not complete: ${result.state}`);
      medians.get(task.name)?.push(result.latency.p50);
    }
  }
  const referenceMedian = median(medians.get(comparison.reference.name) ?? []);
  const rows = tasks.map((task) => {
    const medianMs = median(medians.get(task.name) ?? []) * (task.scale ?? 1);
    return { name: task.name, medianMs, ratio: medianMs / referenceMedian };
  });
  console.log(`\n${comparison.title}`);
  for (const row of rows) {
    const ratio = row === rows[0] ? 'reference' : `ratio ${row.ratio.toFixed(2)}x`;
    console.log(`  ${row.name.padEnd(56)} median ${row.medianMs.toFixed(2).padStart(9)} ms   ${ratio}`);
  }
  return { title: comparison.title, rows };
}
