import { describeValue } from '../core/errors/describeValue';
import { raise } from '../core/errors/raise';

/**
 * How p-values reported together are adjusted for their number: `'none'`, `'holm'`
 * (Holm 1979: controls the family-wise error rate, the chance of any false finding) or
 * `'benjamini-hochberg'` (Benjamini and Hochberg 1995: controls the false discovery
 * rate, the expected share of false findings among those reported). The same as R's
 * `p.adjust(p, "holm")` and `p.adjust(p, "BH")`.
 *
 * @category Comparisons
 */
export type MultipleTesting = 'none' | 'holm' | 'benjamini-hochberg';

const methods: readonly MultipleTesting[] = ['none', 'holm', 'benjamini-hochberg'];

/** @internal Checks a `multipleTesting` option (default `'none'`). */
export function checkMultipleTesting(value: unknown): MultipleTesting {
  if (value === undefined) return 'none';
  if (!methods.includes(value as MultipleTesting)) {
    raise('INVALID_OPTION', ['multipleTesting', '"none", "holm" or "benjamini-hochberg"', describeValue(value)], {
      path: ['multipleTesting'],
    });
  }
  return value as MultipleTesting;
}

/**
 * @internal The p-values adjusted for their number, in their order, as R's `p.adjust`:
 * Holm multiplies the i-th smallest of m by m − i + 1 and keeps the running maximum;
 * Benjamini–Hochberg multiplies it by m / i and keeps the running minimum from the
 * largest down; both are capped at 1.
 */
export function adjustPValues(pValues: readonly number[], method: MultipleTesting): number[] {
  const count = pValues.length;
  if (method === 'none' || count === 0) return [...pValues];
  // Ties keep their input order, as R's order() does.
  const order = pValues
    .map((_, index) => index)
    .sort((left, right) => (pValues[left] as number) - (pValues[right] as number) || left - right);
  const adjusted = new Array<number>(count);
  if (method === 'holm') {
    let running = 0;
    order.forEach((index, rank) => {
      running = Math.max(running, (count - rank) * (pValues[index] as number));
      adjusted[index] = Math.min(1, running);
    });
    return adjusted;
  }
  let running = Number.POSITIVE_INFINITY;
  for (let rank = count - 1; rank >= 0; rank--) {
    const index = order[rank] as number;
    running = Math.min(running, (count / (rank + 1)) * (pValues[index] as number));
    adjusted[index] = Math.min(1, running);
  }
  return adjusted;
}
