/**
 * Calls one export of the built package with seeded adversarial arguments and reports
 * every call that broke the promise: an error that is not a CxError, a NaN or Infinity
 * the input did not hold, a safe twin that threw, a change to Object.prototype, or a
 * call over the time limit. It runs in a worker so that a call that never returns can
 * be stopped from outside.
 */
import { parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { hostile, mutate } from './adversarialValues.mjs';

const { distFolder, corpus } = workerData;
const { isCxError } = await import(`${distFolder}/core/index.js`);

const slowCallMilliseconds = 2_000;

// The whole input, walked once: does it hold a non-finite number anywhere?
function holdsNonFinite(value, seen = new Set(), depth = 0) {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (value === null || typeof value !== 'object' || seen.has(value) || depth > 12) return false;
  seen.add(value);
  if (ArrayBuffer.isView(value)) {
    if (!(value instanceof Float64Array || value instanceof Float32Array)) return false;
    for (const number of value) if (!Number.isFinite(number)) return true;
    return false;
  }
  for (const key of Object.keys(value)) {
    if (holdsNonFinite(value[key], seen, depth + 1)) return true;
  }
  if (value instanceof Map) for (const [, entry] of value) if (holdsNonFinite(entry, seen, depth + 1)) return true;
  return false;
}

// Where in a result a non-finite number sits, as a path, or undefined.
function nonFinitePath(value, path = [], seen = new Set()) {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : path;
  if (value === null || typeof value !== 'object' || seen.has(value) || path.length > 12) return undefined;
  seen.add(value);
  if (ArrayBuffer.isView(value)) {
    if (!(value instanceof Float64Array || value instanceof Float32Array)) return undefined;
    const index = value.findIndex((number) => !Number.isFinite(number));
    return index === -1 ? undefined : [...path, index];
  }
  for (const key of Object.keys(value)) {
    const found = nonFinitePath(value[key], [...path, key], seen);
    if (found !== undefined) return found;
  }
  return undefined;
}

const prototypeShape = () =>
  [Object.prototype, Array.prototype, Function.prototype]
    .map((prototype) => Object.getOwnPropertyNames(prototype).sort().join(','))
    .join('|');

function describe(value, depth = 0) {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === undefined || value === null) {
    return Object.is(value, -0) ? '-0' : String(value);
  }
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol' || typeof value === 'function') return typeof value;
  if (value instanceof Date) return `Date(${Number.isNaN(value.getTime()) ? 'NaN' : value.toISOString()})`;
  if (ArrayBuffer.isView(value)) return `${value.constructor.name}(${value.length})`;
  if (depth > 2) return Array.isArray(value) ? '[…]' : '{…}';
  if (Array.isArray(value)) {
    const shown = [];
    for (let index = 0; index < Math.min(value.length, 4); index++) {
      shown.push(index in value ? describe(value[index], depth + 1) : '<hole>');
    }
    return `[${shown.join(', ')}${value.length > 4 ? `, …${value.length}` : ''}]`;
  }
  const entries = Object.keys(value).slice(0, 5);
  return `{${entries.map((key) => `${key}: ${describe(value[key], depth + 1)}`).join(', ')}${Object.keys(value).length > 5 ? ', …' : ''}}`;
}

// An argument: hostile, a valid input from the corpus, or a valid input with one part made hostile.
const argument = fc.oneof(
  { weight: 4, arbitrary: hostile },
  { weight: 3, arbitrary: fc.nat({ max: corpus.length - 1 }).map((index) => structuredClone(corpus[index])) },
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.nat({ max: corpus.length - 1 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
        hostile,
        fc.boolean(),
      )
      .map(([index, choices, replacement, remove]) => mutate(corpus[index], choices, replacement, remove)),
  },
);

async function call(fn, args) {
  const result = fn(...args);
  return result instanceof Promise ? await result : result;
}

parentPort.on('message', async ({ subpath, name, seed, runs }) => {
  const module = await import(`${distFolder}/${subpath === '.' ? 'index.js' : `${subpath.slice(2)}/index.js`}`);
  const fn = module[name];
  const problems = [];
  let calls = 0;
  const samples = fc.sample(fc.array(argument, { maxLength: 3 }), { seed, numRuns: runs });
  for (const [index, args] of samples.entries()) {
    const input = args.map((arg) => describe(arg)).join(', ');
    const inputHeldNonFinite = args.some((arg) => holdsNonFinite(arg));
    const before = prototypeShape();
    const started = performance.now();
    let result;
    let thrown;
    let threw = false;
    try {
      result = await call(fn, args);
    } catch (error) {
      threw = true;
      thrown = error;
    }
    const took = performance.now() - started;
    calls++;
    const report = (kind, detail) => problems.push({ kind, detail, input, sample: index });
    if (prototypeShape() !== before) report('prototype', 'a call changed Object, Array or Function.prototype');
    if (took > slowCallMilliseconds) report('slow', `${Math.round(took)} ms`);
    if (threw) {
      if (name.startsWith('safe')) report('safe-threw', String(thrown?.message ?? thrown));
      else if (!isCxError(thrown)) {
        report(
          'internal-error',
          `${thrown?.constructor?.name ?? typeof thrown}: ${String(thrown?.message ?? thrown).split('\n')[0]}`,
        );
      }
    } else if (!inputHeldNonFinite) {
      const path = nonFinitePath(result);
      if (path !== undefined) report('non-finite', `result.${path.join('.')}`);
    }
    if (problems.length >= 20) break;
  }
  parentPort.postMessage({ subpath, name, problems, calls });
});
