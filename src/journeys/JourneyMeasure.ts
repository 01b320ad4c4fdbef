import type { CaseMeasure } from './CaseMeasure';
import type { DurationStatistics } from './DurationStatistics';
import type { DurationSummary } from './DurationSummary';
import type { StepControl } from './stepControls';
import type { TimeBasis } from './TimeBasis';

/**
 * The result of {@link measureJourney} (and {@link measureJourneyColumns}): every case,
 * the statistics over finished cases, and counts of everything set aside.
 *
 * @category Journey measurement
 */
export interface JourneyMeasure<Cases extends readonly CaseMeasure[] | null = readonly CaseMeasure[]> {
  /** The journey's id. */
  readonly journey: string;
  /** `asOf`, epoch milliseconds. */
  readonly asOf: number;
  readonly time: TimeBasis;
  readonly controlledBy: readonly StepControl[];
  /** The journey's steps, in the order of each case's `stepMs`. */
  readonly steps: readonly { readonly id: string; readonly name: string; readonly control: StepControl }[];
  /** Every case that has at least one kept event, in order of first appearance; `null` with `includeCases: false`. */
  readonly cases: Cases;
  readonly summary: {
    /** Wing-to-wing durations of finished cases. `null` when no case finished. */
    readonly wingToWing: DurationStatistics | null;
    /** Controlled durations of finished cases. */
    readonly controlled: DurationStatistics | null;
    /** Waiting (no step running) durations of finished cases. */
    readonly waiting: DurationStatistics | null;
    /** Total controlled time over total wing-to-wing time of finished cases; `null` when that total is 0. */
    readonly controlledShare: number | null;
    /** Per step id, the durations of the cases (finished or open) that completed the step. */
    readonly steps: Readonly<Record<string, DurationStatistics | null>>;
    /** Ages of open cases at `asOf`. */
    readonly openAge: DurationStatistics | null;
  };
  readonly counts: {
    readonly cases: {
      /** Cases with at least one kept event. */
      readonly total: number;
      readonly finished: number;
      readonly open: number;
      readonly withoutStart: number;
      readonly endBeforeStart: number;
      /** Case ids whose every event was unknown or after `asOf` (and, in columns, `caseIds` entries no event names): not measured. */
      readonly withoutKnownEvents: number;
    };
    readonly events: {
      readonly total: number;
      /** Kept for its case. */
      readonly used: number;
      /** Named events the journey does not declare: set aside. */
      readonly unknown: number;
      /** A second or later occurrence of an event in one case: set aside; the earliest is kept. */
      readonly duplicate: number;
      /** Later than `asOf`: set aside. */
      readonly afterAsOf: number;
      /** Before the case's start event, or after its end event: set aside. */
      readonly outsideBoundary: number;
    };
    /** Step occurrences whose end event came before their start event: no duration, counted here. */
    readonly stepsEndingBeforeStart: number;
  };
  /**
   * With the `durationSummaries` option: mergeable summaries of the finished cases'
   * wing-to-wing, controlled and waiting durations (their sums give the controlled share
   * of merged shards). `null` otherwise.
   */
  readonly durationSummaries: {
    readonly wingToWing: DurationSummary;
    readonly controlled: DurationSummary;
    readonly waiting: DurationSummary;
  } | null;
  /** The distinct event names set aside as unknown, in order of first appearance. */
  readonly unknownEvents: readonly string[];
}
