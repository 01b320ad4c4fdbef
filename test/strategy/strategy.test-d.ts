import { describe, expectTypeOf, it } from 'vitest';
import type { DocumentInput, Finding, TextSpan } from '../../src/core/index';
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
    expectTypeOf(lintMission).parameter(0).toEqualTypeOf<DocumentInput<Mission> | string>();
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

  it('takes documents written with plain strings, no `as const` and no branded ids', () => {
    // As a value built at run time or read from JSON is typed: every text a string.
    const statement = {
      id: 'renewal-success',
      kind: 'success-statement',
      title: 'Renewal',
      schemaVersion: 1,
      outcome: 'Renewing takes one call.',
      metrics: [
        {
          metric: 'renewal-nps',
          kind: 'customer-feedback',
          direction: 'higher-is-better',
          baseline: { value: 20, on: '2026-01-31' },
          target: { value: 40, by: '2027-12-31' },
        },
      ],
    };
    expectTypeOf(statement).toExtend<Parameters<typeof evaluateSuccess>[0]>();
    expectTypeOf(statement).not.toExtend<SuccessStatement>();
    // A number where the schema wants text is still refused by the types.
    expectTypeOf({ ...statement, title: 3 }).not.toExtend<Parameters<typeof evaluateSuccess>[0]>();
  });
});
