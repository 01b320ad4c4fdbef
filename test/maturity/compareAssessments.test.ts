import { describe, expect, it } from 'vitest';
import {
  aggregateAssessments,
  commitmentsModel,
  compareAssessments,
  programCharacteristicsModel,
  scoreAssessment,
} from '../../src/maturity/index';
import { expectCxError } from '../expectCxError';

const respondent = (group: string, mindset: number, governance: number, measurement: number) => ({
  group,
  answers: {
    'mindset-leaders': mindset,
    'strategy-plans': 3,
    'discipline-governance': governance,
    'discipline-measurement': measurement,
  },
});

// Discipline scores before: 2, 2.5, 1.5, 2.5; after: 3, 3.5, 3, 4, 2.5.
// Reference, R 4.2:
//   b <- c(2, 2.5, 1.5, 2.5); a <- c(3, 3.5, 3, 4, 2.5)
//   t.test(a, b)   # t = 3.0740436664714261, df = 6.9547610557547745, p-value = 0.0181107335174245
const before = aggregateAssessments(
  commitmentsModel,
  [
    respondent('cx', 3, 2, 2),
    respondent('cx', 3, 3, 2),
    respondent('cx', 4, 1, 2),
    respondent('cx', 3, 2, 3),
    respondent('marketing', 5, 5, 5),
    respondent('marketing', 5, 5, 4),
  ],
  { groupBy: 'group' },
);
const after = aggregateAssessments(
  commitmentsModel,
  [
    respondent('cx', 3, 3, 3),
    respondent('cx', 4, 4, 3),
    respondent('cx', 3, 3, 3),
    respondent('cx', 3, 4, 4),
    respondent('cx', 4, 2, 3),
  ],
  { groupBy: 'group' },
);

describe('compareAssessments', () => {
  it('tests each dimension with Welch when both sides have respondents, as R does', () => {
    const comparison = compareAssessments(before, after, { beforeGroup: 'cx' });
    const discipline = comparison.dimensions[2];
    expect(discipline?.before).toEqual({ n: 4, mean: 2.125 });
    expect(discipline?.after).toEqual({ n: 5, mean: 3.2 });
    expect(discipline?.change).toBeCloseTo(1.075, 14);
    expect(discipline?.test?.statistic).toBeCloseTo(3.0740436664714261, 10);
    expect(discipline?.test?.degreesOfFreedom).toBeCloseTo(6.954761055754775, 10);
    expect(discipline?.test?.pValue).toBeCloseTo(0.0181107335174245, 12);
    expect(discipline?.verdict).toBe('improved');
    // Strategy: everyone answered 3 on both sides; with no spread Welch cannot tell (R's t.test refuses).
    expect(comparison.dimensions[1]).toMatchObject({ change: 0, verdict: 'cannot-tell', test: null });
    expect(comparison.model).toEqual({ id: 'cx-commitments', title: commitmentsModel.title });
  });

  it('adjusts the dimensions’ p-values together on request, as R p.adjust', () => {
    // R: p <- c(t.test(c(3, 4, 3, 3, 4), c(3, 3, 4, 3))$p.value, 0.018110733517424475)  # mindset, discipline
    //    p.adjust(p, "holm")  # 0.68145528012801404 0.03622146703484895 (strategy cannot be tested)
    const plain = compareAssessments(before, after, { beforeGroup: 'cx' });
    expect(plain.dimensions[0]?.test?.pValue).toBeCloseTo(0.68145528012801404, 12);
    expect(plain.dimensions[0]?.test?.adjustedPValue).toBe(plain.dimensions[0]?.test?.pValue);
    const holm = compareAssessments(before, after, { beforeGroup: 'cx', multipleTesting: 'holm' });
    expect(holm.dimensions[0]?.test?.adjustedPValue).toBeCloseTo(0.68145528012801404, 12);
    expect(holm.dimensions[2]?.test?.adjustedPValue).toBeCloseTo(0.03622146703484895, 12);
    expect(holm.dimensions[2]?.verdict).toBe('improved');
    const strict = compareAssessments(before, after, { beforeGroup: 'cx', multipleTesting: 'holm', alpha: 0.03 });
    expect(strict.dimensions[2]?.verdict).toBe('no-clear-change');
    // The overall score is one test of its own, never adjusted.
    expect(holm.overall.test?.adjustedPValue).toBe(holm.overall.test?.pValue);
  });

  it('with a stricter alpha the same change is no longer clear', () => {
    const comparison = compareAssessments(before, after, { beforeGroup: 'cx', alpha: 0.01 });
    expect(comparison.dimensions[2]?.verdict).toBe('no-clear-change');
  });

  it('with one respondent on a side it reports the change but cannot tell', () => {
    const one = scoreAssessment(commitmentsModel, respondent('cx', 2, 2, 2));
    const comparison = compareAssessments(one, after);
    expect(comparison.dimensions[2]).toMatchObject({ before: { n: 1, mean: 2 }, test: null, verdict: 'cannot-tell' });
    // 3.2 − 2, in binary arithmetic.
    expect(comparison.dimensions[2]?.change).toBeCloseTo(1.2, 14);
    // Before: mindset 2, strategy 3, discipline 2 → 2. After, the cx means: mindset (3 + 4 + 3 + 3 + 4) / 5 = 3.4,
    // strategy 3, discipline 3.2 → 3.
    expect(comparison.overall.stagedLevel).toEqual({ before: 2, after: 3 });
  });

  it('a dimension unscored on either side is unscored', () => {
    const first = scoreAssessment(programCharacteristicsModel, { answers: { 'top-down-commitment': 2 } });
    const second = scoreAssessment(programCharacteristicsModel, {
      answers: { 'top-down-commitment': 3, 'customer-view-own': 4 },
    });
    const comparison = compareAssessments(first, second);
    expect(comparison.dimensions.map((dimension) => dimension.verdict)).toEqual([
      'unscored',
      'unscored',
      'cannot-tell',
      'unscored',
    ]);
    expect(comparison.dimensions[3]).toMatchObject({ before: null, after: { n: 1, mean: 4 }, change: null });
    // Overall continuous: 2 → (3 + 4) / 2 = 3.5.
    expect(comparison.overall.change).toBe(1.5);
  });

  it('refuses results of different models, an ambiguous or unknown group, and non-results', () => {
    const parts = scoreAssessment(programCharacteristicsModel, { answers: { 'top-down-commitment': 2 } });
    expectCxError(() => compareAssessments(parts, after), 'DIFFERENT_MODELS', ['after', 'model']);
    expectCxError(() => compareAssessments(before, after), 'AMBIGUOUS_GROUP', ['before', 'groups']);
    expectCxError(() => compareAssessments(before, after, { beforeGroup: 'sales' }), 'UNKNOWN_GROUP', [
      'before',
      'groups',
    ]);
    expectCxError(() => compareAssessments({} as never, after), 'INVALID_RESULT', ['before']);
    expectCxError(() => compareAssessments(before, after, { beforeGroup: 'cx', alpha: 0 }), 'INVALID_OPTION', [
      'alpha',
    ]);
  });
});
