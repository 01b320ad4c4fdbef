/**
 * Runs every benchmark in bench/ and prints, for each, the median time of a plain
 * reference loop and of each candidate, with the ratio. Quote ratios, not absolute
 * times: machines here are noisy.
 *
 * `npm run bench` runs each suite in a process of its own; `npm run bench -- <name>` runs
 * the suites whose names contain `<name>` in this one. A suite builds its data when its
 * module loads, and those data live as long as the process: run beside another suite's
 * millions of objects, every collection a benchmark triggers has them to mark, which
 * slowed a reference loop that allocates 100 MB a run to nearly twice its time alone.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const suites: Record<string, () => Promise<void>> = {
  bucketByPeriod: async () => (await import('./core/bucketByPeriod.bench')).run(),
  instantReader: async () => (await import('./core/instantReader.bench')).run(),
  nps: async () => (await import('./metrics/nps.bench')).run(),
  scoreSeries: async () => (await import('./metrics/scoreSeries.bench')).run(),
  outcomesByScoreCategory: async () => (await import('./metrics/outcomesByScoreCategory.bench')).run(),
  measureJourney: async () => (await import('./journeys/measureJourney.bench')).run(),
  fitTransferFunction: async () => (await import('./transfer/fitTransferFunction.bench')).run(),
  threads: async () => (await import('./warehouse/threads.bench')).run(),
  warehouseScale: async () => (await import('./warehouse/scale.bench')).run(),
  evaluateSurveyRequest: async () => (await import('./governance/evaluateSurveyRequest.bench')).run(),
  readSurveyExport: async () => (await import('./node/readers.bench')).runSurveyExport(),
  readEventLog: async () => (await import('./node/readers.bench')).runEventLog(),
};

// Set for the process that runs one suite of a whole run: its exact name.
const suiteOfWholeRun = process.env.CXKIT_BENCH_SUITE;
const only = process.argv[2];

if (suiteOfWholeRun !== undefined) {
  const suite = suites[suiteOfWholeRun];
  if (suite === undefined) throw new Error(`No benchmark suite is named ${JSON.stringify(suiteOfWholeRun)}.`);
  await suite();
} else if (only !== undefined) {
  const chosen = Object.entries(suites).filter(([name]) => name.includes(only));
  if (chosen.length === 0) {
    throw new Error(`No benchmark suite's name contains ${JSON.stringify(only)}: ${Object.keys(suites).join(', ')}.`);
  }
  for (const [, suite] of chosen) await suite();
} else {
  // The same runtime and loader flags as this process (tsx's among them), a fresh heap.
  const script = fileURLToPath(import.meta.url);
  for (const name of Object.keys(suites)) {
    const child = spawnSync(process.execPath, [...process.execArgv, script], {
      stdio: 'inherit',
      env: { ...process.env, CXKIT_BENCH_SUITE: name },
    });
    if (child.status !== 0) {
      process.exitCode = 1;
      console.error(`The ${name} benchmarks failed (exit ${child.status ?? child.signal}).`);
    }
  }
}
