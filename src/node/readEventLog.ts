/// <reference types="node" />
import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { raise } from '../core/errors/raise';
import { createEventLogParser, type EventLog, type EventLogFormat, type EventLogOptions } from '../journeys/index';
import { raiseNode } from './messages';
import { readTextFile } from './readTextFile';

/**
 * Options for {@link readEventLog}: those of `createEventLogParser` (the format is
 * optional here), and progress.
 *
 * @category Event logs
 */
export interface ReadEventLogOptions extends Omit<EventLogOptions, 'format' | 'source'> {
  /** `'xes'` or `'csv'`. Default: from the extension (`.xes`, `.xes.gz`, `.csv`, `.csv.gz`). */
  readonly format?: EventLogFormat;
  /** Called as the file is read: bytes read from disk so far, and the file's size. Default: none. */
  readonly onProgress?: (bytesRead: number, bytesTotal: number) => void;
}

/** @internal The format a file name gives, or undefined. */
export function eventLogFormatOf(file: string): EventLogFormat | undefined {
  if (/\.xes(\.gz)?$/i.test(file)) return 'xes';
  if (/\.csv(\.gz)?$/i.test(file)) return 'csv';
  return undefined;
}

/** @internal Reads the log at `real`, naming it `file` in messages. */
export async function readEventLogAt(real: string, file: string, options: ReadEventLogOptions): Promise<EventLog> {
  const { onProgress, format: given, ...parserOptions } = options;
  const format = given ?? eventLogFormatOf(file);
  if (format === undefined) raiseNode('UNKNOWN_FORMAT', [file, '.xes, .xes.gz, .csv, .csv.gz'], { path: ['format'] });
  const parser = createEventLogParser({ ...parserOptions, format, source: file });
  await readTextFile(real, file, (text) => parser.write(text), onProgress);
  return parser.end();
}

/**
 * Reads an event log file — XES (`.xes`), gzipped XES (`.xes.gz`) or process-mining CSV
 * (`.csv`, `.csv.gz`) — into the columns `measureJourney` takes, streaming: the file is
 * read in chunks and only the columns are kept, so memory grows with the events, not the
 * file's text. Everything the log holds besides case, activity and time is kept by name;
 * everything set aside is counted with its line (see `EventLog` in `cxkit/journeys`).
 *
 * @param path - The file.
 * @param options - `format`, `timeZone`, `columns` (CSV), `badRows`, `attributes`, `onProgress`; see {@link ReadEventLogOptions}.
 * @returns The {@link EventLog}.
 * @throws `CxError` `INVALID_EVENT_LOG` naming the file, line and field (malformed XML, a missing column, and
 *   with the default `badRows: 'error'` an event that cannot be read); `UNREADABLE_FILE`; `INVALID_GZIP` for
 *   a `.gz` file that is not gzip or breaks off; `UNKNOWN_FORMAT`; `INVALID_OPTION`, `UNKNOWN_OPTION`.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { readEventLog } from 'cxkit/node';
 *
 * const file = join(mkdtempSync(join(tmpdir(), 'cxkit-')), 'tickets.csv');
 * writeFileSync(file, 'case:concept:name,concept:name,time:timestamp\nT-1,Ticket opened,2026-03-02 09:00:00+01:00\nT-1,Ticket closed,2026-03-02 17:00:00+01:00\n');
 * const log = await readEventLog(file);
 * log.events.eventNames // => ['Ticket opened', 'Ticket closed']
 * log.counts.events // => 2
 * await readEventLog(`${file}.gz`).catch((error) => error.code) // => 'UNREADABLE_FILE'
 *
 * @category Event logs
 */
export async function readEventLog(path: string, options: ReadEventLogOptions = {}): Promise<EventLog> {
  checkOptions(options, ['format', 'timeZone', 'columns', 'badRows', 'attributes', 'onProgress']);
  if (typeof path !== 'string' || path === '') {
    raise('INVALID_ARGUMENT', ['path', 'a file path', describeValue(path)], { path: ['path'] });
  }
  return readEventLogAt(path, path, options);
}
