import type { DurationStatistics } from '../journeys/DurationStatistics';
import type { ReadChartOptions } from './chartOptions';
import type { TimelineUnit } from './timeUnits';

/**
 * A journey comparison's input once checked: the side labels, one row per total and step
 * with both sides' durations (`null` where no case completed it), the step to mark and
 * the unit.
 *
 * @internal
 */
export interface JourneyComparisonChartInput {
  readonly common: ReadChartOptions;
  readonly beforeLabel: string;
  readonly afterLabel: string;
  /** Wing to wing, controlled, then each step: `id` is `null` for the two totals. */
  readonly rows: readonly {
    readonly id: string | null;
    readonly name: string;
    readonly before: DurationStatistics | null;
    readonly after: DurationStatistics | null;
    readonly total: boolean;
  }[];
  /** The step to mark, by id, or `null` for none. */
  readonly highlight: string | null;
  readonly highlightNote: string;
  readonly unit: TimelineUnit;
  /** The longest P95 of either side, in milliseconds: the axis' reach. */
  readonly longest: number;
}
