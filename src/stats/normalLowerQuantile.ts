import { normalCdf } from './normalCdf';
import { normalQuantile } from './normalQuantile';

const inverseRootTwoPi = 1 / Math.sqrt(2 * Math.PI);

/**
 * @internal The standard normal quantile for a lower-tail probability, R's `qnorm(p)`,
 * keeping its digits for tiny p (1e-20, 1e-300) where `normalQuantile`, computed from
 * erfinv(2p − 1), loses them (2p − 1 rounds to −1). Below 1e-3 it refines by Newton's
 * method on log Φ, whose lower tail the normal distribution function keeps to full
 * relative precision. `p` must be in (0, 1); 0 gives −∞.
 */
export function normalLowerQuantile(probability: number): number {
  if (probability >= 1e-3) return normalQuantile(probability);
  if (probability <= 0) return Number.NEGATIVE_INFINITY;
  const target = Math.log(probability);
  // Start from the tail's leading terms: z ≈ −√(−2 ln p − ln(−2 ln p) − ln 2π).
  const twice = -2 * target;
  let z = -Math.sqrt(twice - Math.log(twice) - Math.log(2 * Math.PI));
  for (let step = 0; step < 50; step++) {
    const lower = normalCdf(z);
    const density = inverseRootTwoPi * Math.exp(-0.5 * z * z);
    const change = ((Math.log(lower) - target) * lower) / density;
    z -= change;
    if (Math.abs(change) <= 1e-15 * Math.abs(z)) break;
  }
  return z;
}
