import { type CaseWalk, caseStatusCode, caseTally } from './CaseWalk';
import { coverIntervals, type IntervalCover } from './coverIntervals';

/**
 * @internal The per-case loop of a measurement, over typed arrays only. Per case: sets
 * the case aside when it has no start or ends before it; counts its events outside its
 * own boundary; measures each step it completed; then its wing-to-wing, controlled and
 * waiting time (finished) or its age (open).
 */
export function walkCases(walk: CaseWalk): void {
  const { times, caseCount, eventCount, startSlot, endSlot, stepStart, stepEnd, stepControlled } = walk;
  const { asOfTime, wingToWing, controlled, waiting, stepValues, stepNext, sums, statuses, completed } = walk;
  const { intervalStarts, intervalEnds, intervalControlled, tallies } = walk;
  const intervals = { starts: intervalStarts, ends: intervalEnds, controlled: intervalControlled };
  // Fractions from the start: a field that starts as a small integer and later holds a
  // fraction changes the object's shape, and that throws the compiled loop away.
  const cover: IntervalCover = { covered: 0.5, controlled: 0.5 };
  const listing = statuses.length > 0;
  const stepCount = stepStart.length;
  // Locals, not module constants: the optimizing compiler then folds them into the loop.
  const notSeen = Number.POSITIVE_INFINITY;
  const stepSumsFrom = caseTally.steps;
  const {
    finished: finishedCode,
    open: openCode,
    noStart: noStartCode,
    endBeforeStart: endBeforeStartCode,
  } = caseStatusCode;
  let total = 0;
  let finished = 0;
  let open = 0;
  let withoutStart = 0;
  let endBeforeStart = 0;
  let outsideBoundary = 0;
  let stepsEndingBeforeStart = 0;
  let withoutKnownEvents = 0;
  let wingToWingSum = 0;
  let controlledSum = 0;
  let waitingSum = 0;
  let openAgeSum = 0;

  for (let caseNumber = 0; caseNumber < caseCount; caseNumber++) {
    const base = caseNumber * eventCount;
    const start = times[base + startSlot] as number;
    const end = times[base + endSlot] as number;
    // A case with no kept event has a row of "not seen": counted, not listed.
    if (start === notSeen && !hasKeptEvent(times, base, eventCount)) {
      withoutKnownEvents++;
      continue;
    }
    total++;
    const hasEnd = end !== notSeen;
    if (start === notSeen || (hasEnd && end < start)) {
      if (start === notSeen) withoutStart++;
      else endBeforeStart++;
      if (listing) statuses[caseNumber] = start === notSeen ? noStartCode : endBeforeStartCode;
      continue;
    }
    // Set aside what lies outside the case's own boundary. An open case's boundary has
    // no end: the largest finite number stands for it, so that "not seen" (infinity)
    // falls outside every boundary and one test per time does for both.
    const limit = hasEnd ? end : Number.MAX_VALUE;
    // Events seen outside it are counted over the whole row, read straight through: the
    // boundary's own times lie on it (start is the least, end the limit), so they never
    // count, and a slot not seen is passed over.
    const rowEnd = base + eventCount;
    for (let cell = base; cell < rowEnd; cell++) {
      const value = times[cell] as number;
      if (value < start || (value > limit && value !== notSeen)) outsideBoundary++;
    }
    // Every completed step's interval, flagged when the company controls it. Steps
    // usually complete in order: while they do, the unions of all intervals and of the
    // controlled ones grow here, as coverIntervals would make them (same sums in the
    // same order); the first step out of order leaves the work to coverIntervals.
    let intervalCount = 0;
    let inOrder = true;
    let previousBegin = Number.NEGATIVE_INFINITY;
    let covered = 0;
    let runStart = 0;
    let runEnd = Number.NEGATIVE_INFINITY;
    let controlledMs = 0;
    let controlledStart = 0;
    let controlledEnd = Number.NEGATIVE_INFINITY;
    for (let step = 0; step < stepCount; step++) {
      const stepBegin = times[base + (stepStart[step] as number)] as number;
      const stepFinish = times[base + (stepEnd[step] as number)] as number;
      if (!liesWithin(stepBegin, stepFinish, start, limit)) continue;
      if (stepFinish < stepBegin) {
        stepsEndingBeforeStart++;
        continue;
      }
      const duration = stepFinish - stepBegin;
      const next = stepNext[step] as number;
      stepValues[next] = duration;
      stepNext[step] = next + 1;
      sums[stepSumsFrom + step] = (sums[stepSumsFrom + step] as number) + duration;
      if (listing) completed[caseNumber * stepCount + step] = 1;
      const isControlled = stepControlled[step] as number;
      if (inOrder && stepBegin < previousBegin) {
        // The first step out of order: the unions are left to coverIntervals, which needs
        // every completed interval, so the earlier ones are recorded now, once.
        inOrder = false;
        intervalCount = recordIntervals(walk, base, start, limit, step);
      }
      if (!inOrder) {
        intervalStarts[intervalCount] = stepBegin;
        intervalEnds[intervalCount] = stepFinish;
        intervalControlled[intervalCount] = isControlled;
        intervalCount++;
        continue;
      }
      previousBegin = stepBegin;
      if (stepBegin > runEnd) {
        if (runEnd !== Number.NEGATIVE_INFINITY) covered += runEnd - runStart;
        runStart = stepBegin;
        runEnd = stepFinish;
      } else if (stepFinish > runEnd) runEnd = stepFinish;
      if (isControlled === 0) continue;
      if (stepBegin > controlledEnd) {
        if (controlledEnd !== Number.NEGATIVE_INFINITY) controlledMs += controlledEnd - controlledStart;
        controlledStart = stepBegin;
        controlledEnd = stepFinish;
      } else if (stepFinish > controlledEnd) controlledEnd = stepFinish;
    }
    if (!hasEnd) {
      const age = asOfTime - start;
      waiting[caseCount - 1 - open] = age;
      open++;
      openAgeSum += age;
      if (listing) statuses[caseNumber] = openCode;
      continue;
    }
    if (inOrder) {
      if (runEnd !== Number.NEGATIVE_INFINITY) covered += runEnd - runStart;
      if (controlledEnd !== Number.NEGATIVE_INFINITY) controlledMs += controlledEnd - controlledStart;
    } else {
      coverIntervals(intervals, intervalCount, cover);
      covered = cover.covered;
      controlledMs = cover.controlled;
    }
    const wingToWingMs = end - start;
    // Every completed step, whoever controls it, covers time the customer is not left waiting.
    const waitingMs = wingToWingMs - covered;
    wingToWing[finished] = wingToWingMs;
    controlled[finished] = controlledMs;
    waiting[finished] = waitingMs;
    wingToWingSum += wingToWingMs;
    controlledSum += controlledMs;
    waitingSum += waitingMs;
    finished++;
    if (listing) statuses[caseNumber] = finishedCode;
  }

  // Literal cells (see caseTally): code after the loop reads no property, so a loop
  // compiled mid-run has nothing here it lacks type information for.
  sums[0] = wingToWingSum;
  sums[1] = controlledSum;
  sums[2] = waitingSum;
  sums[3] = openAgeSum;
  tallies[0] = total;
  tallies[1] = finished;
  tallies[2] = open;
  tallies[3] = withoutStart;
  tallies[4] = endBeforeStart;
  tallies[5] = withoutKnownEvents;
  tallies[6] = outsideBoundary;
  tallies[7] = stepsEndingBeforeStart;
}

function hasKeptEvent(times: Float64Array, base: number, eventCount: number): boolean {
  for (let slot = 0; slot < eventCount; slot++) {
    if ((times[base + slot] as number) !== Number.POSITIVE_INFINITY) return true;
  }
  return false;
}

// Whether a step's two times lie within the case's boundary, the first test of a completed
// step (the engine inlines it in the walk).
function liesWithin(stepBegin: number, stepFinish: number, start: number, limit: number): boolean {
  return stepBegin >= start && stepBegin <= limit && stepFinish >= start && stepFinish <= limit;
}

// The intervals of the steps before `upTo` that the walk counted as completed, in step
// order, written for coverIntervals; returns how many. Only a case whose steps complete out
// of order comes here, so the usual case writes no interval at all.
function recordIntervals(walk: CaseWalk, base: number, start: number, limit: number, upTo: number): number {
  const { times, stepStart, stepEnd, stepControlled, intervalStarts, intervalEnds, intervalControlled } = walk;
  let count = 0;
  for (let step = 0; step < upTo; step++) {
    const stepBegin = times[base + (stepStart[step] as number)] as number;
    const stepFinish = times[base + (stepEnd[step] as number)] as number;
    if (!liesWithin(stepBegin, stepFinish, start, limit) || stepFinish < stepBegin) continue;
    intervalStarts[count] = stepBegin;
    intervalEnds[count] = stepFinish;
    intervalControlled[count] = stepControlled[step] as number;
    count++;
  }
  return count;
}
