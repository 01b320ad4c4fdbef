/**
 * Law: every public function fails as a CxError. Every export of every subpath of the
 * built package is called with seeded adversarial arguments (see adversarialValues.mjs):
 * any other error type, a NaN or Infinity in a result that the input did not hold, a safe
 * twin that throws, a change to Object.prototype, a call over two seconds or one that
 * never returns fails the test, listing each export with its first offending input.
 *
 * `CXKIT_ADVERSARIAL_RUNS` sets the calls per export (default 800: under a minute here,
 * with two workers) and `CXKIT_ADVERSARIAL_SEED` the seed, to dig deeper or reproduce a
 * run. The exports are found by importing each subpath the package exports, so a new
 * function is covered the day it is exported.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const distFolder = join(root, 'dist');
const runs = Number(process.env.CXKIT_ADVERSARIAL_RUNS ?? 800);
const seed = Number(process.env.CXKIT_ADVERSARIAL_SEED ?? 20261202);
// A task is one export's calls; a task past this has a call that does not return.
const taskLimitMilliseconds = 60_000;

interface Problem {
  readonly kind: string;
  readonly detail: string;
  readonly input: string;
}

/** Valid inputs of every shape the modules take, from the example workspace and what the library makes of it. */
async function buildCorpus(): Promise<unknown[]> {
  const { loadWorkspace } = await import(join(distFolder, 'node', 'index.js'));
  const { analyzeWorkspace, workspaceReport, lintWorkspace } = await import(join(distFolder, 'workspace', 'index.js'));
  const workspace = await loadWorkspace(join(root, 'examples', 'workspace'));
  const analysis = analyzeWorkspace(workspace, { asOf: '2026-11-01' });
  const seeds: unknown[] = [
    ...workspace.documents.map((entry: { document: unknown }) => entry.document),
    ...workspace.data,
    analysis,
    workspaceReport(analysis),
    lintWorkspace(workspace, { asOf: '2026-11-01' }),
    [9, 10, 7, 3, 0, 10],
    {
      scores: [9, 10, 7, 3],
      scale: { min: 0, max: 10, favorable: { from: 9, to: 10 }, unfavorable: { from: 0, to: 6 } },
    },
  ];
  const corpus: unknown[] = [];
  const seen = new Set<unknown>();
  // Shrinks long columns so that a call stays fast; keeps the shape.
  const trimmed = (value: unknown): unknown => {
    if (ArrayBuffer.isView(value) && 'slice' in value) return (value as Float64Array).slice(0, 200);
    if (Array.isArray(value)) return value.slice(0, 200).map(trimmed);
    if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, trimmed(entry)]));
    }
    return value;
  };
  const collect = (value: unknown, depth: number) => {
    if (value === null || typeof value !== 'object' || seen.has(value) || corpus.length >= 400) return;
    seen.add(value);
    try {
      corpus.push(structuredClone(trimmed(value)));
    } catch {
      return; // functions inside: not an input a caller could send as data
    }
    if (depth >= 3 || ArrayBuffer.isView(value)) return;
    for (const entry of Array.isArray(value) ? value.slice(0, 3) : Object.values(value)) collect(entry, depth + 1);
  };
  for (const value of seeds) collect(value, 0);
  return corpus;
}

async function exportsToCall(): Promise<{ subpath: string; name: string }[]> {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
  const found: { subpath: string; name: string }[] = [];
  // The root re-exports the modules' functions; each is called once, from its own subpath.
  for (const subpath of Object.keys(manifest.exports).filter(
    (key) => key.startsWith('./') && key !== './package.json',
  )) {
    const module = (await import(join(distFolder, subpath.slice(2), 'index.js'))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (typeof value === 'function' && !/^class\b/.test(Function.prototype.toString.call(value))) {
        found.push({ subpath, name });
      }
    }
  }
  return found;
}

describe('every public function fails as a CxError', () => {
  it('on adversarial arguments: no internal error, NaN, Infinity, prototype change or hang', async () => {
    const corpus = await buildCorpus();
    const tasks = await exportsToCall();
    expect(tasks.length).toBeGreaterThanOrEqual(125);
    const problems = new Map<string, Problem[]>();
    const started = performance.now();
    let calls = 0;
    const spawn = () =>
      new Worker(new URL('./adversarialWorker.mjs', import.meta.url), { workerData: { distFolder, corpus } });

    const runOn = async (queue: { subpath: string; name: string }[]) => {
      let worker = spawn();
      for (const task of queue) {
        const key = `${task.subpath.slice(2)}: ${task.name}`;
        const answer = await new Promise<{ problems: Problem[]; calls: number } | 'hang'>((resolve) => {
          const timer = setTimeout(() => resolve('hang'), taskLimitMilliseconds);
          worker.once('message', (message) => {
            clearTimeout(timer);
            resolve(message);
          });
          worker.postMessage({ ...task, seed, runs });
        });
        if (answer === 'hang') {
          problems.set(key, [
            { kind: 'hang', detail: `no answer in ${taskLimitMilliseconds / 1000} s`, input: `seed ${seed}` },
          ]);
          await worker.terminate();
          worker = spawn();
        } else {
          calls += answer.calls;
          if (answer.problems.length > 0) problems.set(key, answer.problems);
        }
      }
      await worker.terminate();
    };
    // Two workers, one per core.
    await Promise.all([
      runOn(tasks.filter((_, index) => index % 2 === 0)),
      runOn(tasks.filter((_, index) => index % 2 === 1)),
    ]);

    // The size of the run, for whoever tunes CXKIT_ADVERSARIAL_RUNS.
    console.info(
      `adversarial: ${calls} calls to ${tasks.length} exports in ${Math.round((performance.now() - started) / 1000)} s (seed ${seed}, ${runs} per export)`,
    );
    const lines = [...problems.entries()].flatMap(([key, found]) => {
      const kinds = [...new Set(found.map((problem) => `${problem.kind}: ${problem.detail}`))].slice(0, 3);
      return [`${key} (${found.length}): ${kinds.join(' | ')}`, `    first input: (${found[0]?.input})`];
    });
    expect(
      lines,
      `${problems.size} of ${tasks.length} exports broke the promise (seed ${seed}, ${runs} calls each)`,
    ).toEqual([]);
  }, 600_000);
});
