import { raiseCommon } from '../core/errors/commonMessages';
import { describeValue } from '../core/errors/describeValue';
import { normalCriticalValue } from '../stats/normalCriticalValue';

/**
 * A confidence interval, in the units of the score it belongs to.
 *
 * @category Scores
 */
export interface ConfidenceInterval {
  readonly lower: number;
  readonly upper: number;
  /** The confidence level, e.g. `0.95`. */
  readonly level: number;
  /** How it was computed, e.g. `'adjusted-wald'`, `'wilson'`, `'t'`. */
  readonly method: string;
}

/** @internal Checks a confidence level once. */
export function checkLevel(level: unknown): number {
  if (typeof level !== 'number' || !(level > 0 && level < 1)) {
    raiseCommon('INVALID_OPTION', ['level', 'a confidence level between 0 and 1 (e.g. 0.95)', describeValue(level)], {
      path: ['level'],
    });
  }
  return level;
}

/** @internal Checks an interval method against those a function offers. */
export function checkMethod<Method extends string>(method: unknown, allowed: readonly Method[]): Method {
  if (!allowed.includes(method as Method)) {
    raiseCommon(
      'INVALID_OPTION',
      ['method', `one of ${allowed.map((name) => JSON.stringify(name)).join(', ')}`, describeValue(method)],
      { path: ['method'] },
    );
  }
  return method as Method;
}

/**
 * Wilson's score interval for a proportion `successes / n`, as fractions. It stays
 * inside [0, 1] and keeps its coverage at small n and shares near 0 or 1, where the
 * plain Wald interval collapses to a point.
 *
 * @internal
 */
export function wilsonInterval(successes: number, n: number, level: number): { lower: number; upper: number } {
  return wilsonLimits(successes / n, n, normalCriticalValue(level));
}

/** @internal Wilson's interval for a share observed on n responses, at critical value z. */
export function wilsonLimits(share: number, n: number, z: number): { lower: number; upper: number } {
  const zSquared = z * z;
  const denominator = 1 + zSquared / n;
  const center = (share + zSquared / (2 * n)) / denominator;
  const halfWidth = (z / denominator) * Math.sqrt((share * (1 - share)) / n + zSquared / (4 * n * n));
  return { lower: Math.max(0, center - halfWidth), upper: Math.min(1, center + halfWidth) };
}

/**
 * The variance of one response's contribution to a net score (+1 favorable,
 * −1 unfavorable, 0 otherwise): `p₊ + p₋ − (p₊ − p₋)²`, the trinomial variance.
 *
 * @internal
 */
export function netVariance(favorable: number, unfavorable: number, n: number): number {
  const plus = favorable / n;
  const minus = unfavorable / n;
  return plus + minus - (plus - minus) ** 2;
}
