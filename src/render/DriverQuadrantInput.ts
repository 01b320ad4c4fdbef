import type { ClassifiedDriver } from '../transfer/classifyDrivers';
import type { ReadChartOptions } from './chartOptions';

/**
 * A driver quadrant's input once checked: the common options, the drivers with finite
 * values and known quadrants, and each driver's name for people.
 *
 * @internal
 */
export interface DriverQuadrantInput {
  readonly common: ReadChartOptions;
  /** The importance threshold, a share of the explained variance (0–1). */
  readonly importanceThreshold: number;
  readonly drivers: readonly ClassifiedDriver[];
  /** Each driver's name, by the driver's index: its label when given, else its id. */
  readonly names: readonly string[];
}
