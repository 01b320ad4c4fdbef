import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { raise } from '../core/errors/raise';
import { createInstantReader } from '../core/periods/instantReader';
import { CsvSyntaxProblem, createCsvTokenizer } from '../core/text/csvTokenizer';
import { checkMaxRows, defaultMaxRows, refuseRows } from '../core/text/rowLimit';
import type {
  LeftOutReason,
  SurveyExport,
  SurveyExportColumn,
  SurveyExportFormat,
  SurveyExportProblem,
  SurveyRowProblemReason,
} from './SurveyExport';
import { raiseSurveyExport } from './surveyExportMessages';

/**
 * Options for {@link createSurveyExportParser} and `readSurveyExport` (in `cxkit/node`).
 *
 * @category Survey exports
 */
export interface SurveyExportOptions {
  /** `'qualtrics'` (current or legacy, told apart by the file) or `'csv'` (one header row). Default `'qualtrics'`. */
  readonly format?: SurveyExportFormat;
  /** The score question: its QID (`QID1`), header (`Q1`) or question text, in that order of preference. Required. */
  readonly score: string;
  /** The time column, by the same kinds of name. Default `RecordedDate` (Qualtrics), `EndDate` (legacy Qualtrics); required for `'csv'`. */
  readonly time?: string;
  /** The zone of times written without an offset — the survey's (Qualtrics exports in the account's zone). Default `'UTC'`. */
  readonly timeZone?: string;
  /** A column to read as each response's segment (any column: a region, a tier, an embedded-data field). Default none. */
  readonly segment?: string;
  /** Choice text to score, for an export of choice text rather than numeric values: `{ 'Extremely likely': 10, … }`. Default none. */
  readonly recode?: Readonly<Record<string, number>>;
  /** Rows left out by default to read after all: any of `'preview'`, `'test'`, `'spam'`, `'unfinished'`. Default none. */
  readonly include?: readonly Exclude<LeftOutReason, 'no-answer'>[];
  /** A row that cannot be read: `'error'` throws `INVALID_SURVEY_EXPORT` naming its line and column; `'set-aside'` lists it in `problems`. Default `'error'`. */
  readonly badRows?: 'error' | 'set-aside';
  /** The name errors and problems give the export, such as its file name. Default `'survey export'`. */
  readonly source?: string;
  /**
   * The most rows (after the header rows) to read: one more is refused with `TOO_MANY_ROWS`,
   * so that a huge or hostile export stops before it fills memory. A whole number from 1.
   * Default `10000000`.
   */
  readonly maxRows?: number;
}

/**
 * A survey-export parser being fed: {@link createSurveyExportParser} makes one.
 *
 * @category Survey exports
 */
export interface SurveyExportParser {
  /** Reads the next chunk of text (split anywhere). */
  write(chunk: string): void;
  /** Reads the end of the text and returns the export. */
  end(): SurveyExport;
}

const includable = ['preview', 'test', 'spam', 'unfinished'] as const;
/** @internal The options a survey export is read with; `readSurveyExport` takes the same but `source`. */
export const surveyExportOptionNames = [
  'format',
  'score',
  'time',
  'timeZone',
  'segment',
  'recode',
  'include',
  'badRows',
  'source',
  'maxRows',
];

interface Layout {
  readonly format: SurveyExport['format'];
  readonly headers: readonly string[];
  readonly labels: readonly (string | null)[];
  readonly importIds: readonly (string | null)[];
  readonly line: number;
}

const importIdOf = (cell: string): string | null | undefined => {
  if (cell.trim() === '') return null;
  try {
    const parsed = JSON.parse(cell) as unknown;
    const id = typeof parsed === 'object' && parsed !== null ? (parsed as { ImportId?: unknown }).ImportId : undefined;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
};

function statusReason(text: string): LeftOutReason | undefined {
  const status = text.trim().toLowerCase();
  if (status === '1' || status === '17' || status.includes('preview')) return 'preview';
  if (status === '2' || status.includes('test')) return 'test';
  if (status === '8' || status === '9' || status === '12' || status.includes('spam')) return 'spam';
  return undefined;
}

/**
 * Makes a parser that reads a survey export — a Qualtrics CSV export (current, with the
 * ImportId row, or legacy, with `V1`… ids) or any CSV by mapping — from text chunks into
 * the responses `nps`, `csat`, `ces` and `scoreSeries` take. Pure and browser-safe;
 * `readSurveyExport` in `cxkit/node` streams a file through it.
 *
 * The score question is found by QID, header or question text; scores are numbers, or
 * choice text through `recode`. Previews, tests and spam (Qualtrics `Status` or
 * `DistributionChannel`) and unfinished responses (`Finished`) are left out unless
 * `include` names them, and rows with no answer are left out; each is counted by reason.
 * Every other row is read or is a problem with its line and reason.
 *
 * @param options - `score` (required), `format`, `time`, `timeZone`, `segment`, `recode`, `include`, `badRows`, `source`, `maxRows`; see {@link SurveyExportOptions}.
 * @returns A parser: `write(chunk)`, then `end()` for the {@link SurveyExport}.
 * @throws `CxError` `INVALID_SURVEY_EXPORT` naming the source, line and column: header rows missing, a column
 *   not found (or found twice by its text), and with `badRows: 'error'` a row that cannot be read;
 *   `TOO_MANY_ROWS` past `maxRows`; `INVALID_OPTION`, `INVALID_TIME_ZONE`, `UNKNOWN_OPTION`.
 *
 * @example
 * import { createSurveyExportParser, nps } from 'cxkit/metrics';
 *
 * const parser = createSurveyExportParser({ format: 'csv', score: 'How likely are you to recommend us?', time: 'submitted' });
 * parser.write('submitted,How likely are you to recommend us?\n2026-04-01 10:00,10\n2026-04-01 11:00,6\n');
 * parser.write('2026-04-02 09:00,9\n2026-04-02 09:30,\n');
 * const survey = parser.end();
 * survey.counts.leftOut['no-answer'] // => 1
 * Math.round(nps(survey.responses.score).score) // => 33
 *
 * @category Survey exports
 */
export function createSurveyExportParser(options: SurveyExportOptions): SurveyExportParser {
  checkOptions(options, surveyExportOptionNames);
  const {
    format = 'qualtrics',
    score,
    time,
    timeZone,
    segment,
    recode = {},
    include = [],
    badRows = 'error',
    source = 'survey export',
    maxRows: maxRowsOption,
  } = (options ?? {}) as SurveyExportOptions;
  const maxRows = maxRowsOption === undefined ? defaultMaxRows : checkMaxRows(maxRowsOption);
  if (format !== 'qualtrics' && format !== 'csv') {
    raise('INVALID_OPTION', ['format', '"qualtrics" or "csv"', describeValue(format)], { path: ['format'] });
  }
  for (const [name, value] of [
    ['score', score],
    ['time', time],
    ['segment', segment],
  ] as const) {
    if ((name === 'score' || value !== undefined) && (typeof value !== 'string' || value === '')) {
      raise('INVALID_OPTION', [name, 'a question id, header or text', describeValue(value)], { path: [name] });
    }
  }
  if (format === 'csv' && time === undefined) {
    raise('INVALID_OPTION', ['time', 'the time column of a CSV export', 'nothing'], { path: ['time'] });
  }
  if (typeof recode !== 'object' || recode === null || Array.isArray(recode)) {
    raise('INVALID_OPTION', ['recode', 'an object of choice text to score', describeValue(recode)], {
      path: ['recode'],
    });
  }
  const recodeMap = new Map<string, number>();
  for (const [choice, value] of Object.entries(recode)) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      raise('INVALID_OPTION', [`recode[${JSON.stringify(choice)}]`, 'a finite number', describeValue(value)], {
        path: ['recode', choice],
      });
    }
    recodeMap.set(choice, value);
  }
  if (!Array.isArray(include) || include.some((reason) => !includable.includes(reason))) {
    raise('INVALID_OPTION', ['include', 'a list of "preview", "test", "spam", "unfinished"', describeValue(include)], {
      path: ['include'],
    });
  }
  if (badRows !== 'error' && badRows !== 'set-aside') {
    raise('INVALID_OPTION', ['badRows', '"error" or "set-aside"', describeValue(badRows)], { path: ['badRows'] });
  }
  const included = new Set<string>(include);
  const readInstant = createInstantReader(timeZone ?? 'UTC');
  const formatName = format === 'csv' ? 'CSV' : 'Qualtrics';

  const fail = (line: number | undefined, detail: string): never =>
    raiseSurveyExport(
      'INVALID_SURVEY_EXPORT',
      [line === undefined ? source : `${source}:${line}`, formatName, detail],
      {
        details: { file: source, ...(line === undefined ? {} : { line }) },
      },
    );

  const headerRecords: Array<{ cells: string[]; line: number }> = [];
  let layout: Layout | undefined;
  let scoreColumn = -1;
  let timeColumn = -1;
  let segmentColumn = -1;
  let statusColumn = -1;
  let channelColumn = -1;
  let finishedColumn = -1;
  let idColumn = -1;
  const at: number[] = [];
  const scores: number[] = [];
  const segments: string[] = [];
  const responseIds: string[] = [];
  let rows = 0;
  const leftOut: Record<LeftOutReason, number> = { preview: 0, test: 0, spam: 0, unfinished: 0, 'no-answer': 0 };
  const problemCounts: Record<SurveyRowProblemReason, number> = { 'bad-score': 0, 'bad-time': 0, 'bad-row': 0 };
  const problems: SurveyExportProblem[] = [];

  const find = (name: string, required: boolean, role: string): number => {
    const current = layout as Layout;
    const byHeader = current.headers.indexOf(name);
    if (byHeader >= 0) return byHeader;
    const byImportId = current.importIds.indexOf(name);
    if (byImportId >= 0) return byImportId;
    const byLabel = current.labels.flatMap((label, position) => (label === name ? [position] : []));
    if (byLabel.length === 1) return byLabel[0] as number;
    if (byLabel.length > 1) {
      fail(
        current.line,
        `the ${role} ${JSON.stringify(name)} is the text of ${byLabel.length} columns (${byLabel.map((position) => current.headers[position]).join(', ')}); name it by its header or QID`,
      );
    }
    if (required) {
      fail(
        current.line,
        `no ${role} column ${JSON.stringify(name)}: no header${current.format === 'qualtrics' ? ', QID' : ''}${current.format === 'csv' ? '' : ' or question text'} is that; the headers are ${current.headers.map((header) => JSON.stringify(header)).join(', ')}`,
      );
    }
    return -1;
  };
  const describeColumn = (position: number): SurveyExportColumn => {
    const current = layout as Layout;
    return {
      header: current.headers[position] as string,
      label: current.labels[position] ?? null,
      importId: current.importIds[position] ?? null,
    };
  };

  const settle = (current: Layout) => {
    layout = current;
    scoreColumn = find(score, true, 'score question');
    const qualtrics = current.format !== 'csv';
    timeColumn = find(time ?? (current.format === 'qualtrics-legacy' ? 'EndDate' : 'RecordedDate'), true, 'time');
    segmentColumn = segment === undefined ? -1 : find(segment, true, 'segment');
    if (qualtrics) {
      statusColumn = find('Status', false, 'status');
      channelColumn = find('DistributionChannel', false, 'channel');
      finishedColumn = find('Finished', false, 'finished');
      idColumn = find('ResponseId', false, 'response id');
      if (idColumn < 0) idColumn = find('ResponseID', false, 'response id');
    }
  };

  const layoutFrom = (records: Array<{ cells: string[]; line: number }>, final: boolean): Layout | undefined => {
    const [first, second, third] = records;
    if (format === 'csv') {
      return first === undefined
        ? undefined
        : {
            format: 'csv',
            headers: first.cells,
            labels: first.cells.map(() => null),
            importIds: first.cells.map(() => null),
            line: first.line,
          };
    }
    if (first !== undefined && second !== undefined && /^V\d+$/.test(first.cells[0] ?? '')) {
      // Legacy: V1…Vn name the metadata, whose names are in the second row; questions keep their Q ids.
      const headers = first.cells.map((cell, position) =>
        /^V\d+$/.test(cell) ? (second.cells[position] ?? cell) : cell,
      );
      return {
        format: 'qualtrics-legacy',
        headers,
        labels: second.cells,
        importIds: first.cells.map(() => null),
        line: second.line,
      };
    }
    if (first !== undefined && second !== undefined && third !== undefined) {
      const importIds = third.cells.map(importIdOf);
      if (importIds.some((id) => id === undefined) || importIds.every((id) => id === null)) {
        fail(
          third.line,
          'the third row is not the ImportId row ({"ImportId":"QID1"} per column): a current Qualtrics export has three header rows, a legacy one starts with V1, V2, …; export with the default headers, or read it with format "csv"',
        );
      }
      return {
        format: 'qualtrics',
        headers: first.cells,
        labels: second.cells,
        importIds: importIds as (string | null)[],
        line: third.line,
      };
    }
    if (final) {
      fail(
        records[records.length - 1]?.line,
        `the export ends after ${records.length} row${records.length === 1 ? '' : 's'}: a Qualtrics export starts with three header rows (two in the legacy format)`,
      );
    }
    return undefined;
  };

  const setAside = (reason: SurveyRowProblemReason, line: number, position: number, detail: string) => {
    const field = (layout as Layout).headers[position] ?? 'row';
    if (badRows === 'error') fail(line, `${field}: ${detail}`);
    problemCounts[reason]++;
    problems.push({
      line,
      field,
      reason,
      message: `${detail.charAt(0).toUpperCase()}${detail.slice(1)}; the row was set aside.`,
    });
  };

  const readRow = (cells: string[], line: number) => {
    rows++;
    if (rows > maxRows) refuseRows(source, maxRows, line);
    const headers = (layout as Layout).headers;
    if (cells.length !== headers.length) {
      setAside('bad-row', line, -1, `the row has ${cells.length} cells but the header has ${headers.length} columns`);
      return;
    }
    let reason: LeftOutReason | undefined;
    if (statusColumn >= 0) reason = statusReason(cells[statusColumn] as string);
    if (reason === undefined && channelColumn >= 0) {
      const channel = (cells[channelColumn] as string).trim().toLowerCase();
      if (channel === 'preview' || channel === 'test') reason = channel;
    }
    if (reason !== undefined && included.has(reason)) reason = undefined;
    if (reason === undefined && finishedColumn >= 0 && !included.has('unfinished')) {
      const finished = (cells[finishedColumn] as string).trim().toLowerCase();
      if (finished === '0' || finished === 'false') reason = 'unfinished';
    }
    const answer = (cells[scoreColumn] as string).trim();
    if (reason === undefined && answer === '') reason = 'no-answer';
    if (reason !== undefined) {
      leftOut[reason]++;
      return;
    }
    let value = recodeMap.get(answer);
    if (value === undefined) {
      const number = Number(answer);
      if (!Number.isFinite(number)) {
        setAside(
          'bad-score',
          line,
          scoreColumn,
          `the answer ${JSON.stringify(answer)} is not a number${recodeMap.size > 0 ? ' nor a choice in the recode map' : ' (for choice text, pass a recode map)'}`,
        );
        return;
      }
      value = number;
    }
    const timeText = (cells[timeColumn] as string).trim();
    const epoch = readInstant(timeText);
    if (Number.isNaN(epoch)) {
      setAside('bad-time', line, timeColumn, `the time ${JSON.stringify(timeText)} is not an ISO 8601 date-time`);
      return;
    }
    at.push(epoch);
    scores.push(value);
    if (segmentColumn >= 0) segments.push((cells[segmentColumn] as string).trim());
    if (idColumn >= 0) responseIds.push(cells[idColumn] as string);
  };

  const tokenizer = createCsvTokenizer((cells, line) => {
    if (layout !== undefined) {
      readRow(cells, line);
      return;
    }
    headerRecords.push({ cells, line });
    const found = layoutFrom(headerRecords, false);
    if (found !== undefined) {
      settle(found);
      // A legacy export is known after two rows, a current one after three.
      const used = found.format === 'qualtrics' ? 3 : found.format === 'csv' ? 1 : 2;
      for (const record of headerRecords.slice(used)) readRow(record.cells, record.line);
    }
  });
  const guard = (read: () => void) => {
    try {
      read();
    } catch (error) {
      if (error instanceof CsvSyntaxProblem) fail(error.line, error.message);
      throw error;
    }
  };
  let ended = false;
  return {
    write(chunk: string): void {
      if (typeof chunk !== 'string')
        raise('INVALID_ARGUMENT', ['chunk', 'text', describeValue(chunk)], { path: ['chunk'] });
      if (ended)
        raise('INVALID_ARGUMENT', ['chunk', 'written before end()', 'a chunk after end()'], { path: ['chunk'] });
      guard(() => tokenizer.write(chunk));
    },
    end(): SurveyExport {
      if (ended) raise('INVALID_ARGUMENT', ['end()', 'called once', 'a second call'], { path: [] });
      ended = true;
      guard(() => tokenizer.end());
      if (layout === undefined) {
        const found = layoutFrom(headerRecords, true);
        if (found === undefined) return fail(undefined, 'the export is empty: a header row is needed');
        settle(found);
      }
      return {
        format: (layout as Layout).format,
        responses: {
          at: Float64Array.from(at),
          score: Float64Array.from(scores),
          ...(segmentColumn >= 0 ? { segment: segments } : {}),
        },
        responseIds: idColumn >= 0 ? responseIds : null,
        columns: {
          score: describeColumn(scoreColumn),
          time: describeColumn(timeColumn),
          segment: segmentColumn >= 0 ? describeColumn(segmentColumn) : null,
        },
        counts: { rows, responses: scores.length, leftOut, problems: problemCounts },
        problems,
      };
    },
  };
}
