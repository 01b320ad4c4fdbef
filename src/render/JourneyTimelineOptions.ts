import type { ChartOptions } from './chartOptions';
import type { TimelineUnit } from './timeUnits';

/**
 * Options for {@link journeyTimeline}.
 *
 * @category Charts
 */
export interface JourneyTimelineOptions extends ChartOptions {
  /** The unit of the axis and labels. Default: days when the wing-to-wing P95 is 2 days or more, else hours, else minutes. */
  readonly unit?: TimelineUnit;
}
