import type { AttributeValue, EventLog, EventLogFormat, EventLogProblem, SetAsideReason } from './EventLog';
import { isEventName } from './eventName';
import { raiseJourneys } from './messages';

// A copy of a text that holds no reference to the chunk it was cut from (V8 keeps a slice
// of 13 characters or more as a view into its parent, which would keep the whole file's
// text alive through a few kept names).
const detached = (text: string) => (text.length < 13 ? text : ` ${text}`.slice(1));

/** @internal Grows typed columns and interns names while a log is read; makes the {@link EventLog}. */
export class EventLogBuilder {
  private count = 0;
  private caseIndex = new Uint32Array(1 << 14);
  private eventIndex = new Uint32Array(1 << 14);
  private at = new Float64Array(1 << 14);
  private readonly caseNumbers = new Map<string, number>();
  private readonly caseIds: string[] = [];
  private readonly eventNumbers = new Map<string, number>();
  private readonly eventNames: string[] = [];
  private readonly values = new Map<string, string>();
  private readonly attributes = new Map<string, AttributeValue[]>();
  private readonly caseAttributes = new Map<string, AttributeValue[]>();
  readonly logAttributes: Record<string, AttributeValue> = {};
  readonly problems: EventLogProblem[] = [];
  readonly setAside: Record<SetAsideReason, number> = {
    'no-case': 0,
    'no-activity': 0,
    'bad-name': 0,
    'no-time': 0,
    'bad-time': 0,
    'bad-row': 0,
  };
  nestedAttributes = 0;
  caseAttributeConflicts = 0;

  constructor(
    private readonly format: EventLogFormat,
    private readonly file: string,
    private readonly badRows: 'error' | 'set-aside',
  ) {}

  /** A text value, interned: repeated values (resources, channels) share one string. */
  intern(text: string): string {
    let held = this.values.get(text);
    if (held === undefined) {
      held = detached(text);
      this.values.set(held, held);
    }
    return held;
  }

  /** The case's number, adding the case when new; -1 (after setting its `events` aside) for a bad id. */
  caseNumber(caseId: string, line: number, column: number | undefined, field: string, events = 1): number {
    let number = this.caseNumbers.get(caseId);
    if (number === undefined) {
      if (!isEventName(caseId)) {
        this.setAsideEvent(
          'bad-name',
          line,
          column,
          field,
          `the case id ${describeText(caseId)} is not a usable id`,
          events,
        );
        return -1;
      }
      number = this.caseIds.length;
      const id = detached(caseId);
      this.caseIds.push(id);
      this.caseNumbers.set(id, number);
    }
    return number;
  }

  /** The event name's number, adding it when new; -1 (after setting the event aside) for a bad name. */
  eventNumber(name: string, line: number, column: number | undefined, field: string): number {
    let number = this.eventNumbers.get(name);
    if (number === undefined) {
      if (!isEventName(name)) {
        this.setAsideEvent(
          'bad-name',
          line,
          column,
          field,
          `the activity name ${describeText(name)} is not a usable name`,
        );
        return -1;
      }
      number = this.eventNames.length;
      const kept = detached(name);
      this.eventNames.push(kept);
      this.eventNumbers.set(kept, number);
    }
    return number;
  }

  /** Appends one event; returns its index, for its attributes. */
  addEvent(caseNumber: number, eventNumber: number, at: number): number {
    const index = this.count;
    if (index === this.at.length) {
      const grow = <T extends Uint32Array | Float64Array>(column: T, make: (length: number) => T): T => {
        const bigger = make(column.length * 2);
        bigger.set(column);
        return bigger;
      };
      this.caseIndex = grow(this.caseIndex, (length) => new Uint32Array(length));
      this.eventIndex = grow(this.eventIndex, (length) => new Uint32Array(length));
      this.at = grow(this.at, (length) => new Float64Array(length));
    }
    this.caseIndex[index] = caseNumber;
    this.eventIndex[index] = eventNumber;
    this.at[index] = at;
    this.count = index + 1;
    return index;
  }

  /** Sets an event attribute of the event at `index`. */
  setAttribute(index: number, key: string, value: AttributeValue): void {
    let column = this.attributes.get(key);
    if (column === undefined) {
      column = [];
      this.attributes.set(this.intern(key), column);
    }
    column[index] = value;
  }

  /** Sets a case attribute; a different later value for the same case is counted, not kept. */
  setCaseAttribute(caseNumber: number, key: string, value: AttributeValue): void {
    let column = this.caseAttributes.get(key);
    if (column === undefined) {
      column = [];
      this.caseAttributes.set(this.intern(key), column);
    }
    const held = column[caseNumber];
    if (held === undefined) column[caseNumber] = value;
    else if (held !== value) this.caseAttributeConflicts++;
  }

  /** Sets an event aside (or, with `badRows: 'error'`, throws) with its place and reason. */
  setAsideEvent(
    reason: SetAsideReason,
    line: number,
    column: number | undefined,
    field: string,
    problem: string,
    count = 1,
  ): void {
    if (this.badRows === 'error') this.fail(line, column, `${field}: ${problem}`);
    this.setAside[reason] += count;
    this.problems.push({
      line,
      ...(column === undefined ? {} : { column }),
      field,
      reason,
      message: `${capitalize(problem)}; the ${count === 1 ? 'event was' : `${count} events were`} set aside.`,
    });
  }

  /** Throws the log's error at a place: the file is not a log cxkit can read. */
  fail(line: number | undefined, column: number | undefined, detail: string): never {
    const place = `${this.file}${line === undefined ? '' : `:${line}${column === undefined ? '' : `:${column}`}`}`;
    return raiseJourneys('INVALID_EVENT_LOG', [place, this.format === 'xes' ? 'XES' : 'CSV', detail], {
      path: [],
      details: {
        file: this.file,
        ...(line === undefined ? {} : { line }),
        ...(column === undefined ? {} : { column }),
      },
    });
  }

  /** The log, once every event is in. */
  finish(): EventLog {
    const count = this.count;
    const fill = (columns: Map<string, AttributeValue[]>, length: number) => {
      const result: Record<string, AttributeValue[]> = {};
      for (const [key, column] of columns) {
        column.length = length;
        for (let index = 0; index < length; index++) if (column[index] === undefined) column[index] = null;
        result[key] = column;
      }
      return result;
    };
    return {
      format: this.format,
      events: {
        caseIndex: this.caseIndex.slice(0, count),
        eventIndex: this.eventIndex.slice(0, count),
        at: this.at.slice(0, count),
        caseIds: this.caseIds,
        eventNames: this.eventNames,
      },
      attributes: fill(this.attributes, count),
      caseAttributes: fill(this.caseAttributes, this.caseIds.length),
      logAttributes: this.logAttributes,
      counts: {
        events: count,
        cases: this.caseIds.length,
        setAside: this.setAside,
        nestedAttributes: this.nestedAttributes,
        caseAttributeConflicts: this.caseAttributeConflicts,
      },
      problems: this.problems,
    };
  }
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** @internal A text for a message: quoted, cut past 60 characters, controls escaped by JSON. */
export function describeText(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}

/** @internal The name an event gets from its activity and lifecycle transition (see {@link EventLog}). */
export function lifecycleName(activity: string, transition: string | undefined): string {
  if (transition === undefined || transition === '') return activity;
  const lower = transition.toLowerCase();
  return lower === 'complete' ? activity : `${activity} (${lower})`;
}
