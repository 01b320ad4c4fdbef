/**
 * The counting loop: one pass, the type, range and whole-number check inside it, no
 * allocation but the counts. The type comes first: `value >= min` on an object calls its
 * `valueOf`, which may throw (an object without a prototype) or answer a number (a Date).
 * `NaN`, `undefined`, strings and booleans count as invalid.
 *
 * Made by a factory so that each kind of input array gets its own copy of the loop:
 * V8 keeps type feedback per function, and one loop fed `Uint8Array`s, `number[]`s
 * and `Float64Array`s would turn megamorphic and several times slower.
 */
function makeTally() {
  return (scores: ArrayLike<number>, min: number, max: number, counts: Float64Array): number => {
    let invalid = 0;
    for (let index = 0; index < scores.length; index++) {
      const value = scores[index] as number;
      if (typeof value === 'number' && value >= min && value <= max && Math.floor(value) === value) {
        counts[value - min] = (counts[value - min] as number) + 1;
      } else invalid++;
    }
    return invalid;
  };
}

const tallyTyped = makeTally();
const tallyArray = makeTally();

/**
 * Bytes are whole numbers from 0 to 255 by construction, so the loop needs no check at
 * all: it counts every byte value, and the values off the scale are found afterwards
 * in the 256 bins. This is the plain histogram loop, checks included for free.
 */
function tallyBytes(scores: Uint8Array | Uint8ClampedArray, min: number, max: number, counts: Float64Array): number {
  const bins = new Float64Array(256);
  for (let index = 0; index < scores.length; index++) {
    const value = scores[index] as number;
    bins[value] = (bins[value] as number) + 1;
  }
  let invalid = 0;
  for (let value = 0; value < 256; value++) {
    if (value >= min && value <= max) counts[value - min] = (counts[value - min] as number) + (bins[value] as number);
    else invalid += bins[value] as number;
  }
  return invalid;
}

/**
 * Adds `scores` into `counts` (index `score - min`) and returns how many were invalid.
 *
 * @internal
 */
export function tally(scores: ArrayLike<number>, min: number, max: number, counts: Float64Array): number {
  if (scores instanceof Uint8Array || scores instanceof Uint8ClampedArray) return tallyBytes(scores, min, max, counts);
  if (ArrayBuffer.isView(scores)) return tallyTyped(scores, min, max, counts);
  return tallyArray(scores, min, max, counts);
}

/**
 * Whether a value is a whole number on the scale `[min, max]`. The same test the
 * counting loops make inline; V8 inlines this small function where it is called.
 *
 * @internal
 */
export function isOnScale(value: number, min: number, max: number): boolean {
  return typeof value === 'number' && value >= min && value <= max && Math.floor(value) === value;
}

/**
 * The first `limit` invalid indexes, for the error message: a second pass that runs
 * only when the first found something wrong.
 *
 * @internal
 */
export function invalidIndexes(scores: ArrayLike<number>, min: number, max: number, limit: number): number[] {
  const found: number[] = [];
  for (let index = 0; index < scores.length && found.length < limit; index++) {
    const value = scores[index] as number;
    if (!isOnScale(value, min, max)) found.push(index);
  }
  return found;
}
