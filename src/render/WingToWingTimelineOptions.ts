import type { ChartOptions } from './chartOptions';
import type { TimelineUnit } from './timeUnits';

/**
 * Options for {@link wingToWingTimeline}.
 *
 * @category Charts
 */
export interface WingToWingTimelineOptions extends ChartOptions {
  /**
   * The unit of the axis and labels. Default: days when the longest P95 is 2 days or
   * more, else hours when it is 2 hours or more, else minutes.
   */
  readonly unit?: TimelineUnit;
}
