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
import type { Workspace, WorkspaceDocumentEntry, WorkspaceProblem } from './Workspace';
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
   * How long a metric program may run without a recorded review or a change, in
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

// What a document file that cannot be read leaves out of the lint.
const unreadHint =
  'Until the file parses, its documents are not checked, and links to them and checks across documents are not reported.';

/**
 * The document files (not data files) that hold a document the load could not read: a
 * syntax error, a document its schema refuses, an unknown kind or a newer schema. Their
 * documents are missing from the workspace, so a link to one of them would look broken.
 */
function unreadDocumentFiles(workspace: Workspace): Set<string> {
  const dataFiles = new Set((workspace.manifest?.data ?? []).map((entry) => entry.file));
  const unreadable = new Set<string>(['invalid-syntax', 'invalid-document', 'unknown-kind', 'newer-schema']);
  return new Set(
    workspace.problems
      .filter((problem) => unreadable.has(problem.code) && !dataFiles.has(problem.file))
      .map((problem) => problem.file),
  );
}

/**
 * The load problems the lint reports. A file that does not parse gets one finding, at its
 * first syntax error: what the parser says after it has lost its place is noise. While a
 * document file is unread, `missing-link` problems are held back, since the target may be
 * in that file; they come back once it parses.
 */
function reportedProblems(problems: readonly WorkspaceProblem[], unread: ReadonlySet<string>): WorkspaceProblem[] {
  const firstSyntax = new Map<string, WorkspaceProblem>();
  for (const problem of problems) {
    if (problem.code !== 'invalid-syntax') continue;
    const held = firstSyntax.get(problem.file);
    if (held === undefined || (problem.line ?? 0) < (held.line ?? 0)) firstSyntax.set(problem.file, problem);
  }
  return problems.filter((problem) => {
    if (problem.code === 'invalid-syntax') return firstSyntax.get(problem.file) === problem;
    return !(problem.code === 'missing-link' && unread.size > 0);
  });
}

/**
 * Runs every lint and audit across a workspace and places each finding in its file:
 * every load problem as an error (`workspace/<problem code>`, see {@link workspaceRules}:
 * one per file that does not parse, at its first syntax error);
 * `lintMission`, `lintSuccessStatement` and `lintStrategy` (with the workspace's metric
 * definitions); `lintJourney`; `lintMetricHistory` over every metric definition;
 * `lintMetricTree`; `auditGovernance` for each charter with its decision logs and every
 * journey; `auditImmersionLog` (against the decision logs' recommendations) and
 * `auditEducationPlan` (against the functions of the journeys and missions), given
 * `asOf`; and the findings of scoring each maturity assessment against its model. A
 * check that throws on a document becomes a `workspace/check-failed` finding: one
 * document never stops the others being checked.
 *
 * While a document file cannot be read (a syntax error, a document its schema refuses),
 * the findings its absence would cause are held back rather than reported falsely: links
 * that name a missing document, success-statement metrics without a definition, and
 * findings about the metric definitions as a set. They come back once the file is fixed.
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
 * const [syntax] = findings;
 * [syntax?.rule, syntax?.file, syntax?.line, syntax?.message] // => ['workspace/invalid-syntax', 'broken.yaml', 3, 'Bad indentation.']
 * syntax?.hint?.startsWith('Until the file parses') // => true
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
  const unread = unreadDocumentFiles(workspace);
  for (const problem of reportedProblems(workspace.problems, unread)) {
    const finding = findingFromRule(rule(`workspace/${problem.code}` as WorkspaceRuleId), {
      message: problem.message,
      path: problem.path,
      ...(problem.code === 'invalid-syntax' && unread.has(problem.file) ? { hint: unreadHint } : {}),
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
  // With a document file unread, a metric it defines would look undefined: that check
  // waits until the file can be read.
  const strategyOptions = {
    ...zone,
    ...(asOf === undefined ? {} : { asOf }),
    ...(unread.size > 0 ? {} : { metricDefinitions: definitions.map((entry) => ({ id: entry.id })) }),
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
        // A finding about the set as a whole (no primary metric) may be about a definition
        // in a file that could not be read.
        if (owner === undefined && unread.size > 0) continue;
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
    // A reference and a document's own id carry different brands; compared as text.
    const name: string = entry.document.model;
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
