import { normalCriticalValue } from '../stats/normalCriticalValue';
import { normalPValue } from '../stats/normalPValue';

/**
 * @internal One sample's score and its interval as a function of the normal critical
 * value z (1.96 at 95%), unclipped: what {@link differenceInterval} combines.
 */
export interface SampleLimits {
  readonly estimate: number;
  readonly lower: (z: number) => number;
  readonly upper: (z: number) => number;
}

/** @internal What {@link differenceInterval} returns, in the samples' units. */
export interface DifferenceInterval {
  readonly difference: number;
  readonly lower: number;
  readonly upper: number;
  readonly pValue: number;
}

/**
 * @internal The interval for the difference of two independent samples' scores, `a − b`,
 * by the method of variance estimates recovery (MOVER: Newcombe 1998, method 10, for two
 * proportions; Zou and Donner 2008 in general). Each side of the interval adds the two
 * samples' distances from their own scores to the limits that bound the difference on that
 * side, in quadrature:
 *
 *   lower = d − √((a − lₐ)² + (u_b − b)²),  upper = d + √((uₐ − a)² + (b − l_b)²).
 *
 * So it is built around the difference of the two scores as reported, always holds it, and
 * keeps each sample's own interval method (an adjusted-Wald or Wilson interval stays open
 * when a sample is all promoters or all satisfied). Where an interval is not centered on its
 * score (the adjusted Wald pulls its center toward 0), a distance that would be negative
 * counts as 0. With two Wald intervals it is exactly d ± z·√(SEₐ² + SE_b²).
 *
 * The p-value is the test this interval inverts: `1 − level` at the level where the
 * interval's bound nearer 0 reaches 0, found by bisection on z (each bound moves away from
 * d as z grows). So `pValue < 1 − level` exactly when the interval at `level` leaves out 0.
 */
export function differenceInterval(a: SampleLimits, b: SampleLimits, level: number): DifferenceInterval {
  const difference = a.estimate - b.estimate;
  // How far below and above d the interval reaches at critical value z.
  const below = (z: number) => Math.hypot(Math.max(0, a.estimate - a.lower(z)), Math.max(0, b.upper(z) - b.estimate));
  const above = (z: number) => Math.hypot(Math.max(0, a.upper(z) - a.estimate), Math.max(0, b.estimate - b.lower(z)));
  const z = normalCriticalValue(level);
  return {
    difference,
    lower: difference - below(z),
    upper: difference + above(z),
    pValue:
      difference === 0 ? 1 : normalPValue(boundaryCriticalValue(difference > 0 ? below : above, Math.abs(difference))),
  };
}

/** The z at which `reach(z)` first equals `distance`: `reach` grows with z, from its value at 0. */
function boundaryCriticalValue(reach: (z: number) => number, distance: number): number {
  if (reach(0) >= distance) return 0;
  let low = 0;
  let high = 1;
  // Beyond z = 40 the p-value is below 1e-300: call it the edge.
  while (reach(high) < distance) {
    low = high;
    high *= 2;
    if (high > 40) return 40;
  }
  for (;;) {
    const middle = (low + high) / 2;
    if (middle === low || middle === high) return middle;
    if (reach(middle) < distance) low = middle;
    else high = middle;
  }
}
