import { normalQuantile } from './normalQuantile';
import { studentTQuantile } from './studentTQuantile';

/**
 * The critical value for a two-sided interval at confidence `level`: `z` (normal), or
 * Student's `t` when degrees of freedom are given. `level` must already be checked.
 *
 * @internal
 */
export function criticalValue(level: number, degreesOfFreedom?: number): number {
  const probability = 1 - (1 - level) / 2;
  return degreesOfFreedom === undefined ? normalQuantile(probability) : studentTQuantile(probability, degreesOfFreedom);
}
