import { describe, expect, it } from 'vitest';
import { aggregateAssessments, commitmentsModel, managementElementsModel } from '../../src/maturity/index';
import { welchTest } from '../../src/stats/welchTest';
import { expectCxError } from '../expectCxError';

const discipline = (group: string, governance: number, measurement: number) => ({
  group,
  answers: {
    'mindset-leaders': 3,
    'strategy-plans': 3,
    'discipline-governance': governance,
    'discipline-measurement': measurement,
  },
});

// Marketing believes discipline is strong; the CX team does not agree.
const assessments = [
  discipline('marketing', 4, 4),
  discipline('marketing', 5, 4),
  discipline('cx', 2, 2),
  discipline('marketing', 4, 5),
  discipline('cx', 3, 2),
  discipline('marketing', 5, 5),
  discipline('cx', 1, 2),
  discipline('marketing', 3, 4),
  discipline('cx', 2, 3),
];

// Discipline scores: marketing 4, 4.5, 4.5, 5, 3.5; cx 2, 2.5, 1.5, 2.5. Reference, R 4.2:
//   x <- c(4, 4.5, 4.5, 5, 3.5); y <- c(2, 2.5, 1.5, 2.5)
//   t.test(x, y)                          # t = 6.219576720535209, df = 6.954761055754775, p = 0.000448304291199524
//   c(mean(x), median(x), sd(x), quantile(x, c(.25, .75)), IQR(x))  # 4.3 4.5 0.570087712549569 4 4.5 0.5
//   c(mean(y), median(y), sd(y), quantile(y, c(.25, .75)), IQR(y))  # 2.125 2.25 0.478713553878169 1.875 2.5 0.625
//   library(multilevel)   # r_wg(J) on the two discipline questions, random variance (5^2 - 1) / 12 = 2:
//   rwg.j(data.frame(c(4, 5, 4, 5, 3), c(4, 4, 5, 5, 4)), rep(1, 5), 2)   # 0.8571428571428571
//   rwg.j(data.frame(c(2, 3, 1, 2), c(2, 2, 2, 3)), rep(1, 4), 2)         # 0.87058823529411766
//   overall, the four questions answered (mindset-leaders and strategy-plans all 3):
//   rwg.j(data.frame(rep(3, 5), rep(3, 5), c(4, 5, 4, 5, 3), c(4, 4, 5, 5, 4)), rep(1, 5), 2)  # 0.96551724137931039
//   rwg.j(data.frame(rep(3, 4), rep(3, 4), c(2, 3, 1, 2), c(2, 2, 2, 3)), rep(1, 4), 2)        # 0.96866096866096862
//   (mean(x) - mean(y)) / sqrt((var(x) + var(y)) / 2)               # d 4.13194050427001
describe('aggregateAssessments', () => {
  const result = aggregateAssessments(commitmentsModel, assessments, { groupBy: 'group' });

  it('gives each group the distribution of every dimension, matching R', () => {
    expect(result.groups.map((group) => [group.name, group.respondents])).toEqual([
      ['marketing', 5],
      ['cx', 4],
    ]);
    const [marketing, cx] = result.groups.map((group) => group.dimensions[2]);
    expect(marketing).toMatchObject({
      id: 'discipline',
      n: 5,
      unscored: 0,
      median: 4.5,
      q1: 4,
      q3: 4.5,
      iqr: 0.5,
      min: 3.5,
      max: 5,
    });
    expect(marketing?.mean).toBeCloseTo(4.3, 14);
    expect(marketing?.sd).toBeCloseTo(0.570087712549569, 14);
    expect(marketing?.agreement).toBeCloseTo(0.8571428571428571, 14);
    expect(marketing?.level).toBe(4);
    expect(cx).toMatchObject({ n: 4, mean: 2.125, median: 2.25, q1: 1.875, q3: 2.5, iqr: 0.625, level: 2 });
    expect(cx?.sd).toBeCloseTo(0.478713553878169, 14);
    expect(cx?.agreement).toBeCloseTo(0.87058823529411766, 14);
    expect(result.groups[0]?.overall.agreement).toBeCloseTo(0.96551724137931039, 14);
    expect(result.groups[1]?.overall.agreement).toBeCloseTo(0.96866096866096862, 14);
  });

  it('tests the perception gap with Welch, as R t.test does', () => {
    const gap = result.gaps.find((candidate) => candidate.dimension === 'discipline');
    expect(gap).toMatchObject({ a: 'marketing', b: 'cx', large: true });
    expect(gap?.difference).toBeCloseTo(4.3 - 2.125, 14);
    expect(gap?.test?.statistic).toBeCloseTo(6.219576720535209, 10);
    expect(gap?.test?.degreesOfFreedom).toBeCloseTo(6.954761055754775, 10);
    expect(gap?.test?.pValue).toBeCloseTo(0.000448304291199524, 12);
    // Not adjusted by default: the adjusted p-value is the p-value.
    expect(gap?.test?.adjustedPValue).toBe(gap?.test?.pValue);
    expect(gap?.effectSize).toBeCloseTo(4.13194050427001, 10);
  });

  it('uniform groups: Welch cannot tell, so no test, no effect size, no gap', () => {
    // Every respondent answered mindset-leaders 3: both groups uniform, no gap.
    const gap = result.gaps.find((candidate) => candidate.dimension === 'mindset');
    expect(gap).toEqual({
      dimension: 'mindset',
      a: 'marketing',
      b: 'cx',
      difference: 0,
      test: null,
      effectSize: null,
      large: false,
    });
    expect(result.groups[0]?.dimensions[0]?.agreement).toBe(1);
  });

  it('uniform groups far apart: still cannot tell, and no perception-gap finding', () => {
    // R: t.test(c(5, 5, 5), c(1, 1, 1)) stops with "data are essentially constant".
    const apart = aggregateAssessments(
      commitmentsModel,
      [
        discipline('a', 5, 5),
        discipline('a', 5, 5),
        discipline('a', 5, 5),
        discipline('b', 1, 1),
        discipline('b', 1, 1),
      ],
      { groupBy: 'group' },
    );
    const gap = apart.gaps.find((candidate) => candidate.dimension === 'discipline');
    expect(gap).toMatchObject({ difference: 4, test: null, effectSize: null, large: false });
    expect(apart.findings.filter((finding) => finding.rule === 'maturity/perception-gap')).toEqual([]);
  });

  it('reports the gap as a finding naming the higher group', () => {
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      rule: 'maturity/perception-gap',
      severity: 'warning',
      path: ['gaps', 2],
    });
    expect(result.findings[0]?.message).toBe(
      'marketing rates Discipline 2.18 levels higher than cx (Welch p = 0.00045).',
    );
  });

  it('carries what a radar and a gap chart need', () => {
    expect(result.scale).toMatchObject({ min: 1, max: 5 });
    expect(result.scale.levels.map((level) => level.name)).toEqual([
      'First steps',
      'Emerging',
      'Defined',
      'Managed',
      'Embedded',
    ]);
    expect(result.dimensions.map((dimension) => dimension.title)).toEqual(['Mindset', 'Strategy', 'Discipline']);
    // 4 unanswered questions (mindset-everyone, mindset-mission, strategy-success, discipline-education) × 9 respondents.
    expect(result.missing).toBe(36);
  });

  it('without groupBy puts everyone in one group, "all"', () => {
    const all = aggregateAssessments(commitmentsModel, assessments);
    expect(all.groups.map((group) => [group.name, group.respondents])).toEqual([['all', 9]]);
    expect(all.gaps).toEqual([]);
  });

  it('groups by a function', () => {
    const byIndex = aggregateAssessments(commitmentsModel, assessments, {
      groupBy: (_a, index) => (index < 4 ? 'early' : 'late'),
    });
    expect(byIndex.groups.map((group) => group.respondents)).toEqual([4, 5]);
  });

  it('a gap with fewer than two respondents on a side cannot be tested', () => {
    const few = aggregateAssessments(
      commitmentsModel,
      [discipline('a', 5, 5), discipline('b', 1, 1), discipline('b', 1, 2)],
      {
        groupBy: 'group',
      },
    );
    expect(few.gaps.find((gap) => gap.dimension === 'discipline')).toMatchObject({
      difference: 3.75,
      test: null,
      large: false,
    });
  });

  it('reports low agreement within a group of three or more', () => {
    const split = aggregateAssessments(managementElementsModel, [
      { answers: { 'design-journeys': 1, 'design-testing': 1 } },
      { answers: { 'design-journeys': 5, 'design-testing': 5 } },
      { answers: { 'design-journeys': 1, 'design-testing': 1 } },
      { answers: { 'design-journeys': 5, 'design-testing': 5 } },
    ]);
    // Both questions: var(c(1, 5, 1, 5)) = 16 / 3 > (25 - 1) / 12 = 2, so r_wg(J) is 0 (R's rwg.j: 0).
    expect(split.groups[0]?.dimensions[3]?.agreement).toBe(0);
    expect(split.findings.map((finding) => [finding.rule, finding.path])).toEqual([
      ['maturity/low-agreement', ['groups', 0, 'dimensions', 3]],
    ]);
  });
});

describe('welchTest', () => {
  it('matches R t.test(a, b) on unequal spreads and sizes', () => {
    // a <- c(3.2, 4.1, 2.8, 3.9, 4.4, 3.0); b <- c(2.1, 2.9, 1.8, 3.5, 2.2, 2.6, 1.9, 3.1)
    // t.test(a, b)   # t = 3.0681078849028784, df = 10.5090090332939265, p-value = 0.0112421871669238
    const a = [3.2, 4.1, 2.8, 3.9, 4.4, 3.0];
    const b = [2.1, 2.9, 1.8, 3.5, 2.2, 2.6, 1.9, 3.1];
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const variance = (values: number[]) =>
      values.reduce((sum, value) => sum + (value - mean(values)) ** 2, 0) / (values.length - 1);
    const test = welchTest(mean(a), variance(a), a.length, mean(b), variance(b), b.length);
    if (test === null) throw new Error('expected a test');
    expect(test.statistic).toBeCloseTo(3.0681078849028784, 10);
    expect(test.degreesOfFreedom).toBeCloseTo(10.509009033293927, 10);
    expect(test.pValue).toBeCloseTo(0.0112421871669238, 12);
  });

  it('cannot tell when neither sample varies, as R t.test refuses', () => {
    expect(welchTest(5, 0, 3, 1, 0, 3)).toBeNull();
    expect(welchTest(3, 0, 4, 3, 0, 2)).toBeNull();
    // R: t.test(c(1, 1, 1), c(1, 2, 3)) works: one spread is enough (t = -1.7320508, df = 2).
    expect(welchTest(1, 0, 3, 2, 1, 3)?.statistic).toBeCloseTo(-Math.sqrt(3), 14);
    expect(welchTest(1, 0, 3, 2, 1, 3)?.degreesOfFreedom).toBeCloseTo(2, 14);
  });
});

describe('aggregateAssessments refuses bad input with codes and paths', () => {
  it('names the assessment by index', () => {
    const bad = [...assessments.slice(0, 3), { group: 'cx', answers: { 'discipline-governance': 9 } }];
    expectCxError(() => aggregateAssessments(commitmentsModel, bad), 'ANSWER_OUT_OF_SCALE', [
      3,
      'answers',
      'discipline-governance',
    ]);
    expectCxError(() => aggregateAssessments(commitmentsModel, [{ answers: { nope: 1 } }]), 'UNKNOWN_QUESTION', [
      0,
      'answers',
      'nope',
    ]);
  });

  it('a missing group, a bad groupBy, no assessments, bad options', () => {
    expectCxError(
      () =>
        aggregateAssessments(commitmentsModel, [discipline('cx', 1, 1), { answers: { 'mindset-leaders': 2 } }], {
          groupBy: 'group',
        }),
      'MISSING_GROUP',
      [1, 'group'],
    );
    expectCxError(
      () => aggregateAssessments(commitmentsModel, assessments, { groupBy: () => '' }),
      'INVALID_GROUP',
      [0],
    );
    expectCxError(
      () => aggregateAssessments(commitmentsModel, assessments, { groupBy: 'team' as never }),
      'INVALID_OPTION',
      ['groupBy'],
    );
    expectCxError(() => aggregateAssessments(commitmentsModel, []), 'NO_ASSESSMENTS', []);
    expectCxError(() => aggregateAssessments(commitmentsModel, assessments, { alpha: 1 }), 'INVALID_OPTION', ['alpha']);
  });
});
