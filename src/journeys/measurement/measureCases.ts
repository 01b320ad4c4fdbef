import type { CaseMeasure } from '../CaseMeasure';
import { type CaseWalk, caseStatusCode, caseTally } from './CaseWalk';
import type { CheckedEventLog } from './CheckedEventLog';
import type { EventTable } from './EventTable';
import type { JourneyPlan } from './JourneyPlan';
import type { MeasuredCases } from './MeasuredCases';
import { walkCases } from './walkCases';

/** @internal What {@link measureCases} reads. */
export interface MeasureCasesOptions {
  readonly plan: JourneyPlan;
  /** The log the table was made from: its case count and case ids. */
  readonly log: CheckedEventLog;
  readonly table: EventTable;
  /** `asOf` in the measure's time basis: where open cases' ages run to. */
  readonly asOfTime: number;
  /** Whether to make a {@link CaseMeasure} per case. */
  readonly includeCases: boolean;
}

/**
 * @internal Measures each case of a tabulated log: sets aside cases without a start or
 * ending before it, and events outside the case's own boundary; then per case the
 * step durations, and wing to wing, controlled and waiting time (finished cases) or the
 * age (open ones). The loop itself ({@link walkCases}) touches typed arrays only; the
 * case objects, when asked for, are made afterwards from what it recorded.
 */
export function measureCases(options: MeasureCasesOptions): MeasuredCases {
  const { plan, log, table, asOfTime, includeCases } = options;
  const { eventCount, startSlot, endSlot, stepStart } = plan;
  const caseCount = log.caseCount;
  const stepCount = stepStart.length;
  const walk: CaseWalk = {
    times: table.times,
    caseCount,
    eventCount,
    startSlot,
    endSlot,
    stepStart,
    stepEnd: plan.stepEnd,
    stepControlled: plan.stepControlled,
    asOfTime,
    wingToWing: new Float64Array(caseCount),
    controlled: new Float64Array(caseCount),
    waiting: new Float64Array(caseCount),
    stepValues: new Float64Array(stepCount * caseCount),
    stepNext: Int32Array.from({ length: stepCount }, (_, step) => step * caseCount),
    sums: new Float64Array(caseTally.steps + stepCount),
    tallies: new Float64Array(8),
    statuses: new Uint8Array(includeCases ? caseCount : 0),
    completed: new Uint8Array(includeCases ? caseCount * stepCount : 0),
    intervalStarts: new Float64Array(stepCount),
    intervalEnds: new Float64Array(stepCount),
    intervalControlled: new Uint8Array(stepCount),
  };
  walkCases(walk);
  const { tallies, sums } = walk;
  const finished = tallies[caseTally.finished] as number;
  const open = tallies[caseTally.open] as number;
  // Listed before the statistics reorder the duration arrays.
  const cases = includeCases ? listCases({ walk, log, boundaryAt: table.boundaryAt }) : null;
  return {
    cases,
    wingToWing: walk.wingToWing.subarray(0, finished),
    controlled: walk.controlled.subarray(0, finished),
    waiting: walk.waiting.subarray(0, finished),
    openAges: walk.waiting.subarray(caseCount - open),
    stepDurations: Array.from(walk.stepNext, (next, step) => walk.stepValues.subarray(step * caseCount, next)),
    sums: {
      wingToWing: sums[caseTally.wingToWing] as number,
      controlled: sums[caseTally.controlled] as number,
      waiting: sums[caseTally.waiting] as number,
      openAges: sums[caseTally.openAges] as number,
      steps: sums.subarray(caseTally.steps),
    },
    counts: {
      total: tallies[caseTally.total] as number,
      finished,
      open,
      withoutStart: tallies[caseTally.withoutStart] as number,
      endBeforeStart: tallies[caseTally.endBeforeStart] as number,
      withoutKnownEvents: tallies[caseTally.withoutKnownEvents] as number,
      outsideBoundary: tallies[caseTally.outsideBoundary] as number,
      stepsEndingBeforeStart: tallies[caseTally.stepsEndingBeforeStart] as number,
    },
  };
}

interface CaseListing {
  readonly walk: CaseWalk;
  readonly log: CheckedEventLog;
  readonly boundaryAt: Float64Array | undefined;
}

// One object per case, in case order, from the walk's records: the finished cases'
// durations and the open cases' ages come in case order, as do each step's durations.
function listCases({ walk, log, boundaryAt }: CaseListing): CaseMeasure[] {
  const { times, caseCount, eventCount, startSlot, endSlot, statuses, completed, stepValues } = walk;
  const stepCount = walk.stepStart.length;
  const stepCursor = Int32Array.from({ length: stepCount }, (_, step) => step * caseCount);
  const cases: CaseMeasure[] = [];
  let finished = 0;
  let open = 0;
  for (let caseNumber = 0; caseNumber < caseCount; caseNumber++) {
    const status = statuses[caseNumber];
    if (status === caseStatusCode.withoutKnownEvents) continue;
    const start = times[caseNumber * eventCount + startSlot] as number;
    const end = times[caseNumber * eventCount + endSlot] as number;
    const stepMs: (number | null)[] = [];
    for (let step = 0; step < stepCount; step++) {
      if (completed[caseNumber * stepCount + step] === 1) {
        const cursor = stepCursor[step] as number;
        stepMs.push(stepValues[cursor] as number);
        stepCursor[step] = cursor + 1;
      } else stepMs.push(null);
    }
    const caseId = log.caseIds === undefined ? caseNumber : (log.caseIds[caseNumber] as string | number);
    const startedAt = start === Number.POSITIVE_INFINITY ? null : calendarInstant(boundaryAt, caseNumber * 2, start);
    const endedAt = end === Number.POSITIVE_INFINITY ? null : calendarInstant(boundaryAt, caseNumber * 2 + 1, end);
    if (status === caseStatusCode.finished) {
      cases.push({
        caseId,
        status: 'finished',
        open: false,
        startedAt,
        endedAt,
        wingToWingMs: walk.wingToWing[finished] as number,
        controlledMs: walk.controlled[finished] as number,
        waitingMs: walk.waiting[finished] as number,
        ageMs: null,
        stepMs,
      });
      finished++;
    } else if (status === caseStatusCode.open) {
      cases.push({
        caseId,
        status: 'open',
        open: true,
        startedAt,
        endedAt: null,
        wingToWingMs: null,
        controlledMs: null,
        waitingMs: null,
        ageMs: walk.waiting[caseCount - 1 - open] as number,
        stepMs,
      });
      open++;
    } else {
      cases.push({
        caseId,
        status: status === caseStatusCode.noStart ? 'no-start' : 'end-before-start',
        open: false,
        startedAt,
        endedAt,
        wingToWingMs: null,
        controlledMs: null,
        waitingMs: null,
        ageMs: null,
        stepMs,
      });
    }
  }
  return cases;
}

// Business time keeps the calendar instants of the boundary apart (see EventTable).
function calendarInstant(boundaryAt: Float64Array | undefined, cell: number, time: number): number {
  return boundaryAt === undefined ? time : (boundaryAt[cell] as number);
}
