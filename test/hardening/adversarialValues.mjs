/**
 * Adversarial arguments for every public function: wrong types, non-finite and huge
 * numbers, sparse and frozen arrays, keys that touch prototypes, invalid dates, hostile
 * strings — and valid inputs with one part replaced by one of those, so that calls reach
 * past the first check.
 */
import fc from 'fast-check';

const hostileStrings = [
  '',
  ' ',
  'a',
  'nps',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '\u001b[31m\u001b]0;title\u0007',
  '\u0000',
  '\uD800',
  '\u202Eevil',
  '<script>alert(1)</script>',
  '</svg><img src=x onerror=alert(1)>',
  '"; DROP TABLE responses; --',
  '../../../../etc/passwd',
  '/etc/passwd',
  'NaN',
  'Infinity',
  '1e308',
  '-0',
  '2026-02-30',
  '2026-11-22T09:30:00Z',
  '2026-11',
  '+275760-09-13T00:00:00.001Z',
  'x'.repeat(10_000),
];

const numbers = [
  0,
  -0,
  1,
  -1,
  0.5,
  2,
  7,
  9,
  10,
  100,
  -7,
  1e308,
  -1e308,
  5e-324,
  2 ** 53 + 2,
  -(2 ** 31),
  2 ** 32,
  1e15,
];
const nonFinite = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];

function sparse(length) {
  const array = new Array(length);
  array[length - 1] = 9;
  return array;
}

/** Plain leaves: every kind of value a function might be handed by mistake. */
export const leaf = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(undefined, null, true, false) },
  { weight: 4, arbitrary: fc.constantFrom(...numbers, ...nonFinite) },
  { weight: 4, arbitrary: fc.constantFrom(...hostileStrings) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer() },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom(
        () => new Date(Number.NaN),
        () => new Date('2026-11-22T09:30:00Z'),
        () => 10n,
        () => Symbol('hostile'),
        () => () => 1,
        () => Object.create(null),
        () => JSON.parse('{"__proto__": {"polluted": true}}'),
        () => ({ constructor: 'x', toString: 'y', valueOf: 7 }),
        () => sparse(3),
        () => Object.freeze([9, 10, 0]),
        () => [],
        () => ({}),
        () => new Float64Array([Number.NaN, 1, 2]),
        () => new Float64Array([9, 10, 3]),
        () => new Uint32Array([0, 1, 4_294_967_295]),
        () => new Map(),
      )
      .map((make) => make()),
  },
);

const keys = fc.constantFrom(
  '__proto__',
  'constructor',
  'kind',
  'schemaVersion',
  'id',
  'title',
  'name',
  'scores',
  'score',
  'responses',
  'events',
  'at',
  'case',
  'event',
  'drivers',
  'outcome',
  'weights',
  'table',
  'scale',
  'min',
  'max',
  'favorable',
  'unfavorable',
  'from',
  'to',
  'dimensions',
  'level',
  'answers',
  'timeZone',
  'asOf',
  'level',
  'n',
  'counts',
  'values',
  'budget',
  'ideas',
  'cost',
  'value',
  'share',
  'points',
  'sections',
  'svg',
  'format',
  'threads',
);

/** Any adversarial value: a leaf, or arrays and objects of them a few levels deep. */
export const hostile = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 5, arbitrary: leaf },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.dictionary(keys, tie('value'), { maxKeys: 4 }) },
  ),
})).value;

/** Replaces one part of a valid input (chosen by `choices`, indexes into each level's keys) with a hostile value, or deletes it. */
export function mutate(valid, choices, replacement, remove) {
  const holder = { root: structuredClone(valid) };
  let parent = holder;
  let key = 'root';
  for (const choice of choices) {
    const node = parent[key];
    if (node === null || typeof node !== 'object' || ArrayBuffer.isView(node)) break;
    const names = Object.keys(node);
    if (names.length === 0) break;
    parent = node;
    key = names[choice % names.length];
  }
  if (remove && parent !== holder) delete parent[key];
  else Object.defineProperty(parent, key, { value: replacement, enumerable: true, writable: true, configurable: true });
  return holder.root;
}
