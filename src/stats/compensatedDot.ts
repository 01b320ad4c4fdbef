/** Veltkamp's splitter for doubles: 2^27 + 1. */
const splitter = 134_217_729;

/**
 * The dot product `Σ aᵢ·bᵢ` as if computed in twice the working precision and rounded
 * once (Ogita, Rump and Oishi's Dot2, 2005): every product is split exactly into a
 * rounded part and its error (Dekker's TwoProduct, by Veltkamp splitting), every sum
 * likewise (Knuth's TwoSum), and the errors are added at the end. Used where a dot
 * product cancels almost entirely and its few remaining digits matter.
 *
 * @internal
 */
export function compensatedDot(left: ArrayLike<number>, right: ArrayLike<number>, length: number): number {
  let sum = 0;
  let error = 0;
  for (let index = 0; index < length; index++) {
    const a = left[index] as number;
    const b = right[index] as number;
    const product = a * b;
    const aSplit = splitter * a;
    const aHigh = aSplit - (aSplit - a);
    const aLow = a - aHigh;
    const bSplit = splitter * b;
    const bHigh = bSplit - (bSplit - b);
    const bLow = b - bHigh;
    const productError = aLow * bLow - (product - aHigh * bHigh - aLow * bHigh - aHigh * bLow);
    const next = sum + product;
    const virtual = next - sum;
    const sumError = sum - (next - virtual) + (product - virtual);
    sum = next;
    error += sumError + productError;
  }
  return sum + error;
}
