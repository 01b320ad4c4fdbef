import type { ChartOptions } from './chartOptions';

/**
 * Options for {@link maturityRadar}.
 *
 * @category Charts
 */
export interface MaturityRadarOptions extends ChartOptions {
  /**
   * With an aggregate: the groups to draw, by name, in this order (at most five). Default
   * every group, in the aggregate's order.
   */
  readonly groups?: readonly string[];
  /**
   * A target drawn as a dotted outline: one level for every dimension, or levels by
   * dimension id (dimensions left out have no target). Each within the model's scale.
   */
  readonly target?: number | Readonly<Record<string, number>>;
}
