import { normalDeviate } from './normalDeviate';

/**
 * The z for a two-sided interval at confidence `level` (1.959963984540054 at 0.95).
 * `level` must already be checked.
 *
 * @internal
 */
export function normalCriticalValue(level: number): number {
  // level/2 and (1 − level)/2 are exact, where 1 − (1 − level)/2 would round a high level's tail.
  return normalDeviate(level / 2, (1 - level) / 2);
}
