/**
 * @internal Everything the per-case loop reads and writes, as typed arrays and numbers
 * only: the loop then compiles to tight machine code and stays compiled from one
 * measurement to the next (no object it touches changes shape, nothing is allocated).
 */
export interface CaseWalk {
  /** The event table: per case, `eventCount` earliest times, infinity where not seen. */
  readonly times: Float64Array;
  readonly caseCount: number;
  readonly eventCount: number;
  readonly startSlot: number;
  readonly endSlot: number;
  readonly stepStart: Int32Array;
  readonly stepEnd: Int32Array;
  readonly stepControlled: Uint8Array;
  /** `asOf` in the measure's time basis. */
  readonly asOfTime: number;
  /** Out: per finished case in case order, wing to wing, controlled and waiting time. */
  readonly wingToWing: Float64Array;
  readonly controlled: Float64Array;
  /**
   * Out: from the front, per finished case, its waiting time; from the back, per open
   * case in case order (the last cell holds the first), its age. No case is both, so one
   * array holds the two and a large log needs one array fewer.
   */
  readonly waiting: Float64Array;
  /** Out, step-major: step s's durations, in case order, from s·caseCount. */
  readonly stepValues: Float64Array;
  /** In and out: per step, where in `stepValues` its next duration goes. */
  readonly stepNext: Int32Array;
  /** Out: the sums of the durations, added in their order (see {@link caseTally} for the cells). */
  readonly sums: Float64Array;
  /** Out: the counts (see {@link caseTally} for the cells). */
  readonly tallies: Float64Array;
  /**
   * Out, when the cases are listed (else empty): per case, its {@link caseStatusCode}
   * (0 for a case with no kept event).
   */
  readonly statuses: Uint8Array;
  /** Out, when the cases are listed (else empty): per case and step, 1 when the case completed the step. */
  readonly completed: Uint8Array;
  /** Scratch: one case's completed steps as intervals. */
  readonly intervalStarts: Float64Array;
  readonly intervalEnds: Float64Array;
  readonly intervalControlled: Uint8Array;
}

/** @internal The cells of {@link CaseWalk}'s `tallies` and `sums` (steps' sums follow `openAges`). */
export const caseTally = {
  total: 0,
  finished: 1,
  open: 2,
  withoutStart: 3,
  endBeforeStart: 4,
  withoutKnownEvents: 5,
  outsideBoundary: 6,
  stepsEndingBeforeStart: 7,
  wingToWing: 0,
  controlled: 1,
  waiting: 2,
  openAges: 3,
  steps: 4,
} as const;

/** @internal What {@link CaseWalk}'s `statuses` hold per case. */
export const caseStatusCode = {
  withoutKnownEvents: 0,
  finished: 1,
  open: 2,
  noStart: 3,
  endBeforeStart: 4,
} as const;
