import type { ReadChartOptions } from './chartOptions';
import type { JourneyTimeline } from './journeyTimeline';
import type { TimelineUnit } from './timeUnits';

/**
 * A journey timeline's input once checked: the journey's title and finished cases, the
 * wing-to-wing P5, P50 and P95, each step with its offsets checked, and the unit.
 *
 * @internal
 */
export interface JourneyTimelineInput {
  readonly common: ReadChartOptions;
  readonly journey: string;
  readonly cases: number;
  readonly end: { readonly p5: number; readonly p50: number; readonly p95: number };
  /** The steps in drawing order; `start` and `end` both finite and ≥ 0, or both `null`. */
  readonly steps: JourneyTimeline['steps'];
  readonly unit: TimelineUnit;
  /** The later of the wing-to-wing P95 and the last step's end, in milliseconds: the axis' reach. */
  readonly longest: number;
}
