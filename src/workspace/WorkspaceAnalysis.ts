import type { Charter, DecisionLog, DecisionLogReplay, FundedPortfolio, Portfolio } from '../governance/index';
import type { Journey, JourneyComparison, JourneyMeasure } from '../journeys/index';
import type { MaturityAggregate } from '../maturity/index';
import type { LeadLag, MetricDefinition, OutcomesByScoreCategory, RecurringDip, ScoreSeries } from '../metrics/index';
import type { EducationPlan, ImmersionLog } from '../people/index';
import type {
  DriverClassification,
  DriverImportance,
  DriverImportanceMethod,
  TransferFunction,
} from '../transfer/index';
import type { WorkspaceFinding } from './WorkspaceFinding';
import type { JourneyComparisonPeriod } from './workspaceDocument';

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
  /** Customers' outcomes by the category of their answer, per customer-outcomes data set. */
  readonly outcomes: readonly OutcomeAnalysis[];
  /** Business measures against the survey's monthly score, per business-measures data set. */
  readonly leadLags: readonly LeadLagAnalysis[];
  /** Immersion logs, education plans and employee-feedback metrics; `null` when the workspace has none. */
  readonly people: PeopleAnalysis | null;
  /** Analyses the data did not allow: never dropped without a word. */
  readonly notComputed: readonly AnalysisNotComputed[];
}
