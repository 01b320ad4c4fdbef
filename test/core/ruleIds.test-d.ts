import { describe, expectTypeOf, it } from 'vitest';
import type { RuleId } from '../../src/core/index';
import type { JourneyRuleId, journeyRules } from '../../src/journeys/index';
import type { MaturityRuleId, maturityRules } from '../../src/maturity/index';
import type { MetricRuleId, metricRules } from '../../src/metrics/index';
import type { MetricTreeRuleId, metricTreeRules } from '../../src/transfer/index';

// Every registry has a union of its ids, so a misspelled rule id in a filter or a
// configuration fails to compile instead of silently matching nothing.
describe('rule id types', () => {
  it('journey rules: a listed id is one, a misspelled one is not', () => {
    expectTypeOf<'journey/hand-off-gap'>().toExtend<JourneyRuleId>();
    expectTypeOf<'journey/handoff-gap'>().not.toExtend<JourneyRuleId>();
    expectTypeOf<JourneyRuleId>().toEqualTypeOf<keyof typeof journeyRules>();
    expectTypeOf<JourneyRuleId>().toExtend<RuleId>();
  });

  it('metric rules', () => {
    expectTypeOf<'metric/not-reviewed'>().toExtend<MetricRuleId>();
    expectTypeOf<'metrics/not-reviewed'>().not.toExtend<MetricRuleId>();
    expectTypeOf<MetricRuleId>().toEqualTypeOf<keyof typeof metricRules>();
    expectTypeOf<MetricRuleId>().toExtend<RuleId>();
  });

  it('maturity rules', () => {
    expectTypeOf<'maturity/weakest-link'>().toExtend<MaturityRuleId>();
    expectTypeOf<'maturity/weakest-links'>().not.toExtend<MaturityRuleId>();
    expectTypeOf<MaturityRuleId>().toEqualTypeOf<keyof typeof maturityRules>();
    expectTypeOf<MaturityRuleId>().toExtend<RuleId>();
  });

  it('metric tree rules', () => {
    expectTypeOf<'metric-tree/cycle'>().toExtend<MetricTreeRuleId>();
    expectTypeOf<'metric/cycle'>().not.toExtend<MetricTreeRuleId>();
    expectTypeOf<MetricTreeRuleId>().toEqualTypeOf<keyof typeof metricTreeRules>();
    expectTypeOf<MetricTreeRuleId>().toExtend<RuleId>();
  });

  it('the ids of one registry are not the ids of another', () => {
    expectTypeOf<JourneyRuleId>().not.toExtend<MetricTreeRuleId>();
    expectTypeOf<MetricRuleId>().not.toExtend<MetricTreeRuleId>();
  });
});
