import { normalDeviate } from './normalDeviate';

/**
 * The standard normal quantile (R's `qnorm(p)`).
 *
 * @internal
 */
export function normalQuantile(probability: number): number {
  if (!(probability >= 0 && probability <= 1)) return Number.NaN;
  // Both differences are exact where they are used: 1 − p for p ≥ ½, and p − ½ in the centre.
  const z = normalDeviate(Math.abs(probability - 0.5), Math.min(probability, 1 - probability));
  return probability < 0.5 ? -z : z;
}
