import type { CheckedEventLog } from './CheckedEventLog';
import { maximumEpoch, raiseBadColumnValue } from './checkEventColumns';
import type { EventTable } from './EventTable';
import type { JourneyPlan } from './JourneyPlan';

/** @internal What {@link tabulateEvents} reads. */
export interface TabulateEventsOptions {
  readonly plan: JourneyPlan;
  /** The log, its case indexes checked; its event indexes and times are checked here. */
  readonly log: CheckedEventLog;
  /** `asOf`, epoch milliseconds: later events are set aside. */
  readonly asOfMs: number;
  /** The business clock, or `undefined` for calendar time. */
  readonly clock: ((epoch: number) => number) | undefined;
}

/**
 * @internal Reads the log once into a table of each case's earliest time per declared
 * event, setting aside (and counting) undeclared events, repeats and events after
 * `asOf`. The same pass checks each event index and time, so a large log is read once.
 */
export function tabulateEvents(options: TabulateEventsOptions): EventTable {
  const { plan, log, asOfMs, clock } = options;
  const { count, caseIndex, eventIndex, at, caseCount, eventNames } = log;
  const eventCount = plan.eventCount;
  // The slot of each of the log's event names; -1 for a name the journey does not declare.
  const slotOfIndex = new Int32Array(eventNames.length);
  for (let index = 0; index < eventNames.length; index++) {
    slotOfIndex[index] = plan.slotOfName.get(eventNames[index] as string) ?? -1;
  }
  const times = clock === undefined ? at : Float64Array.from(at, clock);
  const table = new Float64Array(caseCount * eventCount).fill(Number.POSITIVE_INFINITY);
  const unknownSeen = new Uint8Array(eventNames.length);
  const tallies = new Float64Array(4);
  fillTable({ count, caseIndex, eventIndex, at, times, slotOfIndex, asOfMs, eventCount, table, unknownSeen, tallies });
  if (tallies[3] === 1) raiseBadColumns(log);
  return {
    times: table,
    boundaryAt: clock === undefined ? undefined : findBoundaryInstants(options, slotOfIndex),
    unknown: tallies[0] as number,
    duplicate: tallies[1] as number,
    afterAsOf: tallies[2] as number,
    unknownEvents: eventNames.filter((_name, index) => unknownSeen[index] === 1),
  };
}

// What fillTable reads and writes: typed arrays and numbers only.
interface TableFill {
  readonly count: number;
  readonly caseIndex: ArrayLike<number>;
  readonly eventIndex: ArrayLike<number>;
  /** The caller's times, epoch milliseconds: checked here. */
  readonly at: ArrayLike<number>;
  /** The times in the measure's basis (`at` itself for calendar time). */
  readonly times: ArrayLike<number>;
  readonly slotOfIndex: Int32Array;
  readonly asOfMs: number;
  readonly eventCount: number;
  readonly table: Float64Array;
  readonly unknownSeen: Uint8Array;
  /** Out: unknown, duplicate and after-`asOf` events, and 1 in the last cell when a value was bad. */
  readonly tallies: Float64Array;
}

// The one pass over the rows, apart from everything else so that it stays compiled from
// one measurement to the next. It stops at the first bad value; the caller names it.
function fillTable(fill: TableFill): void {
  const { count, caseIndex, eventIndex, at, times, slotOfIndex, asOfMs, eventCount, table, unknownSeen } = fill;
  // Locals, not module constants: the optimizing compiler then folds them into the loop.
  const notSeen = Number.POSITIVE_INFINITY;
  const largest = maximumEpoch;
  let unknown = 0;
  let duplicate = 0;
  let afterAsOf = 0;
  let bad = 0;
  for (let row = 0; row < count; row++) {
    const eventNumber = eventIndex[row] as number;
    // An index out of range or not whole reads as undefined from the typed array.
    const slot = slotOfIndex[eventNumber];
    const instant = at[row] as number;
    if (slot === undefined || !(instant >= -largest && instant <= largest)) {
      bad = 1;
      break;
    }
    if (slot < 0) {
      unknown++;
      unknownSeen[eventNumber] = 1;
      continue;
    }
    if (instant > asOfMs) {
      afterAsOf++;
      continue;
    }
    const cell = (caseIndex[row] as number) * eventCount + slot;
    const value = times[row] as number;
    const held = table[cell] as number;
    if (held !== notSeen) {
      duplicate++;
      if (value < held) table[cell] = value;
    } else table[cell] = value;
  }
  const { tallies } = fill;
  tallies[0] = unknown;
  tallies[1] = duplicate;
  tallies[2] = afterAsOf;
  tallies[3] = bad;
}

// For business time only: the earliest calendar instant of each case's boundary events
// (the business clock maps many instants to one reading, so it cannot be undone).
function findBoundaryInstants({ plan, log, asOfMs }: TabulateEventsOptions, slotOfIndex: Int32Array): Float64Array {
  const { startSlot, endSlot } = plan;
  const instants = new Float64Array(log.caseCount * 2).fill(Number.POSITIVE_INFINITY);
  for (let row = 0; row < log.count; row++) {
    const slot = slotOfIndex[log.eventIndex[row] as number] as number;
    const value = log.at[row] as number;
    if ((slot !== startSlot && slot !== endSlot) || value > asOfMs) continue;
    const cell = (log.caseIndex[row] as number) * 2 + (slot === startSlot ? 0 : 1);
    if (value < (instants[cell] as number)) instants[cell] = value;
  }
  return instants;
}

// The error path of the one pass over caller columns: finds and names the first bad value.
function raiseBadColumns(log: CheckedEventLog): never {
  const eventLimit = log.eventNames.length;
  raiseBadColumnValue(
    log.eventIndex,
    'eventIndex',
    (value) => Number.isInteger(value) && value >= 0 && value < eventLimit,
    `a whole number from 0 to ${eventLimit - 1} (an index into eventNames)`,
  );
  raiseBadColumnValue(
    log.at,
    'at',
    (value) => value >= -maximumEpoch && value <= maximumEpoch,
    'epoch milliseconds (a finite number within the range of a Date)',
  );
  // Unreachable: the pass found a bad value, so one of the two raised.
  throw new Error('measureJourney: a column value failed its check but no bad value was found');
}
