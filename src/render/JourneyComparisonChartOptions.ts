import type { ChartOptions } from './chartOptions';
import type { TimelineUnit } from './timeUnits';

/**
 * Options for {@link journeyComparisonChart}.
 *
 * @category Charts
 */
export interface JourneyComparisonChartOptions extends ChartOptions {
  /** What the first measure stands for, e.g. "Before the shop program". Default `'Before'`. */
  readonly before?: string;
  /** What the second stands for. Default `'After'`. */
  readonly after?: string;
  /**
   * The step to mark, by id; `null` for none. Default: the step whose median (P50) moved
   * most, either way.
   */
  readonly highlight?: string | null;
  /** Why the marked step matters, for the legend. Default "the step whose median moved most". */
  readonly highlightNote?: string;
  /** The unit of the axis and labels. Default: days when the longest P95 is 2 days or more, else hours, else minutes. */
  readonly unit?: TimelineUnit;
}
