import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import type { PropertyPath } from '../core/errors/PropertyPath';
import { createInstantReader, type InstantReader } from '../core/periods/instantReader';
import { safeParseInstant } from '../core/periods/safeParseInstant';
import type { DriverPerformance } from '../transfer/index';
import { raiseWorkspace, workspaceMessages } from './messages';
import type { WorkspaceData, WorkspaceProblem, WorkspaceProblemCode } from './Workspace';
import type { WorkspaceDataEntry } from './workspaceManifestDocument';

/**
 * The records of one data file, before their types are checked: a CSV file's header and
 * rows of cells, or a JSON Lines file's objects. Each record carries its line in the file.
 *
 * @category Workspace
 */
export interface DataRecords {
  /** The file, relative to the workspace root. */
  readonly file: string;
  /** A CSV file's header (its line is `headerLine`); absent for JSON Lines, whose records are objects. */
  readonly header?: readonly string[];
  /** The header's line. Default 1. */
  readonly headerLine?: number;
  /** The rows: cells in header order (CSV) or an object (JSON Lines), each with its line from 1. */
  readonly records: ReadonlyArray<{
    readonly line: number;
    readonly values: readonly unknown[] | Readonly<Record<string, unknown>>;
  }>;
  /** The time zone for dates without an offset. Default UTC. */
  readonly timeZone?: string;
}

/**
 * What {@link readDataRecords} returns: the data (without the bad rows) and a problem per
 * bad row, or no data and the problem that stopped it (a missing column).
 *
 * @category Workspace
 */
export interface CheckedDataRecords {
  readonly data: WorkspaceData | undefined;
  readonly problems: readonly WorkspaceProblem[];
}

class RowProblem {
  constructor(
    readonly message: string,
    readonly column: string | undefined,
  ) {}
}

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

function numberFrom(value: unknown, column: string): number {
  const number =
    typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  if (!Number.isFinite(number)) throw new RowProblem(workspaceMessages.badNumber(column, describeValue(value)), column);
  return number;
}

function integerFrom(value: unknown, column: string): number {
  const number =
    typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  if (!Number.isInteger(number))
    throw new RowProblem(workspaceMessages.badInteger(column, describeValue(value)), column);
  return number;
}

function textFrom(value: unknown, column: string): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string' || value.trim() === '') throw new RowProblem(workspaceMessages.badText(column), column);
  return value;
}

function instantFrom(value: unknown, column: string, readInstant: InstantReader): number {
  // Only ISO text is accepted in files: epoch numbers in a CSV are too easily seconds.
  const epoch =
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value.trim()) ? readInstant(value.trim()) : Number.NaN;
  if (Number.isNaN(epoch)) throw new RowProblem(workspaceMessages.badDate(column, describeValue(value)), column);
  return epoch;
}

// One reader per file: the zone's offsets are found once per local hour, not per row. An
// unknown zone makes every date a bad row, as each date would be refused on its own.
function instantReaderFor(timeZone: string | undefined): InstantReader {
  try {
    return createInstantReader(timeZone ?? 'UTC');
  } catch {
    return (text) => {
      const result = safeParseInstant(text, timeZone === undefined ? {} : { timeZone });
      return result.success ? result.data : Number.NaN;
    };
  }
}

function requiredColumns(entry: WorkspaceDataEntry): string[] {
  switch (entry.type) {
    case 'survey-responses':
      return ['at', 'score'];
    case 'journey-events':
      return ['case', 'event', 'at'];
    case 'driver-observations':
      return [...entry.drivers, entry.outcome];
    case 'maturity-responses':
      return ['respondent', 'group'];
    case 'customer-outcomes':
      return ['customer', 'value'];
    case 'business-measures':
      return ['period', 'value'];
    case 'metric-observations':
      return ['metric', 'at', 'value'];
  }
}

// An outcome cell: true/false (any case) is a binary outcome, a number a continuous one;
// one file holds one kind.
function outcomeFrom(value: unknown, kind: 'boolean' | 'number' | undefined): boolean | number {
  const text = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  const read =
    typeof value === 'boolean'
      ? value
      : text === 'true' || text === 'false'
        ? text === 'true'
        : typeof value === 'number' || (text !== undefined && text !== '')
          ? Number(value)
          : Number.NaN;
  const readKind = typeof read === 'boolean' ? 'boolean' : Number.isFinite(read) ? 'number' : undefined;
  if (readKind === undefined || (kind !== undefined && readKind !== kind)) {
    const expected =
      kind === 'boolean'
        ? 'true or false, as the rows before it'
        : kind === 'number'
          ? 'a number, as the rows before it'
          : 'true, false or a number';
    throw new RowProblem(workspaceMessages.badOutcome('value', expected, describeValue(value)), 'value');
  }
  return read;
}

function periodFrom(value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(text))
    throw new RowProblem(workspaceMessages.badPeriod('period', describeValue(value)), 'period');
  return text;
}

/**
 * Checks and converts the records of one manifest data entry into the columns the
 * domain functions take: survey responses (`at`, `score`, optional `segment` and
 * `customer`), journey events (`case`, `event`, `at`), driver observations (a number per
 * driver and the outcome, optional `weight`), maturity responses (`respondent`, `group`,
 * a level or an empty cell per question), customer outcomes (`customer`, `value` — true
 * or false, or a number — and optional `at`), business measures (`period` as `YYYY-MM`,
 * `value`) or metric observations (`metric`, `at`, `value`, and optionally `lower` and
 * `upper`, an interval around the value). A bad row — a wrong number of cells, a non-number where a
 * number is due, a bad date — is one `bad-row` problem naming the file, the line and the
 * column, and is left out; the other rows are kept. A missing column is one
 * `missing-column` problem and no data.
 *
 * @param entry - The manifest's data entry.
 * @param records - The file's header and records; see {@link DataRecords}.
 * @returns `{ data, problems }`.
 * @throws `CxError` `INVALID_INPUT` when `records` is not a records object; `UNKNOWN_OPTION`.
 *
 * @example
 * import { readDataRecords } from 'cxkit/workspace';
 *
 * const { data, problems } = readDataRecords(
 *   { id: 'survey', type: 'survey-responses', file: 'survey.csv', metric: 'relationship-nps' },
 *   {
 *     file: 'survey.csv',
 *     header: ['at', 'score'],
 *     records: [
 *       { line: 2, values: ['2026-01-05', '9'] },
 *       { line: 3, values: ['2026-01-06', 'ten'] },
 *       { line: 4, values: ['2026-01-07', '6'] },
 *     ],
 *   },
 * );
 * data?.type === 'survey-responses' && [...data.responses.score] // => [9, 6]
 * problems.map((problem) => [problem.code, problem.line, problem.path]) // => [['bad-row', 3, [1, 'score']]]
 *
 * @category Workspace
 */
export function readDataRecords(entry: WorkspaceDataEntry, records: DataRecords): CheckedDataRecords {
  checkOptions(records, ['file', 'header', 'headerLine', 'records', 'timeZone'], 'records');
  if (typeof records !== 'object' || records === null || !Array.isArray(records.records)) {
    raiseWorkspace('INVALID_INPUT', ['records', 'a records object', describeValue(records)], { path: [] });
  }
  const { file, header, headerLine = 1, timeZone } = records;
  const readInstant = instantReaderFor(timeZone);
  const problems: WorkspaceProblem[] = [];
  const report = (code: WorkspaceProblemCode, message: string, path: PropertyPath, line: number | undefined) => {
    problems.push(line === undefined ? { file, code, message, path } : { file, line, code, message, path });
  };
  if (header !== undefined) {
    // A column so named would set the prototype of each row's object, not a value: refused, never dropped.
    if (header.includes('__proto__')) {
      report('bad-row', workspaceMessages.forbiddenKey('A column of the header'), ['__proto__'], headerLine);
      return { data: undefined, problems };
    }
    for (const column of requiredColumns(entry)) {
      if (!header.includes(column))
        report('missing-column', workspaceMessages.missingColumn(column, header), [column], headerLine);
    }
    if (problems.length > 0) return { data: undefined, problems };
  }
  const good: Array<{ readonly index: number; readonly values: Readonly<Record<string, unknown>> }> = [];
  records.records.forEach((record, index) => {
    let values: Readonly<Record<string, unknown>>;
    if (header !== undefined && Array.isArray(record.values)) {
      if (record.values.length !== header.length) {
        report('bad-row', workspaceMessages.wrongCellCount(record.values.length, header.length), [index], record.line);
        return;
      }
      values = Object.fromEntries(header.map((column, position) => [column, record.values[position as never]]));
    } else if (typeof record.values === 'object' && record.values !== null && !Array.isArray(record.values)) {
      // JSON.parse keeps "__proto__" as an own key; copied into an object it would set the prototype instead.
      if (Object.hasOwn(record.values, '__proto__')) {
        report('bad-row', workspaceMessages.forbiddenKey('A key of the row'), [index, '__proto__'], record.line);
        return;
      }
      values = record.values as Readonly<Record<string, unknown>>;
    } else {
      report('bad-row', workspaceMessages.badRecord(describeValue(record.values)), [index], record.line);
      return;
    }
    good.push({ index, values });
  });
  // Rows are converted column by column into growable lists first, then into typed
  // arrays once the number of good rows is known.
  const rowsOf = (convert: (values: Readonly<Record<string, unknown>>) => void) => {
    for (const { index, values } of good) {
      try {
        convert(values);
      } catch (error) {
        if (!(error instanceof RowProblem)) throw error;
        const line = records.records[index]?.line;
        report('bad-row', error.message, error.column === undefined ? [index] : [index, error.column], line);
      }
    }
  };
  const base = { id: entry.id, file: entry.file };
  switch (entry.type) {
    case 'survey-responses': {
      const at: number[] = [];
      const score: number[] = [];
      const segment: string[] = [];
      const hasSegment =
        header === undefined ? good.some(({ values }) => values.segment !== undefined) : header.includes('segment');
      // The customer who answered, to join answers to business outcomes; blank when unknown.
      const customer: string[] = [];
      const hasCustomer =
        header === undefined ? good.some(({ values }) => values.customer !== undefined) : header.includes('customer');
      rowsOf((values) => {
        const time = instantFrom(values.at, 'at', readInstant);
        const value = integerFrom(values.score, 'score');
        const group = hasSegment ? (isBlank(values.segment) ? '' : textFrom(values.segment, 'segment')) : '';
        const who = hasCustomer && !isBlank(values.customer) ? textFrom(values.customer, 'customer') : '';
        at.push(time);
        score.push(value);
        if (hasSegment) segment.push(group);
        if (hasCustomer) customer.push(who);
      });
      const responses = {
        at: Float64Array.from(at),
        score: Float64Array.from(score),
        ...(hasSegment ? { segment } : {}),
        ...(hasCustomer ? { customer } : {}),
      };
      return { data: { type: 'survey-responses', ...base, metric: entry.metric, responses }, problems };
    }
    case 'journey-events': {
      const caseIds: string[] = [];
      const eventNames: string[] = [];
      const caseIndexOf = new Map<string, number>();
      const eventIndexOf = new Map<string, number>();
      const caseIndex: number[] = [];
      const eventIndex: number[] = [];
      const at: number[] = [];
      const indexIn = (map: Map<string, number>, list: string[], name: string) => {
        let found = map.get(name);
        if (found === undefined) {
          found = list.length;
          map.set(name, found);
          list.push(name);
        }
        return found;
      };
      rowsOf((values) => {
        const caseId = textFrom(values.case, 'case');
        const event = textFrom(values.event, 'event');
        const time = instantFrom(values.at, 'at', readInstant);
        caseIndex.push(indexIn(caseIndexOf, caseIds, caseId));
        eventIndex.push(indexIn(eventIndexOf, eventNames, event));
        at.push(time);
      });
      const events = {
        caseIndex: Uint32Array.from(caseIndex),
        eventIndex: Uint32Array.from(eventIndex),
        at: Float64Array.from(at),
        caseIds,
        eventNames,
      };
      return { data: { type: 'journey-events', ...base, journey: entry.journey, events }, problems };
    }
    case 'driver-observations': {
      const names = [...entry.drivers, entry.outcome];
      const lists = names.map(() => [] as number[]);
      const weights: number[] = [];
      const hasWeight =
        header === undefined ? good.some(({ values }) => values.weight !== undefined) : header.includes('weight');
      rowsOf((values) => {
        const row = names.map((name) => numberFrom(values[name], name));
        const weight = hasWeight ? numberFrom(values.weight, 'weight') : 0;
        if (hasWeight && weight < 0)
          throw new RowProblem(workspaceMessages.badNumber('weight', describeValue(values.weight)), 'weight');
        row.forEach((value, position) => {
          (lists[position] as number[]).push(value);
        });
        if (hasWeight) weights.push(weight);
      });
      const columns = Object.fromEntries(
        names.map((name, position) => [name, Float64Array.from(lists[position] as number[])]),
      );
      return {
        data: {
          type: 'driver-observations',
          ...base,
          outcome: entry.outcome,
          drivers: [...entry.drivers],
          columns,
          ...(hasWeight ? { weights: Float64Array.from(weights) } : {}),
          ...(entry.performance === undefined
            ? {}
            : { performance: entry.performance as Readonly<Record<string, DriverPerformance>> }),
        },
        problems,
      };
    }
    case 'maturity-responses': {
      const responses: Array<{ respondent: string; group: string; answers: Record<string, number | null> }> = [];
      rowsOf((values) => {
        const respondent = textFrom(values.respondent, 'respondent');
        const group = textFrom(values.group, 'group');
        const answers: Record<string, number | null> = {};
        for (const [question, answer] of Object.entries(values)) {
          if (question === 'respondent' || question === 'group') continue;
          answers[question] = isBlank(answer) ? null : integerFrom(answer, question);
        }
        responses.push({ respondent, group, answers });
      });
      return { data: { type: 'maturity-responses', ...base, model: entry.model, responses }, problems };
    }
    case 'customer-outcomes': {
      const customer: string[] = [];
      const value: Array<boolean | number> = [];
      const at: number[] = [];
      const hasAt = header === undefined ? good.some(({ values }) => values.at !== undefined) : header.includes('at');
      let kind: 'boolean' | 'number' | undefined;
      rowsOf((values) => {
        const who = textFrom(values.customer, 'customer');
        const outcome = outcomeFrom(values.value, kind);
        const time = hasAt ? instantFrom(values.at, 'at', readInstant) : 0;
        kind = typeof outcome === 'boolean' ? 'boolean' : 'number';
        customer.push(who);
        value.push(outcome);
        if (hasAt) at.push(time);
      });
      const outcomes = { customer, value, ...(hasAt ? { at: Float64Array.from(at) } : {}) };
      return {
        data: { type: 'customer-outcomes', ...base, survey: entry.survey, outcome: entry.outcome, outcomes },
        problems,
      };
    }
    case 'business-measures': {
      const period: string[] = [];
      const value: number[] = [];
      const seen = new Set<string>();
      rowsOf((values) => {
        const month = periodFrom(values.period);
        const measure = numberFrom(values.value, 'value');
        if (seen.has(month)) throw new RowProblem(workspaceMessages.repeatedPeriod(month), 'period');
        seen.add(month);
        period.push(month);
        value.push(measure);
      });
      return {
        data: {
          type: 'business-measures',
          ...base,
          survey: entry.survey,
          measure: entry.measure,
          ...(entry.maxLag === undefined ? {} : { maxLag: entry.maxLag }),
          measures: { period, value: Float64Array.from(value) },
        },
        problems,
      };
    }
    case 'metric-observations': {
      const observations: Array<{ metric: string; at: number; value: number; lower?: number; upper?: number }> = [];
      rowsOf((values) => {
        const metric = textFrom(values.metric, 'metric');
        const time = instantFrom(values.at, 'at', readInstant);
        const value = numberFrom(values.value, 'value');
        // An interval is both bounds around the value, or none: half of one is a typo.
        const lower = isBlank(values.lower) ? undefined : numberFrom(values.lower, 'lower');
        const upper = isBlank(values.upper) ? undefined : numberFrom(values.upper, 'upper');
        if ((lower === undefined) !== (upper === undefined)) {
          const missing = lower === undefined ? 'lower' : 'upper';
          throw new RowProblem(workspaceMessages.halfInterval(missing), missing);
        }
        if (lower !== undefined && upper !== undefined && !(lower <= value && value <= upper)) {
          throw new RowProblem(workspaceMessages.valueOutsideInterval(value, lower, upper), 'value');
        }
        observations.push({
          metric,
          at: time,
          value,
          ...(lower === undefined || upper === undefined ? {} : { lower, upper }),
        });
      });
      return { data: { type: 'metric-observations', ...base, observations }, problems };
    }
  }
}
