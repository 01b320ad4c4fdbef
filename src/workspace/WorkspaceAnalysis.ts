// Types come from the files that declare them, not the modules' index files: the .d.ts
// build keeps each source file as its own chunk, and a type re-exported through an index
// that is also a dependency would make the chunks import each other.
import type { Charter } from '../governance/charterDocument';
import type { DecisionLog } from '../governance/decisionLogDocument';
import type { FundedPortfolio } from '../governance/fundPortfolio';
import type { Portfolio } from '../governance/portfolioDocument';
import type { DecisionLogReplay } from '../governance/replayDecisionLog';
import type { JourneyComparison } from '../journeys/compareJourneyMeasures';
import type { DurationStatistics } from '../journeys/DurationStatistics';
import type { JourneyMeasure } from '../journeys/JourneyMeasure';
import type { Journey } from '../journeys/journeyDocument';
import type { MaturityAggregate } from '../maturity/MaturityAggregate';
import type { RecurringDip } from '../metrics/findRecurringDips';
import type { LeadLag } from '../metrics/leadLag';
import type { MetricDefinition } from '../metrics/metricDefinitionDocument';
import type { OutcomesByScoreCategory } from '../metrics/outcomesByScoreCategory';
import type { ScoreComparison } from '../metrics/ScoreComparison';
import type { ScoreSeries } from '../metrics/scoreSeries';
import type { EducationPlan } from '../people/educationPlanDocument';
import type { ImmersionLog } from '../people/immersionLogDocument';
import type { JourneyTimeline } from '../render/journeyTimeline';
import type { SuccessEvaluation } from '../strategy/SuccessEvaluation';
import type { SuccessStatement } from '../strategy/successStatementDocument';
import type { DriverClassification } from '../transfer/classifyDrivers';
import type { DriverImportanceMethod } from '../transfer/DriverImportanceMethod';
import type { DriverImportance } from '../transfer/driverImportance';
import type { TransferFunction } from '../transfer/TransferFunction';
import type { WorkspaceFinding } from './WorkspaceFinding';
import type { JourneyComparisonPeriod } from './workspaceManifestDocument';

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
  /** The latest periods pooled against as many before them; `null` with fewer than two periods. */
  readonly trend: SurveyTrend | null;
}

/**
 * Where a score is heading: the overall series' latest periods (up to twelve) pooled
 * and compared with as many periods before them, so that with monthly data a year is
 * compared with the year before and a month that dips every year is in both.
 *
 * @category Analysis
 */
export interface SurveyTrend {
  /** How many periods each window holds. */
  readonly periods: number;
  /** The latest window: its first and last period, the pooled score and n. */
  readonly recent: { readonly from: string; readonly to: string; readonly score: number; readonly n: number };
  /** The window before it. */
  readonly previous: { readonly from: string; readonly to: string; readonly score: number; readonly n: number };
  /** Recent − previous, with its interval and p-value, by the metric's own test (`compareNps`, `compareCsat`, `compareCes`). */
  readonly comparison: ScoreComparison;
}

/**
 * One step of a journey, before and after.
 *
 * @category Analysis
 */
export interface StepComparison {
  readonly id: string;
  readonly name: string;
  /** The step's durations in the period before; `null` when no case of it completed the step. */
  readonly before: DurationStatistics | null;
  readonly after: DurationStatistics | null;
  /** After − before P50, in milliseconds; `null` when either side is. */
  readonly change: number | null;
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
  /** The steps laid out in time from the boundary start (median offsets over the finished cases), for `journeyTimeline`. */
  readonly timeline: JourneyTimeline;
  readonly comparison: {
    readonly before: { readonly period: JourneyComparisonPeriod; readonly measure: JourneyMeasure<null> };
    readonly after: { readonly period: JourneyComparisonPeriod; readonly measure: JourneyMeasure<null> };
    readonly result: JourneyComparison;
    /** Every step's durations before and after, in the journey's order. */
    readonly steps: readonly StepComparison[];
    /**
     * The step the verdict turns on, by its P50: when the company's gain did not reach the
     * customer, when customers got worse off or the spread grew, the step that grew most
     * (where the time went); when customers felt the gain, the step that shrank most
     * (where it came from); with no change, the step that moved most. `null` when no step
     * moved.
     */
    readonly keyStep: string | null;
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
  /** The outcome column (Y). */
  readonly outcome: string;
  readonly fit: TransferFunction;
  /** Shapley up to 12 drivers (exact over every subset), relative weights beyond. */
  readonly method: DriverImportanceMethod;
  readonly importance: DriverImportance;
  readonly classification: DriverClassification | null;
  /** The outcome's and drivers' titles and units, from the metric-tree nodes with their ids (the first tree that has each). */
  readonly names: Readonly<Record<string, MeasureName>>;
}

/**
 * A measure's name for people, from the document that defines it.
 *
 * @category Analysis
 */
export interface MeasureName {
  readonly title: string;
  readonly unit: string | null;
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
  /** Recommendation titles, from the portfolio ideas with the same ids. */
  readonly titles: Readonly<Record<string, string>>;
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
 * Customers' outcomes by the category of their last answer before the outcome
 * (`outcomesByScoreCategory`).
 *
 * @category Analysis
 */
export interface OutcomeAnalysis {
  /** The customer-outcomes data id. */
  readonly data: string;
  readonly file: string;
  /** The survey data id the outcomes are joined to. */
  readonly survey: string;
  /** What the outcome is, in words. */
  readonly outcome: string;
  /** The metric definition of the survey's scores. */
  readonly definition: MetricDefinition;
  readonly result: OutcomesByScoreCategory;
}

/**
 * A business measure set against the survey's monthly score (`leadLag`), over the
 * consecutive months both have.
 *
 * @category Analysis
 */
export interface LeadLagAnalysis {
  /** The business-measures data id. */
  readonly data: string;
  readonly file: string;
  readonly survey: string;
  /** What the measure is, in words. */
  readonly measure: string;
  readonly definition: MetricDefinition;
  /** The months compared, oldest first, and each side's value. */
  readonly periods: readonly string[];
  readonly scores: readonly number[];
  readonly values: readonly number[];
  readonly result: LeadLag;
}

/**
 * The people side of a workspace: its immersion logs, education plans and
 * employee-feedback metric definitions (`respondents: 'employees'`), for the report.
 *
 * @category Analysis
 */
export interface PeopleAnalysis {
  readonly immersionLogs: ReadonlyArray<{ readonly file: string; readonly log: ImmersionLog }>;
  readonly educationPlans: ReadonlyArray<{ readonly file: string; readonly plan: EducationPlan }>;
  readonly employeeMetrics: readonly MetricDefinition[];
}

/**
 * Where a success metric's values came from: rows of metric-observations files that
 * name it, or the score series of the survey data on the metric definition with its id.
 *
 * @category Analysis
 */
export interface SuccessMetricSource {
  readonly type: 'metric-observations' | 'survey-responses';
  /** The data set ids. */
  readonly data: readonly string[];
}

/**
 * A success statement evaluated against the values the workspace holds for its metrics
 * (`evaluateSuccess`), for the strategy scorecard.
 *
 * @category Analysis
 */
export interface SuccessAnalysis {
  /** The file the statement is in (a strategy document holds its statements inline). */
  readonly file: string;
  readonly statement: SuccessStatement;
  readonly evaluation: SuccessEvaluation;
  /** Per metric, in the statement's order: where its values came from (`null`: nowhere in the workspace) and the interval of the value its verdict rests on, where the source gives one. */
  readonly metrics: ReadonlyArray<{
    readonly metric: string;
    /** The metric's title, from the metric definition or metric-tree node with its id; `null` when none has it. */
    readonly title: string | null;
    readonly source: SuccessMetricSource | null;
    readonly interval: { readonly lower: number; readonly upper: number; readonly level: number | null } | null;
  }>;
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
  readonly organization: string | null;
  /** The `asOf` used, as given. */
  readonly asOf: string;
  readonly timeZone: string;
  /** Every lint and audit finding (`lintWorkspace`), load problems included. */
  readonly findings: readonly WorkspaceFinding[];
  readonly surveys: readonly SurveyAnalysis[];
  /** Every success statement evaluated as of `asOf`: those inside strategy documents first, then the standalone ones, in file order. */
  readonly success: readonly SuccessAnalysis[];
  readonly journeys: readonly JourneyAnalysis[];
  readonly drivers: readonly DriverAnalysis[];
  readonly maturity: readonly MaturityAnalysis[];
  readonly governance: readonly GovernanceAnalysis[];
  readonly portfolios: readonly PortfolioAnalysis[];
  /** Customers' outcomes by the category of their answer, per customer-outcomes data set. */
  readonly outcomes: readonly OutcomeAnalysis[];
  /** Business measures against the survey's monthly score, per business-measures data set. */
  readonly leadLags: readonly LeadLagAnalysis[];
  /** Immersion logs, education plans and employee-feedback metrics; `null` when the workspace has none. */
  readonly people: PeopleAnalysis | null;
  /** Analyses the data did not allow: never dropped without a word. */
  readonly notComputed: readonly AnalysisNotComputed[];
}
