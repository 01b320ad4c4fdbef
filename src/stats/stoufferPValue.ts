import { normalCdf } from './normalCdf';

/**
 * @internal Stouffer's combination of independent one-sided tests (Stouffer et al. 1949;
 * scipy's `combine_pvalues(p, method='stouffer')`) from their z scores (each the z whose
 * upper tail is the test's p-value): the z scores summed and divided by √k, and the upper
 * tail of that. Every test weighs the same. A z beyond ±40 (a tail below 1e-300) counts
 * as ±40, so an infinite one cannot swamp the rest.
 */
export function stoufferPValue(zScores: readonly number[]): number {
  let sum = 0;
  for (const z of zScores) sum += Math.min(40, Math.max(-40, z));
  return normalCdf(-sum / Math.sqrt(zScores.length));
}
