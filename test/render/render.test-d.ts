import { aggregateAssessments, managementElementsModel, scoreAssessment } from 'cxkit/maturity';
import {
  type MaturityRadarOptions,
  markdownReport,
  maturityRadar,
  type Report,
  wingToWingTimeline,
} from 'cxkit/render';
import { describe, expectTypeOf, it } from 'vitest';

describe('render types', () => {
  it('takes the domain results as they are and returns strings', () => {
    const aggregate = aggregateAssessments(managementElementsModel, []);
    const score = scoreAssessment(managementElementsModel, { answers: {} });
    expectTypeOf(maturityRadar(aggregate)).toEqualTypeOf<string>();
    expectTypeOf(maturityRadar(score, { target: 3 })).toEqualTypeOf<string>();
    expectTypeOf<MaturityRadarOptions['target']>().toEqualTypeOf<
      number | Readonly<Record<string, number>> | undefined
    >();
    expectTypeOf(markdownReport).parameter(0).toEqualTypeOf<Report>();
    // @ts-expect-error the journey is required: the timeline groups steps by its stages.
    wingToWingTimeline(null as never);
  });
});
