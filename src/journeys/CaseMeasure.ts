import type { CaseStatus } from './CaseStatus';

/**
 * One case measured wing to wing. Durations are in milliseconds of the measure's time
 * basis; `null` where they do not apply (an open case has an age but no wing-to-wing time).
 *
 * @category Journey measurement
 */
export interface CaseMeasure {
  readonly caseId: string | number;
  readonly status: CaseStatus;
  /** Whether the case had started but not ended by `asOf`. */
  readonly open: boolean;
  /** When the boundary start event happened, epoch milliseconds. */
  readonly startedAt: number | null;
  /** When the boundary end event happened, epoch milliseconds. */
  readonly endedAt: number | null;
  /** From the boundary start to the boundary end: what the customer felt. */
  readonly wingToWingMs: number | null;
  /** The union of the controlled steps' intervals: overlapping steps are not counted twice. */
  readonly controlledMs: number | null;
  /** Time inside the span that no step covers: hand-offs where the customer waits and no one owns the wait. */
  readonly waitingMs: number | null;
  /** For an open case, from its start to `asOf`. */
  readonly ageMs: number | null;
  /** Per step, in the order of the measure's `steps`: its duration, or `null` when the case has not completed it. */
  readonly stepMs: readonly (number | null)[];
}
