import { describe, expectTypeOf, it } from 'vitest';
import type { DocumentId, MetricId } from '../../src/core/index';
import type { Journey } from '../../src/journeys/index';
import type { Strategy, SuccessStatement } from '../../src/strategy/index';
import type { WorkspaceManifest } from '../../src/workspace/index';

type SurveyEntry = Extract<NonNullable<WorkspaceManifest['data']>[number], { type: 'survey-responses' }>;
type GoalMeasure = NonNullable<NonNullable<Strategy['goals']>[number]['measures']>[number];

// A metric is named by one brand wherever it is referenced, so an id typed for one place
// that names a metric fits every other place that does, and no other kind of id fits.
describe('one brand for a metric', () => {
  it('every reference to a metric is a MetricId', () => {
    expectTypeOf<NonNullable<SuccessStatement['metrics']>[number]['metric']>().toEqualTypeOf<MetricId>();
    expectTypeOf<NonNullable<Journey['outcomeMeasures']>[number]>().toEqualTypeOf<MetricId>();
    expectTypeOf<GoalMeasure['metric']>().toEqualTypeOf<MetricId>();
    expectTypeOf<SurveyEntry['metric']>().toEqualTypeOf<MetricId>();
  });

  it('any other document id is not a metric id', () => {
    expectTypeOf<DocumentId>().not.toExtend<MetricId>();
    expectTypeOf<string>().not.toExtend<MetricId>();
  });
});
