import type { CaseMeasure } from '../CaseMeasure';
import type { JourneyMeasure } from '../JourneyMeasure';

/**
 * @internal Every case of a tabulated log measured: the durations the statistics are
 * taken over (typed arrays, one value per counted case) and the counts of what was set
 * aside.
 */
export interface MeasuredCases {
  /** Every case with a kept event, in case order; `null` when the caller asked for none. */
  readonly cases: CaseMeasure[] | null;
  /** Per finished case, wing to wing. */
  readonly wingToWing: Float64Array;
  /** Per finished case, the union of the controlled steps. */
  readonly controlled: Float64Array;
  /** Per finished case, the time no step covers. */
  readonly waiting: Float64Array;
  /** Per open case, its age at `asOf`. */
  readonly openAges: Float64Array;
  /** Per step, the durations of the cases that completed it. */
  readonly stepDurations: readonly Float64Array[];
  /**
   * The sums of those durations, added in their order while they were measured (so the
   * statistics need not read them again): the same bits a later pass would give.
   */
  readonly sums: {
    readonly wingToWing: number;
    readonly controlled: number;
    readonly waiting: number;
    readonly openAges: number;
    /** Per step. */
    readonly steps: Float64Array;
  };
  /** The measure's case counts, and what this stage set aside besides. */
  readonly counts: JourneyMeasure['counts']['cases'] & {
    /** Kept events before their case's start or after its end, set aside here. */
    readonly outsideBoundary: number;
    readonly stepsEndingBeforeStart: number;
  };
}
