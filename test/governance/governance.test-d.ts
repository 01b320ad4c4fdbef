import { describe, expectTypeOf, it } from 'vitest';
import type { Finding } from '../../src/core/index';
import {
  applyDecisionEvent,
  auditGovernance,
  type Charter,
  type DecisionRejectionCode,
  type DecisionResult,
  evaluateSurveyRequest,
  type FundedPortfolio,
  fundPortfolio,
  type GovernanceRuleId,
  type Idea,
  prioritize,
  type RecommendationState,
  type SurveyPolicy,
  type SurveyRule,
} from '../../src/governance/index';
import type { PredictedChange } from '../../src/transfer/index';

describe('governance types', () => {
  it('returns a typed result or rejection from applyDecisionEvent', () => {
    expectTypeOf(applyDecisionEvent).returns.toEqualTypeOf<DecisionResult>();
    const result = {} as DecisionResult;
    if (result.ok)
      expectTypeOf(result.state.recommendations).toEqualTypeOf<Readonly<Record<string, RecommendationState>>>();
    else expectTypeOf(result.rejection.code).toEqualTypeOf<DecisionRejectionCode>();
    expectTypeOf<'quorum-not-met'>().toExtend<DecisionRejectionCode>();
    expectTypeOf<'quorum-missed'>().not.toExtend<DecisionRejectionCode>();
  });

  it('types the charter, the audit and the rule ids', () => {
    expectTypeOf<Charter['council'][number]['role']>().toEqualTypeOf<'chair' | 'member' | 'secretary'>();
    expectTypeOf(auditGovernance).returns.toEqualTypeOf<Finding[]>();
    expectTypeOf<'governance/review-overdue'>().toExtend<GovernanceRuleId>();
  });

  it('accepts a whatIf result as a predicted change and types funding', () => {
    expectTypeOf<PredictedChange>().toExtend<Idea['predictedChange']>();
    expectTypeOf(fundPortfolio).returns.toEqualTypeOf<FundedPortfolio>();
    expectTypeOf<FundedPortfolio['funded']>().toEqualTypeOf<readonly string[]>();
    expectTypeOf(prioritize)
      .parameter(1)
      .toHaveProperty('method')
      .toEqualTypeOf<'rice' | 'ice' | 'wsjf' | 'impact-effort'>();
  });

  it('names survey rules', () => {
    expectTypeOf(evaluateSurveyRequest)
      .returns.toHaveProperty('blocked')
      .items.toHaveProperty('rules')
      .items.toEqualTypeOf<SurveyRule>();
  });
});

describe('survey policy type', () => {
  it('accepts a charter’s parsed policy as it is', () => {
    expectTypeOf<NonNullable<Charter['surveyPolicy']>>().toExtend<SurveyPolicy>();
  });
});
