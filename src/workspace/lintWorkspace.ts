import { CxError } from '../core/errors/CxError';
import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import type { PropertyPath } from '../core/errors/PropertyPath';
import { compareFindings } from '../core/findings/compareFindings';
import type { Finding } from '../core/findings/Finding';
import { findingFromRule } from '../core/findings/findingFromRule';
import type { Instant } from '../core/periods/Period';
import { parseInstant } from '../core/periods/parseInstant';
import { auditGovernance, type Charter, type DecisionEvent, type DecisionLog } from '../governance/index';
import { type Journey, lintJourney } from '../journeys/index';
import { builtInModels, type MaturityAssessment, type MaturityModel, scoreAssessment } from '../maturity/index';
import { lintMetricHistory, type MetricDefinition } from '../metrics/index';
import {
  lintMission,
  lintStrategy,
  lintSuccessStatement,
  type Mission,
  type Strategy,
  type SuccessStatement,
} from '../strategy/index';
import { lintMetricTree } from '../transfer/index';
import { assertWorkspace } from './assertWorkspace';
import { lintPeopleDocuments } from './lintPeopleDocuments';
import { raiseWorkspace, workspaceMessages } from './messages';
import type { Workspace, WorkspaceDocumentEntry } from './Workspace';
import type { WorkspaceFinding } from './WorkspaceFinding';
import { type WorkspaceRuleId, workspaceRules } from './workspaceRules';

/**
 * Options for {@link lintWorkspace}.
 *
 * @category Workspace
 */
export interface LintWorkspaceOptions {
  /**
   * The day the lint is run as of (overdue reviews, past success dates, which metric is
   * primary). Default: the manifest's `asOf`; with neither, those checks are skipped and
   * one `workspace/no-as-of` info finding says so (cxkit never reads the clock).
   */
  readonly asOf?: Instant;
  /** The time zone for `asOf` and offset-less dates. Default: the manifest's `timeZone`, else UTC. */
  readonly timeZone?: string;
  /**
   * How long a metric programme may run without a recorded review or a change, in
   * calendar months, before `metric/not-reviewed`: a whole number from 1. Default: the
   * manifest's `reviewWithinMonths`, else 24.
   */
  readonly reviewWithinMonths?: number;
}

function byFile(left: WorkspaceFinding, right: WorkspaceFinding): number {
  if (left.file !== right.file) return left.file < right.file ? -1 : 1;
  return (
    (left.line ?? 0) - (right.line ?? 0) || (left.column ?? 0) - (right.column ?? 0) || compareFindings(left, right)
  );
}

// The assessment names its model by a built-in key or an id; scoring the answers alone
// keeps a key such as `reference` from reading as a mismatch with the id `cx-reference`.
function answersOf(assessment: MaturityAssessment) {
  return {
    answers: assessment.answers,
    ...(assessment.respondent === undefined ? {} : { respondent: assessment.respondent }),
    ...(assessment.group === undefined ? {} : { group: assessment.group }),
  };
}

function ofKind<Document>(documents: readonly WorkspaceDocumentEntry[], kind: string) {
  return documents.filter((entry) => entry.kind === kind) as WorkspaceDocumentEntry<Document>[];
}

/**
 * Runs every lint and audit across a workspace and places each finding in its file:
 * every load problem as an error (`workspace/<problem code>`, see {@link workspaceRules});
 * `lintMission`, `lintSuccessStatement` and `lintStrategy` (with the workspace's metric
 * definitions); `lintJourney`; `lintMetricHistory` over every metric definition;
 * `lintMetricTree`; `auditGovernance` for each charter with its decision logs and every
 * journey; `auditImmersionLog` (against the decision logs' recommendations) and
 * `auditEducationPlan` (against the functions of the journeys and missions), given
 * `asOf`; and the findings of scoring each maturity assessment against its model. A
 * check that throws on a document becomes a `workspace/check-failed` finding: one
 * document never stops the others being checked.
 *
 * @param workspace - A workspace, as `loadWorkspace` (in `cxkit/node`) returns it or built by hand.
 * @param options - `asOf`, `timeZone` and `reviewWithinMonths`; see {@link LintWorkspaceOptions}.
 * @returns The findings, by file (then line and column, then most serious first).
 * @throws `CxError` `INVALID_INPUT` when `workspace` is not shaped as `loadWorkspace` returns it, `INVALID_OPTION` (path `reviewWithinMonths`); `INVALID_DATE` (path `asOf`); `UNKNOWN_OPTION`.
 *
 * @example
 * import { lintWorkspace } from 'cxkit/workspace';
 *
 * const mission = {
 *   file: 'mission.yaml',
 *   kind: 'mission',
 *   id: 'cx-mission',
 *   document: { kind: 'mission', schemaVersion: 1, id: 'cx-mission', title: 'Mission', statement: 'Exceed customer expectations.' },
 *   locate: () => ({ line: 4, column: 12 }),
 * };
 * const findings = lintWorkspace(
 *   { manifest: null, documents: [mission], data: [], problems: [{ file: 'broken.yaml', line: 3, code: 'invalid-syntax', message: 'Bad indentation.', path: [] }] },
 *   { asOf: '2026-11-01' },
 * );
 * findings[0] // => { rule: 'workspace/invalid-syntax', severity: 'error', message: 'Bad indentation.', path: [], file: 'broken.yaml', line: 3 }
 * findings.find((finding) => finding.rule === 'mission/vague-wish')?.line // => 4
 *
 * @category Workspace
 */
export function lintWorkspace(workspace: Workspace, options: LintWorkspaceOptions = {}): WorkspaceFinding[] {
  assertWorkspace(workspace);
  checkOptions(options, ['asOf', 'timeZone', 'reviewWithinMonths']);
  const reviewWithinMonths = options.reviewWithinMonths ?? workspace.manifest?.reviewWithinMonths;
  if (reviewWithinMonths !== undefined && (!Number.isSafeInteger(reviewWithinMonths) || reviewWithinMonths < 1)) {
    raiseWorkspace(
      'INVALID_OPTION',
      ['reviewWithinMonths', 'a whole number from 1', describeValue(reviewWithinMonths)],
      { path: ['reviewWithinMonths'] },
    );
  }
  const timeZone = options.timeZone ?? workspace.manifest?.timeZone;
  const zone = timeZone === undefined ? {} : { timeZone };
  const asOfInput = options.asOf ?? workspace.manifest?.asOf;
  const asOf =
    asOfInput === undefined ? undefined : new Date(parseInstant(asOfInput, { ...zone, path: ['asOf'] })).toISOString();
  const findings: WorkspaceFinding[] = [];
  const place = (entry: WorkspaceDocumentEntry, finding: Finding, path: PropertyPath = finding.path) => {
    const position = entry.locate(path);
    findings.push({ ...finding, path, file: entry.file, ...(position ?? {}) });
  };
  const rule = (id: WorkspaceRuleId) => workspaceRules[id];
  for (const problem of workspace.problems) {
    const finding = findingFromRule(rule(`workspace/${problem.code}` as WorkspaceRuleId), {
      message: problem.message,
      path: problem.path,
    });
    findings.push({
      ...finding,
      file: problem.file,
      ...(problem.line === undefined ? {} : { line: problem.line }),
      ...(problem.column === undefined ? {} : { column: problem.column }),
    });
  }
  const guarded = (entry: WorkspaceDocumentEntry, check: () => void) => {
    try {
      check();
    } catch (error) {
      if (!(error instanceof CxError)) throw error;
      place(
        entry,
        findingFromRule(rule('workspace/check-failed'), {
          message: workspaceMessages.unlintable(error.message),
          path: [],
        }),
        [],
      );
    }
  };
  const { documents } = workspace;
  const definitions = ofKind<MetricDefinition>(documents, 'metric-definition');
  const journeys = ofKind<Journey>(documents, 'journey');
  const strategyOptions = {
    ...zone,
    ...(asOf === undefined ? {} : { asOf }),
    metricDefinitions: definitions.map((entry) => ({ id: entry.id })),
  };
  for (const entry of ofKind<Mission>(documents, 'mission')) {
    guarded(entry, () => {
      for (const finding of lintMission(entry.document)) place(entry, finding);
    });
  }
  for (const entry of ofKind<SuccessStatement>(documents, 'success-statement')) {
    guarded(entry, () => {
      for (const finding of lintSuccessStatement(entry.document, strategyOptions)) place(entry, finding);
    });
  }
  for (const entry of ofKind<Strategy>(documents, 'strategy')) {
    guarded(entry, () => {
      for (const finding of lintStrategy(entry.document, strategyOptions)) place(entry, finding);
    });
  }
  for (const entry of journeys) {
    guarded(entry, () => {
      for (const finding of lintJourney(entry.document)) place(entry, finding);
    });
  }
  const firstDefinition = definitions[0];
  if (firstDefinition !== undefined) {
    guarded(firstDefinition, () => {
      const history = lintMetricHistory(
        definitions.map((entry) => entry.document),
        {
          ...zone,
          ...(asOf === undefined ? {} : { asOf }),
          ...(reviewWithinMonths === undefined ? {} : { reviewWithinMonths }),
        },
      );
      for (const finding of history) {
        // Paths start with the definition's index; findings about the set as a whole go to the first file.
        const [index, ...rest] = finding.path;
        const owner = typeof index === 'number' ? definitions[index] : undefined;
        if (owner === undefined) place(firstDefinition, finding, []);
        else place(owner, finding, rest);
      }
    });
  }
  for (const entry of ofKind(documents, 'metric-tree')) {
    guarded(entry, () => {
      for (const finding of lintMetricTree(entry.document)) place(entry, finding);
    });
  }
  const charters = ofKind<Charter>(documents, 'governance-charter');
  const logs = ofKind<DecisionLog>(documents, 'decision-log');
  const datedKinds = new Set(['success-statement', 'immersion-log', 'education-plan']);
  if (asOf === undefined && (charters.length > 0 || documents.some((entry) => datedKinds.has(entry.kind)))) {
    findings.push({
      ...findingFromRule(rule('workspace/no-as-of'), {
        message: 'No as-of date: the governance audit and date checks were skipped.',
        hint: 'Add asOf to cxkit.yaml or pass --as-of.',
      }),
      file: workspace.documents.find((entry) => entry.kind === 'workspace')?.file ?? (charters[0]?.file as string),
    });
  }
  for (const charter of charters) {
    if (asOf === undefined) break;
    guarded(charter, () => {
      const own = logs.filter((log) => log.document.charter === charter.id);
      const events: DecisionEvent[] = [];
      const origin: Array<{ log: WorkspaceDocumentEntry; index: number }> = [];
      for (const log of own) {
        log.document.events.forEach((event, index) => {
          events.push(event as DecisionEvent);
          origin.push({ log, index });
        });
      }
      const audit = auditGovernance(charter.document, events, {
        asOf,
        journeys: journeys.map((entry) => entry.document),
      });
      for (const finding of audit) {
        const [root, index, ...rest] = finding.path;
        const source = root === 'log' && typeof index === 'number' ? origin[index] : undefined;
        if (source !== undefined) place(source.log, finding, ['events', source.index, ...rest]);
        else place(charter, finding, root === 'charter' ? finding.path.slice(1) : []);
      }
    });
  }
  if (asOf !== undefined) lintPeopleDocuments(documents, asOf, zone, place, guarded);
  const models = ofKind<MaturityModel>(documents, 'maturity-model');
  for (const entry of ofKind<MaturityAssessment>(documents, 'maturity-assessment')) {
    const name = entry.document.model;
    const model =
      models.find((candidate) => candidate.id === name)?.document ??
      Object.entries(builtInModels).find(([key, builtIn]) => key === name || builtIn.id === name)?.[1];
    // An unknown model is a `missing-link` problem already.
    if (model === undefined) continue;
    guarded(entry, () => {
      for (const finding of scoreAssessment(model, answersOf(entry.document)).findings) place(entry, finding);
    });
  }
  return findings.sort(byFile);
}
