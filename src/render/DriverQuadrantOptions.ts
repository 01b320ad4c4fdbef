import type { ChartOptions } from './chartOptions';

/**
 * Options for {@link driverQuadrant}.
 *
 * @category Charts
 */
export interface DriverQuadrantOptions extends ChartOptions {
  /** Each driver's name for people, by driver id (e.g. a metric tree node's title). Default: the ids. */
  readonly labels?: Readonly<Record<string, string>>;
}
