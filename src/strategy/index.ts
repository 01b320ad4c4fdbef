/**
 * `cxkit/strategy`: CX mission statements, success statements and strategies as typed
 * documents; their lint (wishes, superlatives, selling as the aim, missing commitments,
 * owners, baselines, targets and measures), progress against success statements, and
 * the functions a mission leaves without a part in the experience.
 *
 * @module strategy
 */

export { type CreateMissionInput, createMission } from './createMission';
export { type CreateStrategyInput, createStrategy } from './createStrategy';
export { type CreateSuccessStatementInput, createSuccessStatement } from './createSuccessStatement';
export { defaultPhrases } from './defaultPhrases';
export { type EvaluateSuccessOptions, evaluateSuccess } from './evaluateSuccess';
export { findUncommittedFunctions } from './findUncommittedFunctions';
export type {
  LintMissionOptions,
  LintStrategyOptions,
  LintSuccessStatementOptions,
  PhraseLists,
  RuleSetting,
} from './LintOptions';
export { lintMission } from './lintMission';
export { lintStrategy } from './lintStrategy';
export { lintSuccessStatement } from './lintSuccessStatement';
export { type StrategyErrorCode, strategyMessages } from './messages';
export { type Mission, missionDocument } from './missionDocument';
export { parseMission } from './parseMission';
export { parseStrategy } from './parseStrategy';
export { parseSuccessStatement } from './parseSuccessStatement';
export type {
  MetricNotEvaluable,
  MetricProgress,
  Observation,
  ObservationInput,
  ProgressStatus,
  SuccessEvaluation,
} from './SuccessEvaluation';
export { safeParseMission } from './safeParseMission';
export { safeParseStrategy } from './safeParseStrategy';
export { safeParseSuccessStatement } from './safeParseSuccessStatement';
export { type Strategy, type StrategyGoal, strategyDocument } from './strategyDocument';
export { type StrategyRuleId, strategyRules } from './strategyRules';
export { type SuccessMetric, type SuccessStatement, successStatementDocument } from './successStatementDocument';
