import type { PropertyPath } from '../core/errors/PropertyPath';
import type { DriverPerformance } from '../transfer/index';
import type { WorkspaceManifest } from './workspaceManifestDocument';

/**
 * Where something in a workspace is: a file relative to the workspace root (with `/`
 * separators), and the line and column (from 1) where the file's format gives them.
 *
 * @category Workspace
 */
export interface WorkspaceSource {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

/**
 * What kind of problem a workspace load found; the lint reports each as the error rule
 * `workspace/<code>` (see `workspaceRules`).
 *
 * @category Workspace
 */
export type WorkspaceProblemCode =
  | 'invalid-syntax'
  | 'invalid-document'
  | 'unknown-kind'
  | 'newer-schema'
  | 'duplicate-id'
  | 'missing-link'
  | 'missing-file'
  | 'outside-workspace'
  | 'missing-column'
  | 'bad-row'
  | 'too-large';

/**
 * A problem found while loading a workspace: a file that is not valid YAML or JSON, a
 * document its schema refuses, an unknown kind, a newer schema version, an id used
 * twice, a link to a missing document, a data file or column that is missing, a file
 * whose real location is outside the workspace (never read), a bad data row, or a file too large to read. Each names its file, its line where known, and the path inside the document
 * (or `[row, column]` for data).
 *
 * @category Workspace
 */
export interface WorkspaceProblem extends WorkspaceSource {
  readonly code: WorkspaceProblemCode;
  readonly message: string;
  readonly path: PropertyPath;
}

/**
 * One document of a workspace, parsed by its kind's schema.
 *
 * @category Workspace
 */
export interface WorkspaceDocumentEntry<Document = unknown> {
  /** The file, relative to the workspace root, with `/` separators. */
  readonly file: string;
  readonly kind: string;
  readonly id: string;
  /** The document as its kind's parse function returns it (migrated to the current schema version). */
  readonly document: Document;
  /** Where a path inside the document is in the file; `undefined` when the format or the path gives none. */
  readonly locate: (path: PropertyPath) => { readonly line: number; readonly column: number } | undefined;
}

/**
 * Survey responses for one metric definition: `at` in epoch milliseconds, `score` as
 * numbers, `segment` when the file has the column. Pass `responses` to `scoreSeries`.
 *
 * @category Workspace
 */
export interface SurveyResponsesData {
  readonly type: 'survey-responses';
  readonly id: string;
  readonly file: string;
  /** The metric-definition document id. */
  readonly metric: string;
  readonly responses: {
    readonly at: Float64Array;
    readonly score: Float64Array;
    readonly segment?: readonly string[];
    /** Who answered, when the file has a `customer` column (`''` where a row leaves it blank). */
    readonly customer?: readonly string[];
  };
}

/**
 * A journey event log in the columns `measureJourney` reads: `caseIndex` into
 * `caseIds`, `eventIndex` into `eventNames`, `at` in epoch milliseconds.
 *
 * @category Workspace
 */
export interface JourneyEventsData {
  readonly type: 'journey-events';
  readonly id: string;
  readonly file: string;
  /** The journey document id. */
  readonly journey: string;
  readonly events: {
    readonly caseIndex: Uint32Array;
    readonly eventIndex: Uint32Array;
    readonly at: Float64Array;
    readonly caseIds: readonly string[];
    readonly eventNames: readonly string[];
  };
}

/**
 * Driver observations for a transfer function: one numeric column per driver and the
 * outcome, and `weights` when the file has a `weight` column.
 *
 * @category Workspace
 */
export interface DriverObservationsData {
  readonly type: 'driver-observations';
  readonly id: string;
  readonly file: string;
  /** The outcome column (the CX metric, Y). */
  readonly outcome: string;
  /** The driver columns (X₁…Xₙ), in the manifest's order. */
  readonly drivers: readonly string[];
  /** Every driver column and the outcome column, by name. */
  readonly columns: Readonly<Record<string, Float64Array>>;
  readonly weights?: Float64Array;
  /** Current and target per driver, from the manifest, for the importance × performance quadrant. */
  readonly performance?: Readonly<Record<string, DriverPerformance>>;
}

/**
 * Maturity survey answers: one `MaturityResponses` per respondent (an empty cell is
 * `null`, not answered).
 *
 * @category Workspace
 */
export interface MaturityResponsesData {
  readonly type: 'maturity-responses';
  readonly id: string;
  readonly file: string;
  /** A built-in model (its key in `builtInModels` or its id) or a maturity-model document id. */
  readonly model: string;
  readonly responses: ReadonlyArray<{
    readonly respondent: string;
    readonly group: string;
    readonly answers: Readonly<Record<string, number | null>>;
  }>;
}

/**
 * What customers later did, one row per customer: `value` true/false (renewed, churned)
 * or a number (spend), and `at` (epoch milliseconds) when the file has the column. Joined
 * to the `survey` data set's answers by customer.
 *
 * @category Workspace
 */
export interface CustomerOutcomesData {
  readonly type: 'customer-outcomes';
  readonly id: string;
  readonly file: string;
  /** The survey-responses data id the outcomes are joined to. */
  readonly survey: string;
  /** What the outcome is, in words. */
  readonly outcome: string;
  readonly outcomes: {
    readonly customer: readonly string[];
    readonly value: ReadonlyArray<boolean | number>;
    readonly at?: Float64Array;
  };
}

/**
 * A business measure by calendar month (`YYYY-MM`), set against the `survey` data set's
 * monthly score.
 *
 * @category Workspace
 */
export interface BusinessMeasuresData {
  readonly type: 'business-measures';
  readonly id: string;
  readonly file: string;
  /** The survey-responses data id whose monthly score the measure is set against. */
  readonly survey: string;
  /** What the measure is, in words. */
  readonly measure: string;
  /** The longest lag tried, from the manifest. */
  readonly maxLag?: number;
  readonly measures: { readonly period: readonly string[]; readonly value: Float64Array };
}

/**
 * Observed values of metrics over time, for success statements: each row names its
 * metric (a success statement's metric id), when it was measured (`at`, epoch
 * milliseconds) and the value, in the metric's own unit; `lower` and `upper` when the
 * source gives an interval for the value.
 *
 * @category Workspace
 */
export interface MetricObservationsData {
  readonly type: 'metric-observations';
  readonly id: string;
  readonly file: string;
  /** In file order. */
  readonly observations: ReadonlyArray<{
    readonly metric: string;
    readonly at: number;
    readonly value: number;
    readonly lower?: number;
    readonly upper?: number;
  }>;
}

/**
 * One data file the manifest lists, read into the columns the domain functions take.
 *
 * @category Workspace
 */
export type WorkspaceData =
  | SurveyResponsesData
  | JourneyEventsData
  | DriverObservationsData
  | MaturityResponsesData
  | CustomerOutcomesData
  | BusinessMeasuresData
  | MetricObservationsData;

/**
 * A workspace in memory: what `loadWorkspace` (in `cxkit/node`) returns and what
 * `lintWorkspace` takes. Tests and browsers can build one by hand.
 *
 * @category Workspace
 */
export interface Workspace {
  /** The manifest (`cxkit.yaml` or `cxkit.json`), `null` when absent or invalid. */
  readonly manifest: WorkspaceManifest | null;
  /** Every document that parsed, in file order. */
  readonly documents: readonly WorkspaceDocumentEntry[];
  /** One per manifest data entry that loaded (bad rows left out and reported). */
  readonly data: readonly WorkspaceData[];
  /** Every load, parse and link problem, in file order. */
  readonly problems: readonly WorkspaceProblem[];
}
