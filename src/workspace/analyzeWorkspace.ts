import { CxError } from '../core/errors/CxError';
import { checkOptions } from '../core/errors/checkOptions';
import type { Instant } from '../core/periods/Period';
import { parseInstant } from '../core/periods/parseInstant';
import { type Charter, type DecisionLog, fundPortfolio, type Portfolio, replayDecisionLog } from '../governance/index';
import { documentsOf } from './analysis/documentsOf';
import { driverAnalysis } from './analysis/driverAnalysis';
import { journeyAnalysis } from './analysis/journeyAnalysis';
import { leadLagAnalysis } from './analysis/leadLagAnalysis';
import { maturityAnalysis } from './analysis/maturityAnalysis';
import { measureNames } from './analysis/measureNames';
import { outcomeAnalysis } from './analysis/outcomeAnalysis';
import { peopleAnalysis } from './analysis/peopleAnalysis';
import { successAnalysis, successStatementsOf } from './analysis/successAnalysis';
import { surveyAnalysis } from './analysis/surveyAnalysis';
import { assertWorkspace } from './assertWorkspace';
import { lintWorkspace } from './lintWorkspace';
import { raiseWorkspace } from './messages';
import type { Workspace } from './Workspace';
import type { AnalysisNotComputed, WorkspaceAnalysis } from './WorkspaceAnalysis';

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
 * Computes everything a workspace's documents and data allow, as the `cxkit report`
 * command shows it: every lint and audit finding; per survey data set, the monthly
 * score series with intervals, the months that dip every year and the trend (the latest
 * twelve months pooled against the twelve before); every success statement (standalone
 * or inside a strategy) evaluated with `evaluateSuccess`, each metric's values taken from
 * the metric-observations files that name it, else from the survey data on the metric
 * definition with its id; per journey event log, wing-to-wing and controlled time, the
 * steps laid out in time from the boundary start (and before/after when the manifest's
 * data entry names `compare` periods: cases belong to the period their first event falls
 * in, and the step the verdict turns on is named); per driver data set, the transfer function, driver importance (Shapley up to 12
 * drivers, relative weights beyond) and the importance × performance quadrants when the
 * manifest gives `performance`; per maturity data set, the aggregate by group with
 * perception gaps; each decision log replayed against its charter; each portfolio
 * funded within its budget; per customer-outcomes data set, the outcomes by the category
 * of each customer's last answer before the outcome (`outcomesByScoreCategory`); per
 * business-measures data set, whether the survey's monthly score leads the measure
 * (`leadLag`); and the people documents with the employee-feedback metrics.
 *
 * An analysis the data does not allow (too few rows, a constant driver, a score off
 * the scale) is not fatal: it is listed in `notComputed` with the error's code and
 * message, and the rest is still computed.
 *
 * @param workspace - A loaded workspace (`loadWorkspace` in `cxkit/node`, or built by hand).
 * @param options - `asOf` and `timeZone`; both default to the manifest's.
 * @returns The {@link WorkspaceAnalysis}.
 * @throws `CxError` `MISSING_AS_OF` when neither the options nor the manifest give `asOf`; `INVALID_INPUT` when `workspace` is not
 *   shaped as `loadWorkspace` returns it; `UNKNOWN_OPTION`.
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
  assertWorkspace(workspace);
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
  const names = measureNames(workspace);
  const portfolios = documentsOf<Portfolio>(workspace, 'portfolio');
  // A recommendation often takes its id from the portfolio idea it is about.
  const recommendationTitles = Object.fromEntries(
    portfolios.flatMap((entry) =>
      entry.document.ideas.flatMap((idea) => (idea.title === undefined ? [] : [[idea.id, idea.title] as const])),
    ),
  );
  const surveys = workspace.data.flatMap((data) =>
    data.type === 'survey-responses'
      ? attempt(data.id, data.file, 'score series', () => surveyAnalysis(workspace, data, timeZone))
      : [],
  );
  return {
    title: manifest?.title ?? 'CX workspace',
    organization: manifest?.organization ?? null,
    asOf: typeof asOf === 'string' ? asOf : new Date(parseInstant(asOf)).toISOString(),
    timeZone,
    findings: lintWorkspace(workspace, { asOf, timeZone }),
    surveys,
    success: successStatementsOf(workspace).flatMap(({ statement, file }) =>
      attempt(statement.id, file, 'success evaluation', () =>
        successAnalysis(workspace, statement, file, surveys, names, asOf, timeZone),
      ),
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
        ? attempt(data.id, data.file, 'transfer function', () => driverAnalysis(data, names))
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
        titles: recommendationTitles,
      }));
    }),
    portfolios: portfolios.flatMap((entry) =>
      attempt(entry.id, entry.file, 'funded portfolio', () => ({
        file: entry.file,
        portfolio: entry.document,
        funded: fundPortfolio(entry.document.ideas, entry.document.budget),
      })),
    ),
    outcomes: workspace.data.flatMap((data) =>
      data.type === 'customer-outcomes'
        ? attempt(data.id, data.file, 'outcomes by score category', () => outcomeAnalysis(workspace, data))
        : [],
    ),
    leadLags: workspace.data.flatMap((data) =>
      data.type === 'business-measures'
        ? attempt(data.id, data.file, 'lead and lag', () => leadLagAnalysis(workspace, data, timeZone))
        : [],
    ),
    people: peopleAnalysis(workspace),
    notComputed,
  };
}
