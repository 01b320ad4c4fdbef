import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateAssessments, type MaturityModel, referenceModel, scoreAssessment } from '../../src/maturity/index';

const questionIds = referenceModel.dimensions.flatMap((dimension) =>
  dimension.questions.map((question) => question.id),
);

// Any non-empty set of answers to the reference model: each question left out, null, or 1–5.
const answers = fc
  .array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), {
    minLength: questionIds.length,
    maxLength: questionIds.length,
  })
  .filter((levels) => levels.some((level) => level !== null))
  .map((levels) => Object.fromEntries(questionIds.map((id, index) => [id, levels[index] as number | null])));

// A model with random positive weights, so that the weighted mean is exercised.
const weightedModel = fc
  .array(fc.double({ min: 0.01, max: 100, noNaN: true }), {
    minLength: referenceModel.dimensions.length,
    maxLength: referenceModel.dimensions.length,
  })
  .map(
    (weights): MaturityModel => ({
      ...referenceModel,
      dimensions: referenceModel.dimensions.map((dimension, index) => ({
        ...dimension,
        weight: weights[index] as number,
      })),
    }),
  );

describe('scoreAssessment (laws)', () => {
  it('scores stay within the scale', () => {
    fc.assert(
      fc.property(weightedModel, answers, (model, given) => {
        const result = scoreAssessment(model, { answers: given });
        for (const dimension of result.dimensions) {
          if (dimension.score === null) continue;
          expect(dimension.score).toBeGreaterThanOrEqual(1);
          expect(dimension.score).toBeLessThanOrEqual(5);
        }
        expect(result.overall.continuous).toBeGreaterThanOrEqual(1 - 1e-12);
        expect(result.overall.continuous).toBeLessThanOrEqual(5 + 1e-12);
        expect(result.answered + result.missing).toBe(questionIds.length);
      }),
    );
  });

  it('the staged level is never above the continuous level', () => {
    fc.assert(
      fc.property(weightedModel, answers, (model, given) => {
        const { overall } = scoreAssessment(model, { answers: given });
        if (overall.stagedLevel === null) return;
        expect(overall.stagedLevel).toBeLessThanOrEqual(overall.continuousLevel);
        expect(overall.stagedLevel).toBeLessThanOrEqual(overall.continuous + 1e-9);
      }),
    );
  });
});

// A group whose mean answer to every question is a whole level m: respondents come in
// pairs answering m − d and m + d. A respondent answering m everywhere is then identical
// to the group mean, and adding them must not move any dimension's mean.
const centeredGroup = fc
  .array(fc.integer({ min: 2, max: 4 }), { minLength: questionIds.length, maxLength: questionIds.length })
  .chain((centers) =>
    fc
      .array(
        fc.array(fc.integer({ min: -1, max: 1 }), { minLength: questionIds.length, maxLength: questionIds.length }),
        { minLength: 1, maxLength: 6 },
      )
      .map((offsets) => ({ centers, offsets })),
  );

describe('aggregateAssessments (laws)', () => {
  it('adding a respondent identical to the group mean does not move the mean', () => {
    fc.assert(
      fc.property(centeredGroup, ({ centers, offsets }) => {
        const answersAt = (sign: number, offset: readonly number[]) =>
          Object.fromEntries(
            questionIds.map((id, index) => [id, (centers[index] as number) + sign * (offset[index] as number)]),
          );
        const group = offsets.flatMap((offset) => [
          { answers: answersAt(1, offset) },
          { answers: answersAt(-1, offset) },
        ]);
        const mean = { answers: Object.fromEntries(questionIds.map((id, index) => [id, centers[index] as number])) };
        const without = aggregateAssessments(referenceModel, group).groups[0];
        const withMean = aggregateAssessments(referenceModel, [...group, mean]).groups[0];
        without?.dimensions.forEach((dimension, index) => {
          expect(withMean?.dimensions[index]?.mean).toBeCloseTo(dimension.mean as number, 12);
        });
        expect(withMean?.overall.mean).toBeCloseTo(without?.overall.mean as number, 12);
      }),
      { numRuns: 50 },
    );
  });

  it('a gap is antisymmetric: swapping the groups flips its sign and keeps its p-value', () => {
    const respondents = fc.array(answers, { minLength: 2, maxLength: 6 });
    fc.assert(
      fc.property(respondents, respondents, (first, second) => {
        const tagged = (group: string, list: typeof first) => list.map((given) => ({ group, answers: given }));
        const forward = aggregateAssessments(referenceModel, [...tagged('a', first), ...tagged('b', second)], {
          groupBy: 'group',
        });
        const backward = aggregateAssessments(referenceModel, [...tagged('b', second), ...tagged('a', first)], {
          groupBy: 'group',
        });
        forward.gaps.forEach((gap, index) => {
          const mirror = backward.gaps[index];
          expect(mirror?.dimension).toBe(gap.dimension);
          expect(mirror?.difference).toBeCloseTo(-gap.difference, 12);
          if (gap.test !== null) expect(mirror?.test?.pValue).toBeCloseTo(gap.test.pValue, 12);
        });
      }),
      { numRuns: 30 },
    );
  });
});
