import { describe, expectTypeOf, it } from 'vitest';
import type { Finding } from '../../src/core/index';
import type { MaturityAggregate, MaturityModel, MaturityRoadmap, MaturityScore } from '../../src/maturity/index';
import {
  aggregateAssessments,
  builtInModels,
  compareAssessments,
  roadmap,
  scoreAssessment,
} from '../../src/maturity/index';

describe('maturity types', () => {
  it('scoreAssessment returns overall readings, dimensions with score and level, and findings', () => {
    expectTypeOf(scoreAssessment).returns.toEqualTypeOf<MaturityScore>();
    expectTypeOf<MaturityScore['overall']['continuous']>().toEqualTypeOf<number>();
    expectTypeOf<MaturityScore['overall']['stagedLevel']>().toEqualTypeOf<number | null>();
    expectTypeOf<MaturityScore['dimensions'][number]['score']>().toEqualTypeOf<number | null>();
    expectTypeOf<MaturityScore['findings']>().toEqualTypeOf<readonly Finding[]>();
  });

  it('built-in models are maturity models, and results feed comparison and roadmaps', () => {
    expectTypeOf(builtInModels.reference).toEqualTypeOf<MaturityModel>();
    expectTypeOf(aggregateAssessments).returns.toEqualTypeOf<MaturityAggregate>();
    expectTypeOf(compareAssessments).parameter(0).toEqualTypeOf<MaturityScore | MaturityAggregate>();
    expectTypeOf(roadmap).parameter(0).toEqualTypeOf<MaturityScore>();
    expectTypeOf(roadmap).returns.toEqualTypeOf<MaturityRoadmap>();
  });
});
