import { describe, expect, it } from 'vitest';
import { aggregateAssessments, commitmentsModel, parseMaturityModel } from '../../src/maturity/index';
import { expectCxError } from '../expectCxError';
import { seededRandom } from '../seededRandom';

const levels = [1, 2, 3, 4, 5].map((value) => ({ value, name: `Level ${value}` }));
const anchors = Object.fromEntries(levels.map((level) => [level.value, `Anchor ${level.value}.`]));

/** A five-level model with one dimension per entry of `questionCounts`, named `d<J>`. */
function modelWith(questionCounts: readonly number[]) {
  return parseMaturityModel({
    kind: 'maturity-model',
    schemaVersion: 1,
    id: 'agreement-test',
    title: 'Agreement test',
    levels,
    dimensions: questionCounts.map((count) => ({
      id: `d${count}`,
      title: `${count} questions`,
      weight: 1,
      questions: Array.from({ length: count }, (_, question) => ({
        id: `d${count}-q${question}`,
        text: `Question ${question}?`,
        anchors,
      })),
    })),
  });
}

const counts = [2, 4, 8];
const model = modelWith(counts);

/** 400 respondents, each answer from `answer(respondent, question id)`. */
function respondents(answer: (respondent: number, question: number, dimension: number) => number) {
  return Array.from({ length: 400 }, (_, respondent) => ({
    answers: Object.fromEntries(
      counts.flatMap((count) =>
        Array.from({ length: count }, (_, question) => [`d${count}-q${question}`, answer(respondent, question, count)]),
      ),
    ),
  }));
}

describe('r_wg(J): agreement on the questions, not on their mean', () => {
  it('a hand calculation, as R multilevel::rwg.j', () => {
    // Three respondents, two questions on five levels: answers (1, 2, 3) and (2, 2, 4).
    // Variances 1 and 4/3, mean s̄² = 7/6; random variance σ² = (5² − 1)/12 = 2; ratio 7/12.
    // r_wg(2) = 2(5/12) / (2(5/12) + 7/12) = 10/17 (R: rwg.j(data.frame(c(1,2,3), c(2,2,4)), rep(1,3), 2) = 0.5882353).
    const result = aggregateAssessments(modelWith([2]), [
      { answers: { 'd2-q0': 1, 'd2-q1': 2 } },
      { answers: { 'd2-q0': 2, 'd2-q1': 2 } },
      { answers: { 'd2-q0': 3, 'd2-q1': 4 } },
    ]);
    expect(result.groups[0]?.dimensions[0]?.agreement).toBeCloseTo(10 / 17, 15);
  });

  it('a question left unanswered: each variance over those who answered it', () => {
    // Answers (3, –, 2, 4) and (2, 2, –, 3): variances 1 and 1/3, s̄² = 2/3, ratio 1/3,
    // r_wg(2) = 2(2/3) / (2(2/3) + 1/3) = 4/5.
    const result = aggregateAssessments(modelWith([2]), [
      { answers: { 'd2-q0': 3, 'd2-q1': 2 } },
      { answers: { 'd2-q1': 2 } },
      { answers: { 'd2-q0': 2 } },
      { answers: { 'd2-q0': 4, 'd2-q1': 3 } },
    ]);
    expect(result.groups[0]?.dimensions[0]?.agreement).toBeCloseTo(0.8, 15);
  });

  it('full agreement is 1, whatever the questions’ own levels', () => {
    const result = aggregateAssessments(
      model,
      respondents((_respondent, question) => 1 + (question % 5)),
    );
    for (const dimension of result.groups[0]?.dimensions ?? []) expect(dimension.agreement).toBe(1);
    expect(result.groups[0]?.overall.agreement).toBe(1);
  });

  it('answers spread as evenly as random answering: exactly 0 for 2, 4 and 8 questions', () => {
    // Each question's 400 answers are 80 of each level (a shifted cycle per question), so
    // every variance is 2 · 400/399 > σ² = 2 and r_wg(J) is 0. The single-item formula on
    // the dimension means would not be: averaging J such questions shrinks the variance.
    const result = aggregateAssessments(
      model,
      respondents((respondent, question) => 1 + ((respondent + Math.floor(respondent / 5) * question) % 5)),
    );
    expect(result.groups[0]?.dimensions.map((dimension) => dimension.agreement)).toEqual([0, 0, 0]);
    expect(result.groups[0]?.overall.agreement).toBe(0);
  });

  it('random answering (seeded, 400 respondents, 5 levels) is near 0 where one r_wg on the means is 0.47–0.88', () => {
    const random = seededRandom(20260);
    const result = aggregateAssessments(
      model,
      respondents(() => 1 + Math.floor(random() * 5)),
    );
    const group = result.groups[0];
    counts.forEach((count, index) => {
      const dimension = group?.dimensions[index];
      // Sampling error of 400 answers moves r_wg(J) a little above 0 at most.
      expect(dimension?.agreement).toBeLessThan(0.15);
      // The single-item formula on the means, computed here by hand, reads the same noise as agreement.
      const singleItem = 1 - (dimension?.sd as number) ** 2 / 2;
      expect(singleItem).toBeGreaterThan(1 - 1 / count - 0.1);
    });
  });
});

describe('multipleTesting over the perception gaps', () => {
  // Three groups on the three-commitments model; every pair on every dimension is a gap.
  const rows: Array<[string, number, number, number, number, number, number]> = [
    ['a', 4, 4, 3, 4, 2, 3],
    ['a', 5, 4, 4, 3, 3, 2],
    ['a', 4, 5, 3, 3, 2, 2],
    ['a', 3, 4, 4, 4, 3, 3],
    ['b', 2, 3, 3, 3, 4, 4],
    ['b', 3, 2, 4, 3, 5, 4],
    ['b', 2, 2, 3, 4, 4, 5],
    ['b', 3, 3, 3, 3, 5, 5],
    ['c', 3, 3, 2, 2, 3, 3],
    ['c', 4, 3, 1, 2, 3, 2],
    ['c', 3, 4, 2, 1, 2, 3],
  ];
  const assessments = rows.map(([group, ...answers]) => ({
    group,
    answers: Object.fromEntries(
      [
        'mindset-leaders',
        'mindset-everyone',
        // Two questions per dimension, as the R reference takes them; the mission question
        // (now under mindset) and the education question stay unanswered, never counted.
        'strategy-plans',
        'strategy-success',
        'discipline-governance',
        'discipline-measurement',
      ].map((question, index) => [question, answers[index] as number]),
    ),
  }));
  // R 4.2: the dimension means per respondent, then for (a,b), (a,c), (b,c) × mindset, strategy,
  // discipline: p <- t.test(x, y)$p.value; p.adjust(p, "holm"); p.adjust(p, "BH").
  const raw = [
    0.002243000485898268, 0.3599906548137118, 0.00044782165605319066, 0.043049143596015686, 0.0009430953184757312,
    0.5548782830563704, 0.02503101581845291, 0.0013079557298486064, 0.0009430953184757304,
  ];
  const holm = [
    0.01121500242949134, 0.7199813096274236, 0.0040303949044787155, 0.12914743078804705, 0.007544762547805843,
    0.7199813096274236, 0.10012406327381164, 0.007847734379091639, 0.007544762547805843,
  ];
  const benjaminiHochberg = [
    0.004037400874616882, 0.4049894866654258, 0.0028292859554271935, 0.05534889890916303, 0.0028292859554271935,
    0.5548782830563704, 0.03754652372767937, 0.0029429003921593645, 0.0028292859554271935,
  ];

  it('off by default: each gap read on its own', () => {
    const result = aggregateAssessments(commitmentsModel, assessments, { groupBy: 'group' });
    result.gaps.forEach((gap, index) => {
      expect(gap.test?.pValue).toBeCloseTo(raw[index] as number, 12);
      expect(gap.test?.adjustedPValue).toBe(gap.test?.pValue);
    });
    // Means a, b, c — mindset 4.125, 2.5, 3.33; strategy 3.5, 3.25, 1.67; discipline 2.5, 4.5, 2.67:
    // five gaps of a level or more, each with p < 0.05 (a − c on mindset has p = 0.043 but is 0.79 levels).
    expect(result.gaps.map((gap) => gap.large)).toEqual([true, false, true, false, true, false, false, true, true]);
  });

  it('Holm and Benjamini–Hochberg, as R p.adjust', () => {
    const byHolm = aggregateAssessments(commitmentsModel, assessments, { groupBy: 'group', multipleTesting: 'holm' });
    const byFalseDiscovery = aggregateAssessments(commitmentsModel, assessments, {
      groupBy: 'group',
      multipleTesting: 'benjamini-hochberg',
    });
    byHolm.gaps.forEach((gap, index) => {
      expect(gap.test?.adjustedPValue).toBeCloseTo(holm[index] as number, 12);
      expect(gap.large).toBe(Math.abs(gap.difference) >= 1 && (holm[index] as number) < 0.05);
    });
    byFalseDiscovery.gaps.forEach((gap, index) => {
      expect(gap.test?.adjustedPValue).toBeCloseTo(benjaminiHochberg[index] as number, 12);
    });
    const holmFinding = byHolm.findings.find((finding) => finding.rule === 'maturity/perception-gap');
    expect(holmFinding?.message).toMatch(/\(Welch p = [0-9.e-]+, Holm-adjusted [0-9.e-]+\)\.$/);
  });

  it('refuses an unknown method', () => {
    expectCxError(
      () => aggregateAssessments(commitmentsModel, assessments, { multipleTesting: 'bonferroni' as never }),
      'INVALID_OPTION',
      ['multipleTesting'],
    );
  });
});
