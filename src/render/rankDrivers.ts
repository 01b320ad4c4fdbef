import type { ClassifiedDriver } from '../transfer/classifyDrivers';

/** @internal The drivers' indexes, most important first (ties in their given order): the order of the chart's numbers and key. */
export function rankDrivers(drivers: readonly ClassifiedDriver[]): number[] {
  return drivers
    .map((_, index) => index)
    .sort((left, right) => (drivers[right]?.importance ?? 0) - (drivers[left]?.importance ?? 0));
}
