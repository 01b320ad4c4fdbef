/**
 * The formats an event log is read from: XES (IEEE 1849, the process-mining standard)
 * and process-mining CSV (pm4py, Celonis and Disco exports, or any columns by mapping).
 *
 * @category Event logs
 */
export type EventLogFormat = 'xes' | 'csv';

/**
 * An attribute's value as kept: text, a number (XES `int` and `float`, and `date` as epoch
 * milliseconds), a boolean, or `null` where an event or case does not have it.
 *
 * @category Event logs
 */
export type AttributeValue = string | number | boolean | null;

/**
 * Why an event was set aside instead of read:
 * - `'no-case'`: its trace has no `concept:name` (XES), or its case cell is empty (CSV);
 * - `'no-activity'`: it has no activity name;
 * - `'bad-name'`: its activity name or case id is blank past its spaces, has control
 *   characters, or is longer than 256 characters;
 * - `'no-time'`: it has no time stamp;
 * - `'bad-time'`: its time stamp is not an ISO 8601 date-time;
 * - `'bad-row'`: a CSV row with a different number of cells than the header.
 *
 * @category Event logs
 */
export type SetAsideReason = 'no-case' | 'no-activity' | 'bad-name' | 'no-time' | 'bad-time' | 'bad-row';

/**
 * One event set aside, where it is in the file, and why.
 *
 * @category Event logs
 */
export interface EventLogProblem {
  /** The line (from 1) of the CSV row, or of the XES element at fault. */
  readonly line: number;
  /** The column (from 1) in the line, where the format gives it (XES). */
  readonly column?: number;
  /** The field at fault: `concept:name`, `time:timestamp`, a CSV column name, … */
  readonly field: string;
  readonly reason: SetAsideReason;
  /** A sentence for people, quoting the value. */
  readonly message: string;
}

/**
 * An event log read from XES or CSV: the events in the columns `measureJourney` takes
 * directly, every other attribute kept by name, and everything set aside counted and
 * placed by line.
 *
 * Event names are the activity names as written. An event whose `lifecycle:transition`
 * is `complete` (or absent) is named by its activity alone; any other transition is
 * added in brackets — `"place order (start)"` — so that a journey step can start at an
 * activity's start and end at its completion. A CSV `start_timestamp` column gives each
 * row a second event, `"<activity> (start)"`, at that time.
 *
 * @category Event logs
 */
export interface EventLog {
  readonly format: EventLogFormat;
  /** Pass to `measureJourney`: `caseIndex` into `caseIds`, `eventIndex` into `eventNames`, `at` in epoch milliseconds. */
  readonly events: {
    readonly caseIndex: Uint32Array;
    readonly eventIndex: Uint32Array;
    readonly at: Float64Array;
    readonly caseIds: readonly string[];
    readonly eventNames: readonly string[];
  };
  /** Every other event attribute, by name: one value per event (`null` where an event has none). */
  readonly attributes: Readonly<Record<string, readonly AttributeValue[]>>;
  /** Case (trace) attributes, by name (a CSV column's `case:` prefix dropped): one value per case. */
  readonly caseAttributes: Readonly<Record<string, readonly AttributeValue[]>>;
  /** Attributes of the log itself (XES). */
  readonly logAttributes: Readonly<Record<string, AttributeValue>>;
  readonly counts: {
    /** Events read into `events` (a CSV row with a start time gives two). */
    readonly events: number;
    readonly cases: number;
    /** Events set aside, by reason; see {@link SetAsideReason}. */
    readonly setAside: Readonly<Record<SetAsideReason, number>>;
    /** XES attributes nested in other attributes, lists and containers: counted, not kept. */
    readonly nestedAttributes: number;
    /** CSV case attributes whose value changed within a case: the first value is kept. */
    readonly caseAttributeConflicts: number;
  };
  /** Each event set aside, with its line and why, in file order. */
  readonly problems: readonly EventLogProblem[];
}
