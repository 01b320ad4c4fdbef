import { describe, expectTypeOf, it } from 'vitest';
import type { Finding, TextSpan } from '../../src/core/index';
import type {
  LintMissionOptions,
  MetricProgress,
  Mission,
  ObservationInput,
  StrategyRuleId,
  SuccessEvaluation,
  SuccessStatement,
} from '../../src/strategy/index';
import { evaluateSuccess, lintMission, parseStrategy } from '../../src/strategy/index';

describe('strategy types', () => {
  it('lints a mission document or a bare string, and findings may carry a span', () => {
    expectTypeOf(lintMission).parameter(0).toEqualTypeOf<Mission | string>();
    expectTypeOf(lintMission).returns.toEqualTypeOf<Finding[]>();
    expectTypeOf<Finding['span']>().toEqualTypeOf<TextSpan | undefined>();
  });

  it('knows the rule ids, so a misspelled rule in options does not compile', () => {
    expectTypeOf<'mission/vague-wish'>().toExtend<StrategyRuleId>();
    expectTypeOf<'mission/vague-whish'>().not.toExtend<StrategyRuleId>();
    expectTypeOf<{ rules: { 'mission/vague-wish': 'off' } }>().toExtend<LintMissionOptions>();
    expectTypeOf<{ rules: { 'mission/vague-wish': 'loud' } }>().not.toExtend<LintMissionOptions>();
  });

  it('types success metrics and the verdicts', () => {
    expectTypeOf<NonNullable<SuccessStatement['metrics']>[number]['direction']>().toEqualTypeOf<
      'higher-is-better' | 'lower-is-better'
    >();
    expectTypeOf(evaluateSuccess).returns.toEqualTypeOf<SuccessEvaluation>();
    expectTypeOf<MetricProgress['status']>().toEqualTypeOf<
      'on-track' | 'at-risk' | 'off-track' | 'achieved' | 'missed'
    >();
    expectTypeOf<readonly { at: string; value: number }[]>().toExtend<ObservationInput>();
    expectTypeOf(parseStrategy).returns.toHaveProperty('goals');
  });
});
