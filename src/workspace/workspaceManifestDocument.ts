import * as z from 'zod/mini';
import type { DocumentOf } from '../core/documents/DocumentType';
import { defineDocumentType } from '../core/documents/defineDocumentType';
import { isoDateSchema } from '../core/documents/documentEnvelope';
import { reportRepeats } from '../core/documents/reportRepeats';
import { identifierSchema } from '../core/identifiers/identifierSchema';
import { type BusinessDataEntry, businessDataEntrySchemas, checkBusinessDataEntries } from './businessDataEntries';

const text = () => z.string().check(z.refine((value) => value.trim() !== '', 'Expected a non-empty text.'));
// Data files are named relative to the workspace root, with `/` separators, inside it.
const relativeFile = (extensions: RegExp) =>
  text().check(
    z.refine(
      (value) => !value.startsWith('/') && !/^[A-Za-z]:/.test(value),
      'Expected a path relative to the workspace root.',
    ),
    z.refine((value) => !value.split(/[\\/]/).includes('..'), 'Expected a path inside the workspace (no "..").'),
    z.refine((value) => extensions.test(value), 'Expected a .csv or .jsonl file.'),
  );
const dataFile = () => relativeFile(/\.(csv|jsonl)$/i);
// A file in a format another tool exports: an event log or a survey export, perhaps gzipped.
const exportFile = () =>
  text().check(
    z.refine(
      (value) => !value.startsWith('/') && !/^[A-Za-z]:/.test(value),
      'Expected a path relative to the workspace root.',
    ),
    z.refine((value) => !value.split(/[\\/]/).includes('..'), 'Expected a path inside the workspace (no "..").'),
    z.refine(
      (value) => /\.(csv|jsonl|xes)(\.gz)?$/i.test(value),
      'Expected a .csv, .jsonl, .xes, .csv.gz or .xes.gz file.',
    ),
  );
const columnName = () => text();

/** The formats a journey-events entry reads besides cxkit's own `case`, `event`, `at` columns. */
const eventLogFormats = ['xes', 'process-mining-csv'] as const;
/** The formats a survey-responses entry reads besides cxkit's own `at`, `score`, `segment` columns. */
const surveyExportFormats = ['qualtrics', 'csv'] as const;
const dataId = () => identifierSchema('DataId');

const driverPerformanceSchema = () =>
  z.strictObject({
    /** Where the driver stands now, in its own unit. */
    current: z.number(),
    /** Where the team wants it. */
    target: z.number(),
    /** Whether more is better (satisfaction) or less (days to repair); as `classifyDrivers` reads it. */
    direction: z.optional(z.enum(['higher-is-better', 'lower-is-better'])),
  });

const comparisonPeriodSchema = () =>
  z
    .strictObject({
      /** What the period stands for, e.g. "Before the shop program". */
      label: text(),
      from: isoDateSchema,
      to: isoDateSchema,
    })
    .check(z.refine((period) => period.from < period.to, { error: 'Expected from before to.', path: ['to'] }));

const dataEntrySchema = () =>
  z.discriminatedUnion('type', [
    z.strictObject({
      id: dataId(),
      type: z.literal('survey-responses'),
      file: exportFile(),
      /** The metric-definition document the scores are on. */
      metric: identifierSchema('MetricId'),
      /**
       * `qualtrics` (a Qualtrics CSV export, current or legacy) or `csv` (any CSV, its columns
       * named below). Absent: cxkit's own `at`, `score`, `segment` columns.
       */
      format: z.optional(z.enum(surveyExportFormats)),
      /** The score question: QID, header or question text (with a format). */
      score: z.optional(columnName()),
      /** The time column (default `RecordedDate` for Qualtrics; required for `csv`). */
      time: z.optional(columnName()),
      /** A column to read as the segment. */
      segment: z.optional(columnName()),
      /** Choice text to score, for an export of choice text. */
      recode: z.optional(z.record(z.string(), z.number())),
      /** Rows left out by default to read after all. */
      include: z.optional(z.array(z.enum(['preview', 'test', 'spam', 'unfinished']))),
    }),
    z.strictObject({
      id: dataId(),
      type: z.literal('journey-events'),
      file: exportFile(),
      /** The journey document whose events the log records. */
      journey: identifierSchema('JourneyId'),
      /**
       * `xes` (IEEE 1849 XES, `.xes` or `.xes.gz`) or `process-mining-csv` (pm4py, Celonis,
       * Disco columns, or those named in `columns`). Absent: cxkit's own `case`, `event`, `at` columns.
       */
      format: z.optional(z.enum(eventLogFormats)),
      /** For `process-mining-csv`: the columns of the case, activity, times and lifecycle, when not the usual names. */
      columns: z.optional(
        z.strictObject({
          case: z.optional(columnName()),
          activity: z.optional(columnName()),
          time: z.optional(columnName()),
          start: z.optional(z.nullable(columnName())),
          lifecycle: z.optional(z.nullable(columnName())),
        }),
      ),
      /**
       * Two periods to compare (before and after a change): a case belongs to the period
       * its first event falls in; `from` inclusive, `to` exclusive, in the manifest's time zone.
       */
      compare: z.optional(z.strictObject({ before: comparisonPeriodSchema(), after: comparisonPeriodSchema() })),
    }),
    z.strictObject({
      id: dataId(),
      type: z.literal('driver-observations'),
      file: dataFile(),
      /** The column holding the CX outcome (Y). */
      outcome: text(),
      /** The driver columns (X₁…Xₙ). */
      drivers: z.array(text()).check(z.minLength(1)),
      /** Current and target per driver, for the importance × performance quadrant. */
      performance: z.optional(z.record(z.string(), driverPerformanceSchema())),
    }),
    z.strictObject({
      id: dataId(),
      type: z.literal('metric-observations'),
      file: dataFile(),
    }),
    z.strictObject({
      id: dataId(),
      type: z.literal('maturity-responses'),
      file: dataFile(),
      /** A built-in model (its key in builtInModels, or its id) or a maturity-model document id. */
      model: identifierSchema('MaturityModelId'),
    }),
    ...businessDataEntrySchemas(),
  ]);

type DataEntryCheck = Parameters<NonNullable<Parameters<typeof defineDocumentType>[0]['check']>>[1];

// Which files each format reads, and which options belong to it.
function checkFormat(entry: Record<string, unknown>, index: number, report: DataEntryCheck): void {
  if (entry.type !== 'survey-responses' && entry.type !== 'journey-events') return;
  const file = String(entry.file);
  const format = entry.format as string | undefined;
  const expected = format === 'xes' ? /\.xes(\.gz)?$/i : format === undefined ? /\.(csv|jsonl)$/i : /\.csv(\.gz)?$/i;
  if (!expected.test(file)) {
    report({
      message: `File ${file} does not fit format ${format ?? '(cxkit columns)'}: ${format === 'xes' ? 'expected .xes or .xes.gz' : format === undefined ? 'expected .csv or .jsonl (name a format to read an export)' : 'expected .csv or .csv.gz'}.`,
      path: ['data', index, 'file'],
    });
  }
  const mapping = entry.type === 'survey-responses' ? ['score', 'time', 'segment', 'recode', 'include'] : ['columns'];
  for (const option of mapping) {
    if (entry[option] === undefined) continue;
    if (format === undefined || (option === 'columns' && format !== 'process-mining-csv')) {
      report({
        message: `${option} belongs to ${entry.type === 'survey-responses' ? 'format qualtrics or csv' : 'format process-mining-csv'}; ${format === undefined ? 'name the format' : `format ${format} does not take it`}.`,
        path: ['data', index, option],
      });
    }
  }
  if (entry.type === 'survey-responses' && format !== undefined && entry.score === undefined) {
    report({
      message: `Format ${format} needs score: the question (QID, header or text) that holds the score.`,
      path: ['data', index, 'score'],
    });
  }
  if (entry.type === 'survey-responses' && format === 'csv' && entry.time === undefined) {
    report({
      message: 'Format csv needs time: the column that says when each response was given.',
      path: ['data', index, 'time'],
    });
  }
}

/**
 * The document kind `workspace`: the manifest at the root of a CX workspace
 * (`cxkit.yaml` or `cxkit.json`). It names the organization, the day audits are run as
 * of (`asOf`, which the command's `--as-of` overrides), the time zone, folders not to
 * scan (`exclude`), and the data files to read, each with its type and the document it
 * belongs to: survey responses with their `metric` (cxkit's own columns, or a Qualtrics
 * or mapped CSV export named by `format`), journey events with their `journey` (cxkit's
 * own columns, or an XES or process-mining CSV log named by `format`),
 * driver observations with their `outcome` and `drivers` (and optional `performance`
 * per driver), maturity responses with their `model`, metric observations (the values
 * of success-statement metrics over time, each row naming its metric), and the business
 * results the ratings are linked to: customer outcomes and business measures, each with
 * the `survey` data set it is set against.
 *
 * Checked as a whole: data ids are unique, no file is listed twice, a driver is not
 * also the outcome, `performance` names drivers only, and a business entry's `survey`
 * names a survey-responses entry.
 *
 * @example
 * import { parseDocument } from 'cxkit/core';
 * import { workspaceManifestDocument } from 'cxkit/workspace';
 *
 * const manifest = parseDocument(workspaceManifestDocument, {
 *   kind: 'workspace',
 *   schemaVersion: 1,
 *   id: 'northwind',
 *   title: 'Northwind CX workspace',
 *   asOf: '2026-11-01',
 *   data: [{ id: 'relationship-survey', type: 'survey-responses', file: 'data/survey.csv', metric: 'relationship-nps' }],
 * });
 * manifest.data?.[0]?.type // => 'survey-responses'
 * parseDocument(workspaceManifestDocument, { ...manifest, data: [{ id: 'x', type: 'survey-responses', file: '../survey.csv', metric: 'nps' }] })
 * // throws CxValidationError VALIDATION_FAILED
 *
 * @category Workspace
 */
export const workspaceManifestDocument = /* @__PURE__ */ defineDocumentType({
  kind: 'workspace',
  schemaVersion: 1,
  description:
    'The manifest of a cxkit workspace: the organization, the day audits are run as of, the time zone, folders not scanned, and the data files to read.',
  shape: {
    /** The organization's name, for reports. */
    organization: z.optional(text()),
    /** The "today" for audits and open cases (an ISO date); the command's --as-of wins. */
    asOf: z.optional(isoDateSchema),
    /** An IANA time zone for dates without an offset. Default UTC. */
    timeZone: z.optional(text()),
    /**
     * How long a metric program may run without a recorded review or a change, in
     * calendar months, before lint reports `metric/not-reviewed` (`lintMetricHistory`'s
     * `reviewWithinMonths`). Default 24.
     */
    reviewWithinMonths: z.optional(z.number().check(z.int(), z.gte(1))),
    /** Folders (relative to the root) not scanned for documents. */
    exclude: z.optional(z.array(text())),
    data: z.optional(z.array(dataEntrySchema())),
  },
  check: (document, report) => {
    const data = document.data ?? [];
    checkBusinessDataEntries(data, report);
    reportRepeats(
      data.map((entry) => entry.id),
      'Data id',
      (index) => ['data', index, 'id'],
      report,
    );
    reportRepeats(
      data.map((entry) => entry.file),
      'File',
      (index) => ['data', index, 'file'],
      report,
      'List each file once.',
    );
    data.forEach((entry, index) => {
      checkFormat(entry, index, report);
      if (entry.type !== 'driver-observations') return;
      entry.drivers.forEach((driver, position) => {
        if (driver === entry.outcome) {
          report({
            message: `Driver ${JSON.stringify(driver)} is also the outcome.`,
            path: ['data', index, 'drivers', position],
          });
        }
      });
      for (const driver of Object.keys(entry.performance ?? {})) {
        if (entry.drivers.includes(driver)) continue;
        report({
          message: `performance names ${JSON.stringify(driver)}, which is not one of the drivers (${entry.drivers.join(', ')}).`,
          path: ['data', index, 'performance', driver],
        });
      }
    });
  },
});

/**
 * A workspace manifest as parsed.
 *
 * @category Workspace
 */
export type WorkspaceManifest = DocumentOf<typeof workspaceManifestDocument>;

/**
 * One data entry of a manifest (as parsed, or written by hand with plain strings).
 *
 * @category Workspace
 */
export type WorkspaceDataEntry =
  | {
      readonly id: string;
      readonly type: 'survey-responses';
      readonly file: string;
      readonly metric: string;
      readonly format?: 'qualtrics' | 'csv' | undefined;
      readonly score?: string | undefined;
      readonly time?: string | undefined;
      readonly segment?: string | undefined;
      readonly recode?: Readonly<Record<string, number>> | undefined;
      readonly include?: readonly ('preview' | 'test' | 'spam' | 'unfinished')[] | undefined;
    }
  | {
      readonly id: string;
      readonly type: 'journey-events';
      readonly file: string;
      readonly journey: string;
      readonly format?: 'xes' | 'process-mining-csv' | undefined;
      readonly columns?:
        | {
            readonly case?: string | undefined;
            readonly activity?: string | undefined;
            readonly time?: string | undefined;
            readonly start?: string | null | undefined;
            readonly lifecycle?: string | null | undefined;
          }
        | undefined;
      readonly compare?:
        | { readonly before: JourneyComparisonPeriod; readonly after: JourneyComparisonPeriod }
        | undefined;
    }
  | {
      readonly id: string;
      readonly type: 'driver-observations';
      readonly file: string;
      readonly outcome: string;
      readonly drivers: readonly string[];
      readonly performance?:
        | Readonly<
            Record<
              string,
              {
                readonly current: number;
                readonly target: number;
                readonly direction?: 'higher-is-better' | 'lower-is-better' | undefined;
              }
            >
          >
        | undefined;
    }
  | { readonly id: string; readonly type: 'metric-observations'; readonly file: string }
  | { readonly id: string; readonly type: 'maturity-responses'; readonly file: string; readonly model: string }
  | BusinessDataEntry;

/**
 * One of the two periods a journey-events data entry compares: a label and the dates
 * its cases start within (`from` inclusive, `to` exclusive).
 *
 * @category Workspace
 */
export interface JourneyComparisonPeriod {
  readonly label: string;
  readonly from: string;
  readonly to: string;
}
