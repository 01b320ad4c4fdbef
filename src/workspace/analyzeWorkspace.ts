import { CxError } from '../core/errors/CxError';
import { checkOptions } from '../core/errors/checkOptions';
import type { Instant } from '../core/periods/Period';
import { parseInstant } from '../core/periods/parseInstant';
import {
  type Charter,
  type DecisionLog,
  type DecisionLogReplay,
  type FundedPortfolio,
  fundPortfolio,
  type Portfolio,
  replayDecisionLog,
} from '../governance/index';
import {
  compareJourneyMeasures,
  type Journey,
  type JourneyComparison,
  type JourneyEventColumns,
  type JourneyMeasure,
  measureJourney,
} from '../journeys/index';
import { aggregateAssessments, builtInModels, type MaturityAggregate, type MaturityModel } from '../maturity/index';
import {
  defineScale,
  findRecurringDips,
  type MetricDefinition,
  type RecurringDip,
  type ScoreSeries,
  scoreSeries,
} from '../metrics/index';
import {
  classifyDrivers,
  type DriverClassification,
  type DriverImportance,
  type DriverImportanceMethod,
  driverImportance,
  fitTransferFunction,
  type TransferFunction,
} from '../transfer/index';
import { lintWorkspace } from './lintWorkspace';
import { raiseWorkspace } from './messages';
import type {
  DriverObservationsData,
  JourneyEventsData,
  MaturityResponsesData,
  SurveyResponsesData,
  Workspace,
  WorkspaceDocumentEntry,
} from './Workspace';
import type { WorkspaceFinding } from './WorkspaceFinding';
import type { JourneyComparisonPeriod } from './workspaceDocument';

/**
 * Options for {@link analyzeWorkspace}.
 *
 * @category Analysis
 */
export interface AnalyzeWorkspaceOptions {
  /**
   * The day the analysis is run as of: open journey cases are aged to it and audits
   * judged on it. Default: the manifest's `asOf`; with neither, `analyzeWorkspace`
   * throws (cxkit never reads the clock).
   */
  readonly asOf?: Instant;
  /** The time zone for periods and dates without an offset. Default: the manifest's `timeZone`, else UTC. */
  readonly timeZone?: string;
}

/**
 * A survey data set's monthly score series and the months that dip every year.
 *
 * @category Analysis
 */
export interface SurveyAnalysis {
  readonly data: string;
  readonly file: string;
  /** The metric definition the scores are on. */
  readonly definition: MetricDefinition;
  /** Month by month, per segment when the file has one, with intervals and minimum-n flags. */
  readonly series: ScoreSeries;
  /** The months that dip in most years (`findRecurringDips`). */
  readonly dips: readonly RecurringDip[];
}

/**
 * A journey measured wing to wing over its event log, and before/after when the
 * manifest names two periods to compare.
 *
 * @category Analysis
 */
export interface JourneyAnalysis {
  readonly data: string;
  readonly file: string;
  readonly journey: Journey;
  /** Every case of the log, measured as of `asOf`. */
  readonly measure: JourneyMeasure<null>;
  readonly comparison: {
    readonly before: { readonly period: JourneyComparisonPeriod; readonly measure: JourneyMeasure<null> };
    readonly after: { readonly period: JourneyComparisonPeriod; readonly measure: JourneyMeasure<null> };
    readonly result: JourneyComparison;
  } | null;
}

/**
 * A transfer function fitted on driver observations, each driver's importance, and
 * the importance × performance quadrants when the manifest gives current and target.
 *
 * @category Analysis
 */
export interface DriverAnalysis {
  readonly data: string;
  readonly file: string;
  readonly fit: TransferFunction;
  /** Shapley up to 12 drivers (exact over every subset), relative weights beyond. */
  readonly method: DriverImportanceMethod;
  readonly importance: DriverImportance;
  readonly classification: DriverClassification | null;
}

/**
 * Maturity responses aggregated by group, with agreement and perception gaps.
 *
 * @category Analysis
 */
export interface MaturityAnalysis {
  readonly data: string;
  readonly file: string;
  readonly aggregate: MaturityAggregate;
}

/**
 * A decision log replayed against its charter.
 *
 * @category Analysis
 */
export interface GovernanceAnalysis {
  readonly file: string;
  readonly log: DecisionLog;
  readonly charter: Charter;
  readonly replay: DecisionLogReplay;
}

/**
 * A portfolio funded within its budget.
 *
 * @category Analysis
 */
export interface PortfolioAnalysis {
  readonly file: string;
  readonly portfolio: Portfolio;
  readonly funded: FundedPortfolio;
}

/**
 * An analysis the data did not allow, and why (the error's code and message).
 *
 * @category Analysis
 */
export interface AnalysisNotComputed {
  /** The data set id or document id the analysis was for. */
  readonly source: string;
  readonly file: string;
  readonly analysis: string;
  readonly code: string;
  readonly reason: string;
}

/**
 * Everything {@link analyzeWorkspace} computed, and what it could not.
 *
 * @category Analysis
 */
export interface WorkspaceAnalysis {
  readonly title: string;
  readonly organisation: string | null;
  /** The `asOf` used, as given. */
  readonly asOf: string;
  readonly timeZone: string;
  /** Every lint and audit finding (`lintWorkspace`), load problems included. */
  readonly findings: readonly WorkspaceFinding[];
  readonly surveys: readonly SurveyAnalysis[];
  readonly journeys: readonly JourneyAnalysis[];
  readonly drivers: readonly DriverAnalysis[];
  readonly maturity: readonly MaturityAnalysis[];
  readonly governance: readonly GovernanceAnalysis[];
  readonly portfolios: readonly PortfolioAnalysis[];
  /** Analyses the data did not allow: never dropped without a word. */
  readonly notComputed: readonly AnalysisNotComputed[];
}

function documentsOf<Document>(workspace: Workspace, kind: string): WorkspaceDocumentEntry<Document>[] {
  return workspace.documents.filter((entry) => entry.kind === kind) as WorkspaceDocumentEntry<Document>[];
}

function modelNamed(workspace: Workspace, name: string): MaturityModel | undefined {
  const builtIn = (builtInModels as Readonly<Record<string, MaturityModel>>)[name];
  if (builtIn !== undefined) return builtIn;
  const byId = Object.values(builtInModels).find((model) => model.id === name);
  if (byId !== undefined) return byId;
  return documentsOf<MaturityModel>(workspace, 'maturity-model').find((entry) => entry.id === name)?.document;
}

function surveyAnalysis(workspace: Workspace, data: SurveyResponsesData, timeZone: string): SurveyAnalysis {
  const definition = documentsOf<MetricDefinition>(workspace, 'metric-definition').find(
    (entry) => entry.id === data.metric,
  )?.document;
  if (definition === undefined) raiseWorkspace('MISSING_LINK', ['metric definition', data.metric]);
  // The scale in force last: a series that spans a scale change is flagged by
  // lintMetricHistory, and scores off this scale are refused rather than bent onto it.
  const version = definition.versions[definition.versions.length - 1] as MetricDefinition['versions'][number];
  const scale = defineScale({
    name: definition.id,
    min: version.scale.min,
    max: version.scale.max,
    favourable: version.scale.favourable,
    ...(version.scale.unfavourable === undefined ? {} : { unfavourable: version.scale.unfavourable }),
  });
  const responses = data.responses;
  // A custom metric is scored as the share of favourable answers on its own scale, as CSAT is.
  const metric = definition.metric === 'custom' ? 'csat' : definition.metric;
  // NPS is always 0–10 (scoreSeries refuses another scale); the others take the definition's.
  const options = metric === 'nps' ? ({ metric, timeZone } as const) : ({ metric, scale, timeZone } as const);
  return {
    data: data.id,
    file: data.file,
    definition,
    series: scoreSeries(responses, { ...options, unit: 'month' }),
    dips: findRecurringDips(responses, { ...options, season: 'month' }),
  };
}

/** The events of the cases whose first event falls in [from, to), as columns. */
function casesStartedIn(events: JourneyEventsData['events'], from: number, to: number): JourneyEventColumns {
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

function journeyAnalysis(
  workspace: Workspace,
  data: JourneyEventsData,
  compare: { readonly before: JourneyComparisonPeriod; readonly after: JourneyComparisonPeriod } | undefined,
  asOf: Instant,
  timeZone: string,
): JourneyAnalysis {
  const journey = documentsOf<Journey>(workspace, 'journey').find((entry) => entry.id === data.journey)?.document;
  if (journey === undefined) raiseWorkspace('MISSING_LINK', ['journey', data.journey]);
  const options = { asOf, timeZone, includeCases: false } as const;
  const measure = measureJourney(journey, data.events, options);
  if (compare === undefined) return { data: data.id, file: data.file, journey, measure, comparison: null };
  const measured = (period: JourneyComparisonPeriod) => {
    const from = parseInstant(period.from, { timeZone });
    const to = parseInstant(period.to, { timeZone });
    return { period, measure: measureJourney(journey, casesStartedIn(data.events, from, to), options) };
  };
  const before = measured(compare.before);
  const after = measured(compare.after);
  return {
    data: data.id,
    file: data.file,
    journey,
    measure,
    comparison: { before, after, result: compareJourneyMeasures(before.measure, after.measure) },
  };
}

function driverAnalysis(data: DriverObservationsData): DriverAnalysis {
  const drivers = Object.fromEntries(data.drivers.map((driver) => [driver, data.columns[driver] as Float64Array]));
  const fit = fitTransferFunction({
    outcome: data.columns[data.outcome] as Float64Array,
    drivers,
    ...(data.weights === undefined ? {} : { weights: data.weights }),
  });
  // Shapley is exact over every subset: affordable up to a dozen drivers; beyond,
  // relative weights give nearly the same shares in a fraction of the time.
  const method = data.drivers.length <= 12 ? 'shapley' : 'relative-weights';
  const importance = driverImportance(fit, { method });
  const classification = data.performance === undefined ? null : classifyDrivers(importance, data.performance);
  return { data: data.id, file: data.file, fit, method, importance, classification };
}

function maturityAnalysis(workspace: Workspace, data: MaturityResponsesData): MaturityAnalysis {
  const model = modelNamed(workspace, data.model);
  if (model === undefined) raiseWorkspace('MISSING_LINK', ['maturity model', data.model]);
  return {
    data: data.id,
    file: data.file,
    aggregate: aggregateAssessments(model, data.responses, { groupBy: 'group' }),
  };
}

/**
 * Computes everything a workspace's documents and data allow, as the `cxkit report`
 * command shows it: every lint and audit finding; per survey data set, the monthly
 * score series with intervals and the months that dip every year; per journey event
 * log, wing-to-wing and controlled time (and before/after when the manifest's data
 * entry names `compare` periods: cases belong to the period their first event falls
 * in); per driver data set, the transfer function, driver importance (Shapley up to 12
 * drivers, relative weights beyond) and the importance × performance quadrants when the
 * manifest gives `performance`; per maturity data set, the aggregate by group with
 * perception gaps; each decision log replayed against its charter; each portfolio
 * funded within its budget.
 *
 * An analysis the data does not allow (too few rows, a constant driver, a score off
 * the scale) is not fatal: it is listed in `notComputed` with the error's code and
 * message, and the rest is still computed.
 *
 * @param workspace - A loaded workspace (`loadWorkspace` in `cxkit/node`, or built by hand).
 * @param options - `asOf` and `timeZone`; both default to the manifest's.
 * @returns The {@link WorkspaceAnalysis}.
 * @throws `CxError` `MISSING_AS_OF` when neither the options nor the manifest give `asOf`; `UNKNOWN_OPTION`.
 *
 * @example
 * import { analyzeWorkspace } from 'cxkit/workspace';
 *
 * const workspace = { manifest: null, documents: [], data: [], problems: [] };
 * const analysis = analyzeWorkspace(workspace, { asOf: '2026-11-01' });
 * [analysis.title, analysis.surveys.length, analysis.notComputed.length] // => ['CX workspace', 0, 0]
 * analyzeWorkspace(workspace) // throws CxError MISSING_AS_OF
 *
 * @category Analysis
 */
export function analyzeWorkspace(workspace: Workspace, options: AnalyzeWorkspaceOptions = {}): WorkspaceAnalysis {
  checkOptions(options, ['asOf', 'timeZone']);
  const manifest = workspace.manifest;
  const asOf = options.asOf ?? manifest?.asOf;
  if (asOf === undefined) {
    raiseWorkspace('MISSING_AS_OF', [], { path: ['asOf'] });
  }
  const timeZone = options.timeZone ?? manifest?.timeZone ?? 'UTC';
  const notComputed: AnalysisNotComputed[] = [];
  function attempt<Result>(source: string, file: string, analysis: string, run: () => Result): Result[] {
    try {
      return [run()];
    } catch (error) {
      // A CxError is the data speaking (too few rows, a constant driver): say so and go
      // on. Anything else is a defect in cxkit and must not be hidden.
      if (!(error instanceof CxError)) throw error;
      notComputed.push({ source, file, analysis, code: error.code, reason: error.message });
      return [];
    }
  }
  const entryOf = (id: string) => manifest?.data?.find((entry) => entry.id === id);
  const charters = documentsOf<Charter>(workspace, 'governance-charter');
  return {
    title: manifest?.title ?? 'CX workspace',
    organisation: manifest?.organisation ?? null,
    asOf: typeof asOf === 'string' ? asOf : new Date(parseInstant(asOf)).toISOString(),
    timeZone,
    findings: lintWorkspace(workspace, { asOf, timeZone }),
    surveys: workspace.data.flatMap((data) =>
      data.type === 'survey-responses'
        ? attempt(data.id, data.file, 'score series', () => surveyAnalysis(workspace, data, timeZone))
        : [],
    ),
    journeys: workspace.data.flatMap((data) => {
      if (data.type !== 'journey-events') return [];
      const entry = entryOf(data.id);
      const compare = entry?.type === 'journey-events' ? entry.compare : undefined;
      return attempt(data.id, data.file, 'journey measure', () =>
        journeyAnalysis(workspace, data, compare, asOf, timeZone),
      );
    }),
    drivers: workspace.data.flatMap((data) =>
      data.type === 'driver-observations'
        ? attempt(data.id, data.file, 'transfer function', () => driverAnalysis(data))
        : [],
    ),
    maturity: workspace.data.flatMap((data) =>
      data.type === 'maturity-responses'
        ? attempt(data.id, data.file, 'maturity aggregate', () => maturityAnalysis(workspace, data))
        : [],
    ),
    governance: documentsOf<DecisionLog>(workspace, 'decision-log').flatMap((entry) => {
      const charter = charters.find((candidate) => candidate.id === entry.document.charter)?.document;
      if (charter === undefined) return [];
      return attempt(entry.id, entry.file, 'decision log replay', () => ({
        file: entry.file,
        log: entry.document,
        charter,
        replay: replayDecisionLog(entry.document.events, charter),
      }));
    }),
    portfolios: documentsOf<Portfolio>(workspace, 'portfolio').flatMap((entry) =>
      attempt(entry.id, entry.file, 'funded portfolio', () => ({
        file: entry.file,
        portfolio: entry.document,
        funded: fundPortfolio(entry.document.ideas, entry.document.budget),
      })),
    ),
    notComputed,
  };
}
