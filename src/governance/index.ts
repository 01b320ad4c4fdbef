/**
 * `cxkit/governance`: CX governance as data — the charter (a cross-functional council
 * that recommends, executives who approve or deny, decision rights as a RACI, quorum,
 * review deadlines, compliance approvers), the decision log as events with its audit
 * trail, the survey contact policy that stops every team surveying customers at will,
 * and what gets prioritized and funded.
 *
 * @module governance
 */

export { applyDecisionEvent } from './applyDecisionEvent';
export { type AuditGovernanceOptions, auditGovernance } from './auditGovernance';
export { type Charter, charterDocument, type SurveyPolicy } from './charterDocument';
export type {
  DecisionEvent,
  DecisionEventType,
  DecisionLogState,
  DecisionRejection,
  DecisionRejectionCode,
  DecisionResult,
  DecisionStatus,
  RecommendationState,
} from './DecisionEvent';
export { type DecisionLog, decisionLogDocument } from './decisionLogDocument';
export { type DecisionTransition, decisionTransitions } from './decisionTransitions';
export { type EvaluateSurveyRequestOptions, evaluateSurveyRequest } from './evaluateSurveyRequest';
export {
  type ExclusionReason,
  type FundedPortfolio,
  type FundPortfolioOptions,
  fundPortfolio,
} from './fundPortfolio';
export { type GovernanceRuleId, governanceRules } from './governanceRules';
export type { Idea } from './Idea';
export { type GovernanceErrorCode, governanceMessages } from './messages';
export { parseCharter } from './parseCharter';
export { parseDecisionLog } from './parseDecisionLog';
export { parsePortfolio } from './parsePortfolio';
export { type Portfolio, portfolioDocument } from './portfolioDocument';
export {
  type ImpactEffortQuadrant,
  type PrioritizationMethod,
  type PrioritizedIdea,
  type PrioritizeOptions,
  prioritize,
} from './prioritize';
export { type DecisionLogReplay, type RejectedDecisionEvent, replayDecisionLog } from './replayDecisionLog';
export type {
  SurveyContact,
  SurveyContactColumns,
  SurveyDecision,
  SurveyRequest,
  SurveyRule,
} from './SurveyContacts';
export { safeParseCharter } from './safeParseCharter';
export { safeParseDecisionLog } from './safeParseDecisionLog';
export { safeParsePortfolio } from './safeParsePortfolio';
export { surveyContactKinds } from './surveyContactKinds';
