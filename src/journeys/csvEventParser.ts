import type { InstantReader } from '../core/periods/instantReader';
import { CsvSyntaxProblem, createCsvTokenizer } from '../core/text/csvTokenizer';
import { describeText, type EventLogBuilder, lifecycleName } from './eventLogBuilder';

/**
 * Which CSV columns hold the case, the activity and the times, by header name. Each
 * field left out is found among the usual names of pm4py, Celonis and Disco exports
 * (compared without case); `start` and `lifecycle` may be `null` to ignore such a column.
 *
 * @category Event logs
 */
export interface EventLogColumnNames {
  /** Default: the first of `case:concept:name`, `case_id`, `case id`, `caseid`, `_case_key`, `case`. */
  readonly case?: string | undefined;
  /** Default: the first of `concept:name`, `activity`, `activity name`, `activity_en`. */
  readonly activity?: string | undefined;
  /** When the activity completed. Default: the first of `time:timestamp`, `timestamp`, `complete timestamp`, `end_timestamp`, `eventtime`, `time`. */
  readonly time?: string | undefined;
  /** When the activity started, giving a second event `"<activity> (start)"`. Default: `start_timestamp` or `start timestamp` when present. */
  readonly start?: string | null | undefined;
  /** The lifecycle transition (see `EventLog`). Default: `lifecycle:transition` or `lifecycle` when present. */
  readonly lifecycle?: string | null | undefined;
}

const candidates = {
  case: ['case:concept:name', 'case_id', 'case id', 'caseid', '_case_key', 'case'],
  activity: ['concept:name', 'activity', 'activity name', 'activity_en'],
  time: ['time:timestamp', 'timestamp', 'complete timestamp', 'end_timestamp', 'eventtime', 'time'],
  start: ['start_timestamp', 'start timestamp'],
  lifecycle: ['lifecycle:transition', 'lifecycle'],
} as const;

type Role = keyof typeof candidates;

/**
 * @internal Reads process-mining CSV chunk by chunk: the header row names the columns
 * (see {@link EventLogColumnNames}); each later row is one event (two with a start time).
 * Columns named `case:…` are case attributes; every other column is kept as an event
 * attribute by its header name.
 */
export function createCsvEventParser(
  builder: EventLogBuilder,
  readInstant: InstantReader,
  names: EventLogColumnNames,
  keepAttributes: boolean,
) {
  let header: string[] | undefined;
  let caseColumn = -1;
  let activityColumn = -1;
  let timeColumn = -1;
  let startColumn = -1;
  let lifecycleColumn = -1;
  // Per other column: its attribute key, and whether it is a case attribute.
  let attributeKeys: Array<{ position: number; key: string; ofCase: boolean }> = [];

  const readHeader = (cells: string[], line: number) => {
    header = cells.map((cell) => cell.trim());
    const lower = header.map((cell) => cell.toLowerCase());
    const find = (role: Role, required: boolean): number => {
      const named = names[role];
      if (named === null) return -1;
      if (named !== undefined) {
        const position = (header as string[]).indexOf(named);
        if (position < 0) {
          builder.fail(
            line,
            undefined,
            `the ${role} column ${describeText(named)} is not in the header (${(header as string[]).map(describeText).join(', ')})`,
          );
        }
        return position;
      }
      for (const candidate of candidates[role]) {
        const position = lower.indexOf(candidate);
        if (position >= 0) return position;
      }
      if (required) {
        builder.fail(
          line,
          undefined,
          `no ${role} column: the header has none of ${candidates[role].map((name) => `"${name}"`).join(', ')}; name it in the columns option`,
        );
      }
      return -1;
    };
    caseColumn = find('case', true);
    activityColumn = find('activity', true);
    timeColumn = find('time', true);
    startColumn = find('start', false);
    lifecycleColumn = find('lifecycle', false);
    const used = new Set([caseColumn, activityColumn, timeColumn, startColumn, lifecycleColumn]);
    attributeKeys = keepAttributes
      ? header.flatMap((name, position) => {
          if (used.has(position)) return [];
          const ofCase = name.toLowerCase().startsWith('case:');
          const key = ofCase ? name.slice(5) : name === '' ? `column ${position + 1}` : name;
          return [{ position, key: builder.intern(key), ofCase }];
        })
      : [];
  };

  const readRow = (cells: string[], line: number) => {
    const columns = header as string[];
    if (cells.length !== columns.length) {
      builder.setAsideEvent(
        'bad-row',
        line,
        undefined,
        'row',
        `the row has ${cells.length} cells but the header has ${columns.length} columns`,
      );
      return;
    }
    const caseText = cells[caseColumn] as string;
    const activity = cells[activityColumn] as string;
    const timeText = (cells[timeColumn] as string).trim();
    if (caseText === '') {
      builder.setAsideEvent('no-case', line, undefined, columns[caseColumn] as string, 'the case cell is empty');
      return;
    }
    if (activity === '') {
      builder.setAsideEvent(
        'no-activity',
        line,
        undefined,
        columns[activityColumn] as string,
        'the activity cell is empty',
      );
      return;
    }
    if (timeText === '') {
      builder.setAsideEvent('no-time', line, undefined, columns[timeColumn] as string, 'the time cell is empty');
      return;
    }
    const at = readInstant(timeText);
    if (Number.isNaN(at)) {
      builder.setAsideEvent(
        'bad-time',
        line,
        undefined,
        columns[timeColumn] as string,
        `the time ${describeText(timeText)} is not an ISO 8601 date-time`,
      );
      return;
    }
    const caseNumber = builder.caseNumber(caseText, line, undefined, columns[caseColumn] as string);
    if (caseNumber < 0) return;
    const transition = lifecycleColumn < 0 ? undefined : (cells[lifecycleColumn] as string);
    const eventNumber = builder.eventNumber(
      lifecycleName(activity, transition),
      line,
      undefined,
      columns[activityColumn] as string,
    );
    if (eventNumber < 0) return;
    const index = builder.addEvent(caseNumber, eventNumber, at);
    let startIndex = -1;
    if (startColumn >= 0) {
      const startText = (cells[startColumn] as string).trim();
      if (startText !== '') {
        const startAt = readInstant(startText);
        if (Number.isNaN(startAt)) {
          builder.setAsideEvent(
            'bad-time',
            line,
            undefined,
            columns[startColumn] as string,
            `the start time ${describeText(startText)} is not an ISO 8601 date-time`,
          );
        } else {
          const startNumber = builder.eventNumber(
            lifecycleName(activity, 'start'),
            line,
            undefined,
            columns[activityColumn] as string,
          );
          if (startNumber >= 0) startIndex = builder.addEvent(caseNumber, startNumber, startAt);
        }
      }
    }
    for (const { position, key, ofCase } of attributeKeys) {
      const cell = cells[position] as string;
      if (cell === '') continue;
      const value = builder.intern(cell);
      if (ofCase) builder.setCaseAttribute(caseNumber, key, value);
      else {
        builder.setAttribute(index, key, value);
        if (startIndex >= 0) builder.setAttribute(startIndex, key, value);
      }
    }
  };

  const tokenizer = createCsvTokenizer((cells, line) => {
    if (header === undefined) readHeader(cells, line);
    else readRow(cells, line);
  });
  const guard = (read: () => void) => {
    try {
      read();
    } catch (error) {
      if (error instanceof CsvSyntaxProblem) builder.fail(error.line, undefined, error.message);
      throw error;
    }
  };
  return {
    write(chunk: string): void {
      guard(() => tokenizer.write(chunk));
    },
    end(): void {
      guard(() => tokenizer.end());
      if (header === undefined) builder.fail(undefined, undefined, 'the file is empty: a header row is needed');
    },
  };
}
