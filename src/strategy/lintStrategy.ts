import type { DocumentInput } from '../core/documents/DocumentInput';
import { parseDocument } from '../core/documents/parseDocument';
import type { Finding } from '../core/findings/Finding';
import { sortFindings } from '../core/findings/sortFindings';
import { checkMission } from './checkMission';
import { checkSuccessStatement } from './checkSuccessStatement';
import type { LintStrategyOptions } from './LintOptions';
import { createLintContext, type LintContext } from './lintContext';
import { reportPhrases } from './reportPhrases';
import { type Strategy, type StrategyGoal, strategyDocument } from './strategyDocument';

function checkGoal(context: LintContext, goal: StrategyGoal, index: number, definedMetrics: ReadonlySet<string>) {
  const path = ['goals', index];
  const name = JSON.stringify(goal.id);
  reportPhrases(
    context,
    'strategy/vague-goal',
    context.vague,
    goal.goal,
    [...path, 'goal'],
    (matched) => `"${matched}" in goal ${name} is a wish, not a goal a leader can be accountable for.`,
    'Say what will be different, for which customers, by when: "every repair quoted within one business day by mid-2027".',
  );
  if (goal.leader === undefined) {
    context.report('strategy/no-accountable-leader', {
      message: `Goal ${name} has no accountable leader.`,
      path: [...path, 'leader'],
      hint: 'Name the leader who answers for the goal.',
    });
  }
  if (goal.decisionRights === undefined) {
    context.report('strategy/no-decision-rights', {
      message: `Goal ${name} does not say who decides and who prioritizes.`,
      path: [...path, 'decisionRights'],
      hint: 'Add decisionRights: who decides (e.g. the executive team) and who prioritizes (e.g. the CX council).',
    });
  }
  const measures = goal.measures ?? [];
  if (measures.length === 0) {
    context.report('strategy/unmeasured-goal', {
      message: `Goal ${name} has no measure.`,
      path: [...path, 'measures'],
      hint: 'Add how the goal is measured: an operational metric and a customer-feedback metric.',
    });
  } else if (new Set(measures.map((measure) => measure.kind)).size === 1) {
    const only = measures[0]?.kind === 'operational' ? 'operational' : 'customer-feedback';
    context.report('strategy/one-kind-of-measure', {
      message: `Goal ${name} is measured only by ${only === 'operational' ? 'operational metrics' : 'customer feedback'}.`,
      path: [...path, 'measures'],
      hint:
        only === 'operational'
          ? 'Add what customers say about it, e.g. CES after the quote.'
          : 'Add the operational outcome the team controls, e.g. days to quote.',
    });
  }
  measures.forEach((measure, measureIndex) => {
    if (definedMetrics.has(measure.metric) || context.metricDefinitionIds?.has(measure.metric)) return;
    context.report('strategy/undefined-metric', {
      message: `Goal ${name} is measured by metric ${JSON.stringify(measure.metric)}, which no success statement${context.metricDefinitionIds === undefined ? '' : ' or metric definition'} defines.`,
      path: [...path, 'measures', measureIndex, 'metric'],
      hint: 'Define the metric in a success statement, with a baseline and a target, or keep it as a metric-definition document.',
    });
  });
}

/**
 * Checks a CX strategy as a whole: its mission (every mission rule, paths under
 * `mission`), each success statement (every success-statement rule, paths under
 * `['successStatements', index]`), and its goals — no mission, no success statement,
 * no goals, goals that are wishes, without an accountable leader, without decision
 * rights, without measures, measured one way only, or measured by a metric that
 * nothing defines. The rules are documented in {@link strategyRules}.
 *
 * @param strategy - A strategy document (parsed here, so JSON is fine; links are checked as {@link parseStrategy} does).
 * @param options - As for {@link lintSuccessStatement}; see {@link LintStrategyOptions}.
 * @returns The findings, most serious first, then in document and text order (see `sortFindings`).
 * @throws `CxValidationError` `VALIDATION_FAILED` for an invalid document or a broken link, with each issue's path;
 *   `CxError` as {@link lintSuccessStatement} does.
 *
 * @example
 * import { lintStrategy, parseStrategy } from 'cxkit/strategy';
 *
 * const strategy = parseStrategy({
 *   kind: 'strategy',
 *   schemaVersion: 1,
 *   id: 'cx-strategy',
 *   title: 'CX strategy',
 *   goals: [{ id: 'journey', goal: 'A superior journey for every customer, every time.', leader: 'COO' }],
 * });
 * const findings = lintStrategy(strategy);
 * findings.map((finding) => [finding.rule, finding.path])
 * // => [['strategy/no-mission', ['mission']], ['strategy/no-success-statement', ['successStatements']], ['strategy/no-decision-rights', ['goals', 0, 'decisionRights']], ['strategy/vague-goal', ['goals', 0, 'goal']], ['strategy/vague-goal', ['goals', 0, 'goal']], ['strategy/unmeasured-goal', ['goals', 0, 'measures']]]
 *
 * @category Lint
 */
export function lintStrategy(strategy: DocumentInput<Strategy>, options: LintStrategyOptions = {}): Finding[] {
  const context = createLintContext(options, ['rules', 'phrases', 'asOf', 'timeZone', 'metricDefinitions']);
  const document = parseDocument(strategyDocument, strategy);
  if (document.mission === undefined) {
    context.report('strategy/no-mission', {
      message: 'The strategy has no mission.',
      path: ['mission'],
      hint: 'Add the CX mission: what the experience should be for customers.',
    });
  } else checkMission(context, document.mission, ['mission']);
  const statements = document.successStatements ?? [];
  if (statements.length === 0) {
    context.report('strategy/no-success-statement', {
      message: 'The strategy has no success statement.',
      path: ['successStatements'],
      hint: 'Add what success means for the business: outcomes, metrics of both kinds, an owner and a horizon.',
    });
  }
  statements.forEach((statement, index) => {
    checkSuccessStatement(context, statement, ['successStatements', index]);
  });
  const goals = document.goals ?? [];
  if (goals.length === 0) {
    context.report('strategy/no-goals', {
      message: 'The strategy has no goals for leaders.',
      path: ['goals'],
      hint: 'Add goals, each with an accountable leader, decision rights and measures.',
    });
  }
  const definedMetrics = new Set(
    statements.flatMap((statement) => (statement.metrics ?? []).map((metric) => metric.metric as string)),
  );
  goals.forEach((goal, index) => {
    checkGoal(context, goal, index, definedMetrics);
  });
  return sortFindings(context.findings);
}
