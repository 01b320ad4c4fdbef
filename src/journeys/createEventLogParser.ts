import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { raise } from '../core/errors/raise';
import { createInstantReader } from '../core/periods/instantReader';
import { checkMaxRows, defaultMaxRows } from '../core/text/rowLimit';
import { createCsvEventParser, type EventLogColumnNames } from './csvEventParser';
import type { EventLog, EventLogFormat } from './EventLog';
import { EventLogBuilder } from './eventLogBuilder';
import { createXesParser } from './xesEventParser';

/**
 * Options for {@link createEventLogParser} and {@link parseEventLog}.
 *
 * @category Event logs
 */
export interface EventLogOptions {
  /** `'xes'` or `'csv'`. Required here; `readEventLog` (in `cxkit/node`) takes it from the file's extension. */
  readonly format: EventLogFormat;
  /** The zone of time stamps written without an offset. Default `'UTC'`. */
  readonly timeZone?: string;
  /** CSV only: which columns hold the case, activity and times. Default: the usual pm4py, Celonis and Disco names. */
  readonly columns?: EventLogColumnNames;
  /**
   * What to do with an event that cannot be read (no case, no activity, a bad time, a row
   * with the wrong number of cells): `'error'` throws `INVALID_EVENT_LOG` naming the line
   * and field; `'set-aside'` leaves it out, counts it and lists it in `problems`. Default `'error'`.
   */
  readonly badRows?: 'error' | 'set-aside';
  /** Whether to keep the other attributes (`false` reads only case, activity and time). Default `true`. */
  readonly attributes?: boolean;
  /** The name the log's errors and problems give it, such as its file name. Default `'event log'`. */
  readonly source?: string;
  /**
   * The most events (kept and set aside) to read: one more is refused with `TOO_MANY_ROWS`,
   * so that a huge or hostile log stops before it fills memory. A whole number from 1.
   * Default `10000000`.
   */
  readonly maxRows?: number;
}

/**
 * An event-log parser being fed: {@link createEventLogParser} makes one.
 *
 * @category Event logs
 */
export interface EventLogParser {
  /** Reads the next chunk of text (split anywhere: mid-line, mid-tag). */
  write(chunk: string): void;
  /** Reads the end of the text and returns the log; throws when the text is cut short. */
  end(): EventLog;
}

const optionNames = ['format', 'timeZone', 'columns', 'badRows', 'attributes', 'source', 'maxRows'];

/**
 * Makes a parser that reads an event log — XES or process-mining CSV — from text chunks,
 * as a stream delivers them, and keeps only columns: memory grows with the events, not
 * with the file's text. Pure and browser-safe (no file, no Node); `readEventLog` in
 * `cxkit/node` adds files and gzip.
 *
 * XES (IEEE 1849) is read with saxes, a strict streaming XML parser: a trace's
 * `concept:name` is the case, an event's `concept:name` the activity, `time:timestamp`
 * the time (offsets honored), and `lifecycle:transition` names the event as
 * {@link EventLog} describes; other attributes are kept by key, nested ones counted.
 * CSV is read by header: see {@link EventLogColumnNames}.
 *
 * @param options - `format` (required), `timeZone`, `columns`, `badRows`, `attributes`, `source`, `maxRows`; see {@link EventLogOptions}.
 * @returns A parser: `write(chunk)` as often as needed, then `end()` for the {@link EventLog}.
 * @throws `CxError` `INVALID_EVENT_LOG` (from `write` or `end`) naming the source, line and field: malformed
 *   XML, a missing column, text cut short, and with `badRows: 'error'` any event that cannot be read;
 *   `TOO_MANY_ROWS` past `maxRows`; `INVALID_OPTION`, `INVALID_TIME_ZONE`, `UNKNOWN_OPTION`.
 *
 * @example
 * import { createEventLogParser } from 'cxkit/journeys';
 *
 * const parser = createEventLogParser({ format: 'csv' });
 * parser.write('case:concept:name,concept:name,time:timestamp\nT-1,Open ticket,2026-03-02T09:00:00Z\nT-1,Clo');
 * parser.write('se ticket,2026-03-02T11:30:00+01:00\n');
 * const log = parser.end();
 * log.events.eventNames // => ['Open ticket', 'Close ticket']
 * ((log.events.at[1] ?? 0) - (log.events.at[0] ?? 0)) / 3_600_000 // => 1.5
 *
 * @category Event logs
 */
export function createEventLogParser(options: EventLogOptions): EventLogParser {
  checkOptions(options, optionNames);
  if (options === undefined || (options.format !== 'xes' && options.format !== 'csv')) {
    raise('INVALID_OPTION', ['format', '"xes" or "csv"', describeValue(options?.format)], { path: ['format'] });
  }
  const { format, timeZone, columns = {}, badRows = 'error', attributes = true, source = 'event log' } = options;
  if (badRows !== 'error' && badRows !== 'set-aside') {
    raise('INVALID_OPTION', ['badRows', '"error" or "set-aside"', describeValue(badRows)], { path: ['badRows'] });
  }
  if (typeof attributes !== 'boolean') {
    raise('INVALID_OPTION', ['attributes', 'true or false', describeValue(attributes)], { path: ['attributes'] });
  }
  if (typeof source !== 'string') {
    raise('INVALID_OPTION', ['source', 'a name for the log', describeValue(source)], { path: ['source'] });
  }
  checkColumnNames(columns, format);
  const maxRows = options.maxRows === undefined ? defaultMaxRows : checkMaxRows(options.maxRows);
  const readInstant = createInstantReader(timeZone ?? 'UTC');
  const builder = new EventLogBuilder(format, source, badRows, maxRows);
  const reader =
    format === 'xes'
      ? createXesParser(builder, readInstant, attributes)
      : createCsvEventParser(builder, readInstant, columns, attributes);
  let ended = false;
  return {
    write(chunk: string): void {
      if (typeof chunk !== 'string') {
        raise('INVALID_ARGUMENT', ['chunk', 'text', describeValue(chunk)], { path: ['chunk'] });
      }
      if (ended)
        raise('INVALID_ARGUMENT', ['chunk', 'written before end()', 'a chunk after end()'], { path: ['chunk'] });
      reader.write(chunk);
    },
    end(): EventLog {
      if (ended) raise('INVALID_ARGUMENT', ['end()', 'called once', 'a second call'], { path: [] });
      ended = true;
      reader.end();
      const log = builder.finish();
      if (!attributes) return { ...log, attributes: {}, caseAttributes: {}, logAttributes: {} };
      return log;
    },
  };
}

function checkColumnNames(columns: unknown, format: EventLogFormat): void {
  checkOptions(columns, ['case', 'activity', 'time', 'start', 'lifecycle'], 'columns');
  const given = Object.fromEntries(
    Object.entries(columns as Record<string, unknown>).filter(([, name]) => name !== undefined),
  );
  if (format === 'xes' && Object.keys(given).length > 0) {
    raise('INVALID_OPTION', ['columns', 'given only for CSV', 'column names for an XES log'], { path: ['columns'] });
  }
  for (const [role, name] of Object.entries(given)) {
    const nullable = role === 'start' || role === 'lifecycle';
    if (!(typeof name === 'string' && name !== '') && !(nullable && name === null)) {
      raise(
        'INVALID_OPTION',
        [`columns.${role}`, nullable ? 'a column name or null' : 'a column name', describeValue(name)],
        { path: ['columns', role] },
      );
    }
  }
}
