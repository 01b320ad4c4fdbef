import type { CaseMeasure } from '../CaseMeasure';
import type { CheckedEventLog } from '../readJourneyEvents';
import { coverIntervals, type IntervalCover } from './coverIntervals';
import type { EventTable } from './EventTable';
import type { JourneyPlan } from './JourneyPlan';
import type { MeasuredCases } from './MeasuredCases';

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

const notSeen = Number.POSITIVE_INFINITY;

/**
 * @internal Measures each case of a tabulated log: sets aside cases without a start or
 * ending before it, and events outside the case's own boundary; then per case the
 * step durations, and wing to wing, controlled and waiting time (finished cases) or the
 * age (open ones). Typed arrays throughout: nothing is allocated per case unless the
 * caller asked for the case objects.
 */
export function measureCases(options: MeasureCasesOptions): MeasuredCases {
  const { plan, log, table, asOfTime, includeCases } = options;
  const { eventCount, startSlot, endSlot, stepStart, stepEnd, stepControlled } = plan;
  const { times, seen, boundaryAt } = table;
  const caseCount = log.caseCount;
  const stepCount = stepStart.length;
  const wingToWing = new Float64Array(caseCount);
  const controlled = new Float64Array(caseCount);
  const waiting = new Float64Array(caseCount);
  const openAges = new Float64Array(caseCount);
  // Step-major: the durations of step s fill stepValues[s·caseCount …] from its start.
  const stepValues = new Float64Array(stepCount * caseCount);
  const stepFilled = new Int32Array(stepCount);
  const intervals = {
    starts: new Float64Array(stepCount),
    ends: new Float64Array(stepCount),
    controlled: new Uint8Array(stepCount),
  };
  const cover: IntervalCover = { covered: 0, controlled: 0 };
  const slotTimes = new Float64Array(eventCount);
  // Per step of the current case: its duration, or -1 when the case has not completed it.
  const stepDurations = new Float64Array(stepCount);
  const cases: CaseMeasure[] | null = includeCases ? [] : null;
  let total = 0;
  let finished = 0;
  let open = 0;
  let withoutStart = 0;
  let endBeforeStart = 0;
  let outsideBoundary = 0;
  let stepsEndingBeforeStart = 0;
  let withoutKnownEvents = 0;

  for (let caseNumber = 0; caseNumber < caseCount; caseNumber++) {
    if (seen[caseNumber] === 0) {
      withoutKnownEvents++;
      continue;
    }
    total++;
    const base = caseNumber * eventCount;
    const start = times[base + startSlot] as number;
    const end = times[base + endSlot] as number;
    const hasStart = start !== notSeen;
    const hasEnd = end !== notSeen;
    if (!hasStart || (hasEnd && end < start)) {
      if (hasStart) endBeforeStart++;
      else withoutStart++;
      if (cases !== null) {
        stepDurations.fill(-1);
        cases.push({
          caseId: caseIdOf(log, caseNumber),
          status: hasStart ? 'end-before-start' : 'no-start',
          open: false,
          startedAt: hasStart ? calendarInstant(boundaryAt, caseNumber * 2, start) : null,
          endedAt: hasEnd ? calendarInstant(boundaryAt, caseNumber * 2 + 1, end) : null,
          wingToWingMs: null,
          controlledMs: null,
          waitingMs: null,
          ageMs: null,
          stepMs: stepMsOf(stepDurations),
        });
      }
      continue;
    }
    // Set aside what lies outside the case's own boundary.
    const limit = hasEnd ? end : notSeen;
    for (let slot = 0; slot < eventCount; slot++) {
      let value = times[base + slot] as number;
      if (value !== notSeen && (value < start || value > limit)) {
        outsideBoundary++;
        value = notSeen;
      }
      slotTimes[slot] = value;
    }
    // Every completed step's interval, flagged when the company controls it.
    let intervalCount = 0;
    for (let step = 0; step < stepCount; step++) {
      const stepBegin = slotTimes[stepStart[step] as number] as number;
      const stepFinish = slotTimes[stepEnd[step] as number] as number;
      if (stepBegin === notSeen || stepFinish === notSeen) {
        stepDurations[step] = -1;
        continue;
      }
      if (stepFinish < stepBegin) {
        stepsEndingBeforeStart++;
        stepDurations[step] = -1;
        continue;
      }
      const duration = stepFinish - stepBegin;
      stepDurations[step] = duration;
      const filled = stepFilled[step] as number;
      stepValues[step * caseCount + filled] = duration;
      stepFilled[step] = filled + 1;
      intervals.starts[intervalCount] = stepBegin;
      intervals.ends[intervalCount] = stepFinish;
      intervals.controlled[intervalCount] = stepControlled[step] as number;
      intervalCount++;
    }
    if (!hasEnd) {
      const age = asOfTime - start;
      openAges[open++] = age;
      cases?.push({
        caseId: caseIdOf(log, caseNumber),
        status: 'open',
        open: true,
        startedAt: calendarInstant(boundaryAt, caseNumber * 2, start),
        endedAt: null,
        wingToWingMs: null,
        controlledMs: null,
        waitingMs: null,
        ageMs: age,
        stepMs: stepMsOf(stepDurations),
      });
      continue;
    }
    coverIntervals(intervals, intervalCount, cover);
    const wingToWingMs = end - start;
    const controlledMs = cover.controlled;
    // Every completed step, whoever controls it, covers time the customer is not left waiting.
    const waitingMs = wingToWingMs - cover.covered;
    wingToWing[finished] = wingToWingMs;
    controlled[finished] = controlledMs;
    waiting[finished] = waitingMs;
    finished++;
    cases?.push({
      caseId: caseIdOf(log, caseNumber),
      status: 'finished',
      open: false,
      startedAt: calendarInstant(boundaryAt, caseNumber * 2, start),
      endedAt: calendarInstant(boundaryAt, caseNumber * 2 + 1, end),
      wingToWingMs,
      controlledMs,
      waitingMs,
      ageMs: null,
      stepMs: stepMsOf(stepDurations),
    });
  }

  return {
    cases,
    wingToWing: wingToWing.subarray(0, finished),
    controlled: controlled.subarray(0, finished),
    waiting: waiting.subarray(0, finished),
    openAges: openAges.subarray(0, open),
    stepDurations: Array.from(stepFilled, (filled, step) =>
      stepValues.subarray(step * caseCount, step * caseCount + filled),
    ),
    counts: {
      total,
      finished,
      open,
      withoutStart,
      endBeforeStart,
      withoutKnownEvents,
      outsideBoundary,
      stepsEndingBeforeStart,
    },
  };
}

function stepMsOf(stepDurations: Float64Array): (number | null)[] {
  const list: (number | null)[] = [];
  for (let step = 0; step < stepDurations.length; step++) {
    const duration = stepDurations[step] as number;
    list.push(duration < 0 ? null : duration);
  }
  return list;
}

function caseIdOf(log: CheckedEventLog, caseNumber: number): string | number {
  return log.caseIds === undefined ? caseNumber : (log.caseIds[caseNumber] as string | number);
}

// Business time keeps the calendar instants of the boundary apart (see EventTable).
function calendarInstant(boundaryAt: Float64Array | undefined, cell: number, time: number): number {
  return boundaryAt === undefined ? time : (boundaryAt[cell] as number);
}
