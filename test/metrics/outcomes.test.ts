import { describe, expect, it } from 'vitest';
import { defineScale, outcomesByScoreCategory } from '../../src/metrics/index';
import { expectCxError } from '../expectCxError';

// Customers by NPS category, each answering once: promoters score 9–10, passives 7–8,
// detractors 0–6. Renewals: 37 of 40 promoters, 21 of 25 passives, 11 of 18 detractors.
function customers(count: number, scores: readonly number[], prefix: string) {
  return Array.from({ length: count }, (_, index) => ({
    customerId: `${prefix}-${index}`,
    score: scores[index % scores.length] as number,
  }));
}
const responses = [
  ...customers(40, [9, 10], 'promoter'),
  ...customers(25, [7, 8], 'passive'),
  ...customers(18, [0, 3, 5, 6], 'detractor'),
];
const renewed = (prefix: string, count: number, yes: number) =>
  Array.from({ length: count }, (_, index) => ({ customerId: `${prefix}-${index}`, value: index < yes }));
const renewals = [...renewed('detractor', 18, 11), ...renewed('passive', 25, 21), ...renewed('promoter', 40, 37)];

describe('outcomesByScoreCategory: a rate per category', () => {
  const result = outcomesByScoreCategory(responses, renewals, { metric: 'nps' });

  it('gives each category its rate with Wilson’s interval, matching R', () => {
    // R 4.x: prop.test(x, n, correct = FALSE)$conf.int for x = 37, 21, 11 and n = 40, 25, 18.
    const expected = [
      ['promoters', 40, 37, 0.925, 0.8013576647568946, 0.9741639742254119],
      ['passives', 25, 21, 0.84, 0.6534637839282115, 0.9359654854332357],
      ['detractors', 18, 11, 11 / 18, 0.3861904160223791, 0.7969475342783636],
    ] as const;
    expect(result.outcome).toBe('rate');
    result.categories.forEach((category, index) => {
      const [name, n, successes, rate, lower, upper] = expected[index] as (typeof expected)[number];
      expect([category.category, category.n, category.successes]).toEqual([name, n, successes]);
      expect(category.estimate).toBeCloseTo(rate, 14);
      expect(category.ci?.lower).toBeCloseTo(lower, 13);
      expect(category.ci?.upper).toBeCloseTo(upper, 13);
      expect(category.ci?.method).toBe('wilson');
    });
    expect(result.categories.map((category) => category.scores)).toEqual([
      [9, 10],
      [7, 8],
      [0, 1, 2, 3, 4, 5, 6],
    ]);
  });

  it('gives every difference Newcombe’s interval (statsmodels) and the pooled z-test’s p (R)', () => {
    // Python, statsmodels 0.13.5: confint_proportions_2indep(x1, n1, x2, n2, method='newcomb', compare='diff').
    // R: prop.test(c(x1, x2), c(n1, n2), correct = FALSE)$p.value.
    const expected = [
      ['promoters', 'passives', 0.925 - 0.84, -0.07151454072642896, 0.2779063406630741, 0.28214852476437047],
      ['promoters', 'detractors', 0.925 - 11 / 18, 0.09067911481981575, 0.5441201105788138, 0.003414127617675921],
      ['passives', 'detractors', 0.84 - 11 / 18, -0.03441879440572987, 0.473426602695236, 0.08968777989318946],
    ] as const;
    result.differences.forEach((difference, index) => {
      const [a, b, value, lower, upper, pValue] = expected[index] as (typeof expected)[number];
      expect([difference.a, difference.b, difference.ci?.method]).toEqual([a, b, 'newcombe']);
      expect(difference.difference).toBeCloseTo(value, 14);
      expect(difference.ci?.lower).toBeCloseTo(lower, 12);
      expect(difference.ci?.upper).toBeCloseTo(upper, 12);
      expect(difference.pValue).toBeCloseTo(pValue, 12);
    });
  });

  it('takes the confidence level', () => {
    // R: prop.test(37, 40, correct = FALSE, conf.level = 0.9)$conf.int; statsmodels alpha = 0.1.
    const narrower = outcomesByScoreCategory(responses, renewals, { metric: 'nps', level: 0.9 });
    expect(narrower.categories[0]?.ci).toEqual({
      lower: expect.closeTo(0.8265198212630998, 13),
      upper: expect.closeTo(0.969629747388261, 13),
      level: 0.9,
      method: 'wilson',
    });
    expect(narrower.differences[1]?.ci?.lower).toBeCloseTo(0.12404857567212815, 12);
    expect(narrower.differences[1]?.ci?.upper).toBeCloseTo(0.5103613078636043, 12);
  });

  it('counts each side’s customers left out of the join', () => {
    const extra = [...responses, { customerId: 'no-outcome', score: 9 }];
    const more = [...renewals, { customerId: 'never-answered', value: true }, { customerId: 'also-not', value: false }];
    const joined = outcomesByScoreCategory(extra, more, { metric: 'nps' });
    expect([joined.matched, joined.unmatchedResponses, joined.unmatchedOutcomes]).toEqual([83, 1, 2]);
    expect(joined.categories[0]?.n).toBe(40);
  });
});

describe('outcomesByScoreCategory: a mean per category', () => {
  // Spend in the year after answering (thousands), by category.
  const spend = {
    promoters: [120.5, 98.2, 143.0, 110.7, 131.9],
    passives: [101.3, 95.0, 88.4, 120.2],
    detractors: [70.1, 92.3, 65.8, 80.0, 77.7, 85.5],
  };
  const scoreOf = { promoters: 10, passives: 7, detractors: 4 } as const;
  const rows = Object.entries(spend).flatMap(([category, values]) =>
    values.map((value, index) => ({
      customerId: `${category}-${index}`,
      score: scoreOf[category as keyof typeof scoreOf],
      value,
    })),
  );
  const result = outcomesByScoreCategory(
    rows.map(({ customerId, score }) => ({ customerId, score })),
    rows.map(({ customerId, value }) => ({ customerId, value })),
    { metric: 'nps' },
  );

  it('gives each category its mean and Student’s t interval, matching R', () => {
    // R: c(mean(v), sd(v), t.test(v)$conf.int) for each category's spend.
    const expected = [
      [120.86, 17.527777953865115, 99.09638914617605, 142.62361085382395],
      [101.225, 13.702645729931136, 79.42103286208453, 123.02896713791544],
      [78.56666666666666, 9.738103853762635, 68.34715341751972, 88.7861799158136],
    ];
    expect(result.outcome).toBe('mean');
    result.categories.forEach((category, index) => {
      const [mean, sd, lower, upper] = expected[index] as number[];
      expect(category.estimate).toBeCloseTo(mean as number, 12);
      expect(category.sd).toBeCloseTo(sd as number, 12);
      expect(category.ci?.lower).toBeCloseTo(lower as number, 11);
      expect(category.ci?.upper).toBeCloseTo(upper as number, 11);
      expect([category.ci?.method, category.successes]).toEqual(['t', null]);
    });
  });

  it('gives every difference Welch’s interval and p-value, matching R', () => {
    // R: t.test(x, y)$conf.int and $p.value (Welch) for each pair.
    const expected = [
      [19.635, -4.983099530274694, 44.253099530274696, 0.10126981933206727],
      [42.29333333333334, 20.790996911707214, 63.795669754959455, 0.002958031474571603],
      [22.65833333333333, 2.3192749864722275, 42.99739168019444, 0.0352338733674091],
    ];
    result.differences.forEach((difference, index) => {
      const [value, lower, upper, pValue] = expected[index] as number[];
      expect(difference.difference).toBeCloseTo(value as number, 11);
      expect(difference.ci?.lower).toBeCloseTo(lower as number, 10);
      expect(difference.ci?.upper).toBeCloseTo(upper as number, 10);
      expect(difference.pValue).toBeCloseTo(pValue as number, 12);
      expect(difference.ci?.method).toBe('welch');
    });
  });
});

describe('outcomesByScoreCategory: scales and small categories', () => {
  it('on a CSAT scale with an unfavorable band: favorable, neutral, unfavorable', () => {
    const scale = defineScale({
      name: 'csat',
      min: 1,
      max: 5,
      favorable: { from: 4, to: 5 },
      unfavorable: { from: 1, to: 2 },
    });
    const answers = [5, 4, 3, 2, 1, 4].map((score, index) => ({ customerId: `c${index}`, score }));
    const bought = [true, false, true, false, false, true].map((value, index) => ({ customerId: `c${index}`, value }));
    const result = outcomesByScoreCategory(answers, bought, { metric: 'csat', scale });
    // favorable 5, 4, 4 → 2 of 3; neutral 3 → 1 of 1; unfavorable 2, 1 → 0 of 2.
    expect(result.categories.map((category) => [category.category, category.n, category.successes])).toEqual([
      ['favorable', 3, 2],
      ['neutral', 1, 1],
      ['unfavorable', 2, 0],
    ]);
    expect(result.categories.map((category) => category.scores)).toEqual([[4, 5], [3], [1, 2]]);
  });

  it('on CES’s default scale, with no unfavorable band: favorable and other', () => {
    const answers = [7, 5, 2].map((score, index) => ({ customerId: `c${index}`, score }));
    const result = outcomesByScoreCategory(
      answers,
      answers.map(({ customerId }) => ({ customerId, value: 1 })),
      {
        metric: 'ces',
      },
    );
    expect(result.categories.map((category) => [category.category, category.scores])).toEqual([
      ['favorable', [5, 6, 7]],
      ['other', [1, 2, 3, 4]],
    ]);
  });

  it('an empty category has no estimate; one customer has a mean but no interval', () => {
    const answers = [
      { customerId: 'a', score: 10 },
      { customerId: 'b', score: 9 },
      { customerId: 'c', score: 2 },
    ];
    const spend = [
      { customerId: 'a', value: 10 },
      { customerId: 'b', value: 14 },
      { customerId: 'c', value: 3 },
    ];
    const result = outcomesByScoreCategory(answers, spend, { metric: 'nps' });
    expect(result.categories.map((category) => [category.n, category.estimate, category.ci === null])).toEqual([
      [2, 12, false],
      [0, null, true],
      [1, 3, true],
    ]);
    expect(result.differences.map((difference) => difference.difference)).toEqual([null, null, null]);
    const rates = outcomesByScoreCategory(
      answers,
      spend.map(({ customerId }) => ({ customerId, value: true })),
      {
        metric: 'nps',
      },
    );
    // Every customer renewed: the pooled rate is 1, the z-test has no spread, the difference is 0 with p 1.
    expect(rates.differences[1]).toMatchObject({ a: 'promoters', b: 'detractors', difference: 0, pValue: 1 });
  });

  it('means without spread in either category: a plain difference, but no test', () => {
    // Promoters all spent 12, detractors all 3: R's t.test(c(12, 12), c(3, 3)) stops with
    // "data are essentially constant"; the difference 12 − 3 = 9 stands without an interval.
    const answers = ['a', 'b', 'c', 'd'].map((customerId, index) => ({ customerId, score: index < 2 ? 10 : 2 }));
    const spend = answers.map(({ customerId, score }) => ({ customerId, value: score === 10 ? 12 : 3 }));
    const result = outcomesByScoreCategory(answers, spend, { metric: 'nps' });
    expect(result.differences[1]).toEqual({ a: 'promoters', b: 'detractors', difference: 9, ci: null, pValue: null });
  });

  it('keeps the last answer of a customer who answered twice, when asked to', () => {
    const answers = [
      { customerId: 'a', score: 3 },
      { customerId: 'a', score: 10 },
    ];
    const outcome = [{ customerId: 'a', value: true }];
    expectCxError(() => outcomesByScoreCategory(answers, outcome, { metric: 'nps' }), 'DUPLICATE_ID', [
      'responses',
      1,
      'customerId',
    ]);
    const last = outcomesByScoreCategory(answers, outcome, { metric: 'nps', repeatedResponses: 'last' });
    expect(last.categories.map((category) => category.n)).toEqual([1, 0, 0]);
  });
});

describe('outcomesByScoreCategory refuses what it cannot join', () => {
  const answers = [{ customerId: 'a', score: 9 }];
  const outcome = [{ customerId: 'a', value: true }];

  it('asks for its options instead of failing on a missing object', () => {
    expectCxError(() => outcomesByScoreCategory(answers, outcome, undefined as never), 'INVALID_ARGUMENT', ['options']);
  });

  it('names the bad entry', () => {
    expectCxError(
      () => outcomesByScoreCategory([{ customerId: 'a', score: 11 }], outcome, { metric: 'nps' }),
      'INVALID_INPUT',
      ['responses', 0, 'score'],
    );
    expectCxError(
      () => outcomesByScoreCategory([{ customerId: '', score: 9 }], outcome, { metric: 'nps' }),
      'INVALID_INPUT',
      ['responses', 0, 'customerId'],
    );
    expectCxError(
      () => outcomesByScoreCategory(answers, [...outcome, { customerId: 'b', value: 3 }], { metric: 'nps' }),
      'INVALID_INPUT',
      ['outcomes', 1, 'value'],
    );
    expectCxError(
      () => outcomesByScoreCategory(answers, [{ customerId: 'a', value: Number.NaN }], { metric: 'nps' }),
      'INVALID_INPUT',
      ['outcomes', 0, 'value'],
    );
    expectCxError(() => outcomesByScoreCategory(answers, [...outcome, ...outcome], { metric: 'nps' }), 'DUPLICATE_ID', [
      'outcomes',
      1,
      'customerId',
    ]);
    expectCxError(() => outcomesByScoreCategory(answers, [null] as never, { metric: 'nps' }), 'INVALID_INPUT', [
      'outcomes',
      0,
    ]);
    expectCxError(() => outcomesByScoreCategory('a' as never, outcome, { metric: 'nps' }), 'INVALID_INPUT', [
      'responses',
    ]);
  });

  it('says when no customer is on both sides', () => {
    const error = expectCxError(
      () => outcomesByScoreCategory(answers, [{ customerId: 'b', value: true }], { metric: 'nps' }),
      'NO_MATCHED_CUSTOMERS',
      [],
    );
    expect(error.message).toBe(
      'No customer has both an answer and an outcome (1 answered, 1 with an outcome): check that both use the same customer ids.',
    );
  });

  it('checks its options', () => {
    expectCxError(() => outcomesByScoreCategory(answers, outcome, { metric: 'effort' as never }), 'INVALID_OPTION', [
      'metric',
    ]);
    expectCxError(() => outcomesByScoreCategory(answers, outcome, { metric: 'nps', level: 1 }), 'INVALID_OPTION', [
      'level',
    ]);
    expectCxError(
      () => outcomesByScoreCategory(answers, outcome, { metric: 'nps', repeatedResponses: 'first' as never }),
      'INVALID_OPTION',
      ['repeatedResponses'],
    );
    expectCxError(
      () =>
        outcomesByScoreCategory(answers, outcome, { metric: 'nps', scale: defineScale({ name: 's', min: 1, max: 5 }) }),
      'INVALID_OPTION',
      ['scale'],
    );
    expectCxError(
      () => outcomesByScoreCategory(answers, outcome, { metric: 'csat', scale: { min: 1 } as never }),
      'INVALID_SCALE',
      ['scale'],
    );
    expectCxError(
      () => outcomesByScoreCategory(answers, outcome, { metric: 'nps', levle: 0.9 } as never),
      'UNKNOWN_OPTION',
    );
  });
});
