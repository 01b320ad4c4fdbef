import type { JourneyEventColumns } from '../../journeys/index';
import type { JourneyEventsData } from '../Workspace';

/** @internal The events of the cases whose first event falls in [from, to), as columns. */
export function casesStartedIn(events: JourneyEventsData['events'], from: number, to: number): JourneyEventColumns {
  const firstAt = new Float64Array(events.caseIds.length).fill(Number.POSITIVE_INFINITY);
  for (let row = 0; row < events.at.length; row++) {
    const index = events.caseIndex[row] as number;
    const at = events.at[row] as number;
    if (at < (firstAt[index] as number)) firstAt[index] = at;
  }
  const keep: number[] = [];
  for (let row = 0; row < events.at.length; row++) {
    const first = firstAt[events.caseIndex[row] as number] as number;
    if (first >= from && first < to) keep.push(row);
  }
  const pick = <Column extends Float64Array | Uint32Array>(column: Column, make: (length: number) => Column) => {
    const picked = make(keep.length);
    keep.forEach((row, index) => {
      picked[index] = column[row] as number;
    });
    return picked;
  };
  return {
    caseIndex: pick(events.caseIndex, (length) => new Uint32Array(length)),
    eventIndex: pick(events.eventIndex, (length) => new Uint32Array(length)),
    at: pick(events.at, (length) => new Float64Array(length)),
    caseIds: events.caseIds,
    eventNames: events.eventNames,
  };
}
