import { studentTQuantile } from './studentTQuantile';

/**
 * Student's t for a two-sided interval at confidence `level` with the given degrees
 * of freedom. Kept apart from the normal one: t's quantile weighs ~50 kB gzipped, and an
 * app computing NPS should not carry it.
 *
 * @internal
 */
export function studentCriticalValue(level: number, degreesOfFreedom: number): number {
  return studentTQuantile(1 - (1 - level) / 2, degreesOfFreedom);
}
