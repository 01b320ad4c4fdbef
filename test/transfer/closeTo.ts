import { expect } from 'vitest';

/** Asserts that every number in `actual` is within `tolerance` (relative) of `expected`. */
export function expectRelative(
  actual: readonly number[] | number,
  expected: readonly number[] | number,
  tolerance = 1e-8,
): void {
  const left = typeof actual === 'number' ? [actual] : actual;
  const right = typeof expected === 'number' ? [expected] : expected;
  expect(left).toHaveLength(right.length);
  left.forEach((value, index) => {
    const target = right[index] as number;
    const error = Math.abs(value - target) / Math.max(Math.abs(target), Number.MIN_VALUE);
    expect(error, `index ${index}: ${value} vs ${target}`).toBeLessThanOrEqual(tolerance);
  });
}

/** A deterministic stream of standard normal numbers (LCG + Box–Muller), so tests need no randomness. */
export function normalStream(seed: number): () => number {
  let state = seed >>> 0 || 1;
  const uniform = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return (state + 0.5) / 4_294_967_296;
  };
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}
