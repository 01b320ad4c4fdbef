import type { DurationStatistics } from '../journeys/DurationStatistics';
import type { ReadChartOptions } from './chartOptions';
import type { TimelineUnit } from './timeUnits';

/**
 * A wing-to-wing timeline's input once checked: the journey's title, the number of
 * finished cases and the controlled share, the rows to draw (the three totals, then each
 * stage's heading and steps) and the unit.
 *
 * @internal
 */
export interface WingToWingTimelineInput {
  readonly common: ReadChartOptions;
  readonly journeyTitle: string;
  /** Whether durations count business time only. */
  readonly businessTime: boolean;
  readonly finishedCases: number;
  /** The share of wing-to-wing time the company controlled (0–1), `null` when undefined. */
  readonly controlledShare: number | null;
  readonly rows: readonly (
    | { readonly kind: 'stage'; readonly label: string }
    | {
        readonly kind: 'duration';
        readonly label: string;
        readonly statistics: DurationStatistics | null;
        /** Hatched for what the customer felt, solid for what the company controlled, outlined for the rest. */
        readonly fill: 'hatched' | 'solid' | 'outline';
      }
  )[];
  readonly unit: TimelineUnit;
  /** The longest P95 of any row, in milliseconds: the axis' reach. */
  readonly longest: number;
}
