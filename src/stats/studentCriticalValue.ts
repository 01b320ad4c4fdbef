import { studentDeviate } from './studentDeviate';

/**
 * Student's t for a two-sided interval at confidence `level` with the given degrees
 * of freedom. Kept apart from the normal one: t's quantile brings the incomplete beta
 * function, which an app computing NPS should not carry.
 *
 * @internal
 */
export function studentCriticalValue(level: number, degreesOfFreedom: number): number {
  // (1 − level)/2 is exact, where 1 − (1 − level)/2 would round a high level's tail.
  return studentDeviate((1 - level) / 2, degreesOfFreedom);
}
