import { normalQuantile } from './normalQuantile';

/**
 * The z for a two-sided interval at confidence `level` (1.959963984540054 at 0.95).
 * `level` must already be checked.
 *
 * @internal
 */
export function normalCriticalValue(level: number): number {
  return normalQuantile(1 - (1 - level) / 2);
}
