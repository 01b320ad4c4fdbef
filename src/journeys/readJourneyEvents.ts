import { describeValue } from '../core/errors/describeValue';
import { epochOrNaN, raiseInvalidDate } from '../core/periods/parseInstant';
import type { ZoneContext } from '../core/periods/timeZoneContext';
import type { JourneyEventColumns, JourneyEventRow, JourneyEvents } from './JourneyEvents';
import type { CheckedEventLog } from './measurement/CheckedEventLog';
import { checkEventColumns } from './measurement/checkEventColumns';
import { raiseJourneys } from './messages';

function isColumns(events: JourneyEvents): events is JourneyEventColumns {
  return !Array.isArray(events);
}

function checkRows(rows: readonly JourneyEventRow[], context: ZoneContext): CheckedEventLog {
  const count = rows.length;
  const caseIndex = new Int32Array(count);
  const eventIndex = new Int32Array(count);
  const at = new Float64Array(count);
  const caseNumbers = new Map<string | number, number>();
  const eventNumbers = new Map<string, number>();
  const caseIds: (string | number)[] = [];
  const eventNames: string[] = [];
  let invalidDate = -1;
  let invalidDates = 0;
  let lastCaseId: unknown;
  let lastCaseNumber: number | undefined;
  for (let index = 0; index < count; index++) {
    const row = rows[index];
    if (typeof row !== 'object' || row === null) {
      raiseJourneys('INVALID_EVENT', [`events[${index}]`, 'an object { caseId, event, at }', describeValue(row), 1], {
        path: [index],
      });
    }
    const { caseId, event } = row;
    // Logs usually hold a case's events together: reuse the last lookup while the case repeats.
    let caseNumber = caseId === lastCaseId ? lastCaseNumber : caseNumbers.get(caseId);
    if (caseNumber === undefined) {
      if (!(typeof caseId === 'string' || (typeof caseId === 'number' && Number.isFinite(caseId)))) {
        raiseJourneys(
          'INVALID_EVENT',
          [`events[${index}].caseId`, 'a string or a finite number', describeValue(caseId), 1],
          {
            path: [index, 'caseId'],
          },
        );
      }
      caseNumber = caseIds.length;
      caseIds.push(caseId);
      caseNumbers.set(caseId, caseNumber);
    }
    let eventNumber = eventNumbers.get(event);
    if (eventNumber === undefined) {
      if (typeof event !== 'string') {
        raiseJourneys(
          'INVALID_EVENT',
          [`events[${index}].event`, 'an event name (a string)', describeValue(event), 1],
          {
            path: [index, 'event'],
          },
        );
      }
      eventNumber = eventNames.length;
      eventNames.push(event);
      eventNumbers.set(event, eventNumber);
    }
    const epoch = epochOrNaN(row.at, context);
    if (Number.isNaN(epoch)) {
      if (invalidDate < 0) invalidDate = index;
      invalidDates++;
    }
    lastCaseId = caseId;
    lastCaseNumber = caseNumber;
    caseIndex[index] = caseNumber;
    eventIndex[index] = eventNumber;
    at[index] = epoch;
  }
  if (invalidDate >= 0) {
    raiseInvalidDate((rows[invalidDate] as JourneyEventRow).at, [invalidDate, 'at'], { invalidCount: invalidDates });
  }
  return { count, caseIndex, eventIndex, at, eventNames, caseIds, caseCount: caseIds.length };
}

/**
 * @internal Checks an event log once, naming the first bad row and field, and returns it in
 * columns (an empty log is refused by the measurement itself).
 */
export function readJourneyEvents(events: JourneyEvents, context: ZoneContext): CheckedEventLog {
  if (typeof events !== 'object' || events === null) {
    raiseJourneys(
      'INVALID_EVENTS',
      [
        'an array of { caseId, event, at } rows or { caseIndex, eventIndex, at, eventNames } columns',
        describeValue(events),
      ],
      { path: [] },
    );
  }
  return isColumns(events) ? checkEventColumns(events) : checkRows(events, context);
}
