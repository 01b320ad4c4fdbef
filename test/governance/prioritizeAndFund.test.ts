import { describe, expect, it } from 'vitest';
import { fundPortfolio, type Idea, prioritize } from '../../src/governance/index';
import { fitTransferFunction, whatIf } from '../../src/transfer/index';
import { expectCxError } from '../expectCxError';

describe('prioritize', () => {
  it('scores RICE as reach × impact × confidence ÷ effort', () => {
    // callback 4000·2·0.8/2 = 3200; portal 10000·1·0.5/5 = 1000; faq 500·3·1/0.5 = 3000.
    const ideas = [
      { id: 'callback', reach: 4000, impact: 2, confidence: 0.8, effort: 2 },
      { id: 'portal', reach: 10000, impact: 1, confidence: 0.5, effort: 5 },
      { id: 'faq', reach: 500, impact: 3, confidence: 1, effort: 0.5 },
    ];
    expect(prioritize(ideas, { method: 'rice' })).toEqual([
      { id: 'callback', rank: 1, score: 3200 },
      { id: 'faq', rank: 2, score: 3000 },
      { id: 'portal', rank: 3, score: 1000 },
    ]);
  });

  it('scores ICE as impact × confidence × ease, and ties share a rank in input order', () => {
    // a 8·0.5·6 = 24; b 6·1·4 = 24; c 9·0.25·8 = 18; d 10·1·3 = 30.
    const ideas = [
      { id: 'a', impact: 8, confidence: 0.5, ease: 6 },
      { id: 'b', impact: 6, confidence: 1, ease: 4 },
      { id: 'c', impact: 9, confidence: 0.25, ease: 8 },
      { id: 'd', impact: 10, confidence: 1, ease: 3 },
    ];
    expect(prioritize(ideas, { method: 'ice' }).map((idea) => [idea.id, idea.rank, idea.score])).toEqual([
      ['d', 1, 30],
      ['a', 2, 24],
      ['b', 2, 24],
      ['c', 4, 18],
    ]);
  });

  it('scores WSJF as the cost of delay over job size', () => {
    // (8 + 5 + 3) / 4 = 4; (5 + 8 + 8) / 7 = 3; (1 + 1 + 1) / 1 = 3.
    const ideas = [
      { id: 'billing-fix', businessValue: 8, timeCriticality: 5, riskReduction: 3, jobSize: 4 },
      { id: 'consent', businessValue: 5, timeCriticality: 8, riskReduction: 8, jobSize: 7 },
      { id: 'typo', businessValue: 1, timeCriticality: 1, riskReduction: 1, jobSize: 1 },
    ];
    expect(prioritize(ideas, { method: 'wsjf' })).toEqual([
      { id: 'billing-fix', rank: 1, score: 4 },
      { id: 'consent', rank: 2, score: 3 },
      { id: 'typo', rank: 2, score: 3 },
    ]);
  });

  it('places ideas in impact/effort quadrants against the medians', () => {
    // Impact median (3 + 8) / 2 = 5.5; effort median (2 + 8) / 2 = 5.
    // Scores: 9/2 = 4.5, 8/9, 3/1 = 3, 2/8 = 0.25.
    const ideas = [
      { id: 'quick', impact: 9, effort: 2 },
      { id: 'big', impact: 8, effort: 9 },
      { id: 'small', impact: 3, effort: 1 },
      { id: 'pit', impact: 2, effort: 8 },
    ];
    expect(prioritize(ideas, { method: 'impact-effort' })).toEqual([
      { id: 'quick', rank: 1, score: 4.5, quadrant: 'quick-win' },
      { id: 'small', rank: 2, score: 3, quadrant: 'fill-in' },
      { id: 'big', rank: 3, score: 8 / 9, quadrant: 'major-project' },
      { id: 'pit', rank: 4, score: 0.25, quadrant: 'money-pit' },
    ]);
  });

  it('reads the impact from a transfer function’s predicted change', () => {
    // Least squares by hand for outcome [9, 7, 5.5, 3] on waitMinutes [0, 5, 10, 15]:
    // Sxy = −48.75, Sxx = 125, slope −0.39; five minutes faster → +1.95.
    const fit = fitTransferFunction({ outcome: [9, 7, 5.5, 3], drivers: { waitMinutes: [0, 5, 10, 15] } });
    const faster = whatIf(fit, { waitMinutes: 10 }, { waitMinutes: -5 });
    const ideas: Idea[] = [
      { id: 'more-agents', driver: 'waitMinutes', predictedChange: faster, confidence: 1, ease: 2 },
      { id: 'new-ivr', predictedChange: 1.5, confidence: 1, ease: 3 },
    ];
    const ranked = prioritize(ideas, { method: 'ice', impact: 'predicted-change' });
    expect(ranked.map((idea) => idea.id)).toEqual(['new-ivr', 'more-agents']);
    expect(ranked[0]?.score).toBe(4.5);
    expect(ranked[1]?.score).toBeCloseTo(3.9, 10);
  });

  it('names the missing or invalid field', () => {
    expectCxError(
      () => prioritize([{ id: 'a', reach: 1, impact: 1, confidence: 0.5 }], { method: 'rice' }),
      'MISSING_FIELD',
      [0, 'effort'],
    );
    expectCxError(
      () => prioritize([{ id: 'a', reach: 1, impact: 1, confidence: 50, effort: 1 }], { method: 'rice' }),
      'INVALID_INPUT',
      [0, 'confidence'],
    );
    expectCxError(() => prioritize([{ id: 'a', impact: 1, effort: 0 }], { method: 'impact-effort' }), 'INVALID_INPUT', [
      0,
      'effort',
    ]);
    expectCxError(
      () => prioritize([{ id: 'a', impact: 1, confidence: 1, ease: 1 }], { method: 'ice', impact: 'predicted-change' }),
      'MISSING_FIELD',
      [0, 'predictedChange'],
    );
    expectCxError(() => prioritize([], { method: 'moscow' as never }), 'INVALID_OPTION', ['method']);
    expectCxError(
      () =>
        prioritize(
          [
            { id: 'a', impact: 1, effort: 1 },
            { id: 'a', impact: 1, effort: 1 },
          ],
          { method: 'impact-effort' },
        ),
      'DUPLICATE_ID',
      [1, 'id'],
    );
    expect(prioritize([], { method: 'rice' })).toEqual([]);
  });
});

describe('fundPortfolio', () => {
  it('funds the most valuable set within budget and explains every exclusion', () => {
    // Budget 100. Every feasible set (b needs c) with its value:
    // {a} 50 · {a,c} 50 · {a,f} 50 · {a,c,f} 50 · {b,c} 45 · {b,c,f} 45 · {d} 40 · {d,c} 40 · {d,f} 40 · {d,c,f} 40
    // (a + d = 105 and e = 120 do not fit). The best value is 50, and of the sets worth 50
    // {a} costs least (60).
    const ideas: Idea[] = [
      { id: 'a', cost: 60, value: 50 },
      { id: 'b', cost: 50, value: 45, dependsOn: ['c'] },
      { id: 'c', cost: 30, value: 0 },
      { id: 'd', cost: 45, value: 40 },
      { id: 'e', cost: 120, value: 200 },
      { id: 'f', cost: 10, value: 0 },
    ];
    const portfolio = fundPortfolio(ideas, 100);
    expect(portfolio.funded).toEqual(['a']);
    expect([portfolio.totalCost, portfolio.totalValue]).toEqual([60, 50]);
    expect(portfolio.excluded.map((idea) => [idea.id, idea.reason])).toEqual([
      ['b', 'dependency-not-funded'],
      ['c', 'no-value'],
      ['d', 'outranked'],
      ['e', 'over-budget'],
      ['f', 'no-value'],
    ]);
    expect(portfolio.excluded.map((idea) => idea.message)).toMatchInlineSnapshot(`
      [
        "Depends on "c", which is not funded.",
        "Its value is 0: funding it would add nothing.",
        "Costs 45 (0.889 value per cost) and 40 is unspent: funding it means dropping funded ideas worth at least as much.",
        "Costs 120, more than the 100 the budget leaves after the must-do ideas.",
        "Its value is 0: funding it would add nothing.",
      ]
    `);
  });

  it('funds must-do ideas with their dependencies first', () => {
    // platform (40) comes with the must-do crm (20): 60 of 100 spent, 40 left for the
    // rest. chatbot alone (35, value 30) beats survey + faq (20 + 15 = 35, value 25 + 4 = 29).
    const ideas: Idea[] = [
      { id: 'crm', cost: 20, value: 1, mustDo: true, dependsOn: ['platform'] },
      { id: 'platform', cost: 40, value: 0 },
      { id: 'chatbot', cost: 35, value: 30 },
      { id: 'survey', cost: 20, value: 25 },
      { id: 'faq', cost: 15, value: 4 },
    ];
    const portfolio = fundPortfolio(ideas, 100);
    expect(portfolio.funded).toEqual(['crm', 'platform', 'chatbot']);
    expect([portfolio.totalCost, portfolio.totalValue]).toEqual([95, 31]);
    expectCxError(() => fundPortfolio(ideas, 59), 'MUST_DO_OVER_BUDGET', ['budget']);
  });

  it('adds decimal money exactly: 0.1 + 0.2 + 0.3 fits 0.6 in any order', () => {
    // Floating point made 0.1 + 0.2 + 0.3 = 0.6000000000000001 (over the budget) in one order
    // and 0.6 in another, so the answer depended on the order of the list.
    const ideas: Idea[] = [
      { id: 'a', cost: 0.1, value: 1 },
      { id: 'b', cost: 0.2, value: 1 },
      { id: 'c', cost: 0.3, value: 1 },
    ];
    for (const order of [ideas, [...ideas].reverse(), [ideas[1], ideas[2], ideas[0]] as Idea[]]) {
      const portfolio = fundPortfolio(order, 0.6);
      expect([...portfolio.funded].sort()).toEqual(['a', 'b', 'c']);
      expect(portfolio.totalCost).toBe(0.6);
      expect(portfolio.totalValue).toBe(3);
    }
    // 0.1 + 0.2 (0.30000000000000004 in floating point) fits a budget of 0.3.
    const pair = fundPortfolio(
      [
        { id: 'a', cost: 0.1, value: 1 },
        { id: 'b', cost: 0.2, value: 1 },
      ],
      0.3,
    );
    expect(pair.funded).toEqual(['a', 'b']);
    expect(pair.totalCost).toBe(0.3);
    // Values add exactly too: x and y together are worth 0.3, no more (floating point said
    // 0.30000000000000004 and funded them), so they tie with z and the cheaper z wins.
    const values = fundPortfolio(
      [
        { id: 'x', cost: 2, value: 0.1 },
        { id: 'y', cost: 2, value: 0.2 },
        { id: 'z', cost: 3, value: 0.3 },
      ],
      4,
    );
    expect(values.funded).toEqual(['z']);
    expect(values.totalValue).toBe(0.3);
  });

  it('breaks ties by least cost, then fewest ideas, then ids', () => {
    // Equal value 10: {big} costs 9, {small-a, small-b} cost 8 → the cheaper pair.
    const cheaper = fundPortfolio(
      [
        { id: 'big', cost: 9, value: 10 },
        { id: 'small-a', cost: 4, value: 5 },
        { id: 'small-b', cost: 4, value: 5 },
      ],
      9,
    );
    expect(cheaper.funded).toEqual(['small-a', 'small-b']);
    expect(cheaper.excluded).toEqual([
      {
        id: 'big',
        reason: 'outranked',
        message:
          'Costs 9 (1.11 value per cost) and 1 is unspent: funding it means dropping funded ideas worth at least as much.',
      },
    ]);
    // Equal value and cost: {one} against {half-a, half-b} → the single idea.
    const fewer = fundPortfolio(
      [
        { id: 'half-a', cost: 3, value: 5 },
        { id: 'half-b', cost: 3, value: 5 },
        { id: 'one', cost: 6, value: 10 },
      ],
      6,
    );
    expect(fewer.funded).toEqual(['one']);
    // Equal in everything: the ids, sorted, first — in any order of the list.
    const twins: Idea[] = [
      { id: 'beta', cost: 5, value: 7 },
      { id: 'alpha', cost: 5, value: 7 },
      { id: 'gamma', cost: 5, value: 7 },
    ];
    expect(fundPortfolio(twins, 10).funded).toEqual(['beta', 'alpha']);
    expect(fundPortfolio([...twins].reverse(), 10).funded).toEqual(['alpha', 'beta']);
    // A free idea of no value is never funded for nothing.
    expect(
      fundPortfolio(
        [
          { id: 'a-free', cost: 0, value: 0 },
          { id: 'b', cost: 1, value: 1 },
        ],
        1,
      ).funded,
    ).toEqual(['b']);
  });

  it('refuses amounts too fine to add exactly', () => {
    // 3000000.3333333335 has 10 decimal places: 3 × 3.0e16 units of 1e-10 is past 2^53.
    const fine = Array.from({ length: 3 }, (_, index) => ({ id: `i${index}`, cost: 3_000_000 + 1 / 3, value: 1 }));
    const error = expectCxError(() => fundPortfolio(fine, 10), 'AMOUNTS_TOO_PRECISE', []);
    expect(error.message).toBe(
      'The costs and the budget need 10 decimal places between them, too many to add up exactly (at most 2^53 − 1 units of the finest place in all); round them to fewer places first.',
    );
  });

  it('names a dependency cycle and an unknown dependency', () => {
    const cycle = [
      { id: 'a', cost: 1, value: 1, dependsOn: ['b'] },
      { id: 'b', cost: 1, value: 1, dependsOn: ['c'] },
      { id: 'c', cost: 1, value: 1, dependsOn: ['a'] },
      { id: 'd', cost: 1, value: 1 },
    ];
    const error = expectCxError(() => fundPortfolio(cycle, 10), 'DEPENDENCY_CYCLE');
    expect(error.message).toBe(
      'The ideas depend on each other in a cycle (a → b → c → a): none of them can be funded before the others.',
    );
    expect(error.details).toEqual({ cycle: ['a', 'b', 'c'] });
    expectCxError(() => fundPortfolio([{ id: 'a', cost: 1, value: 1, dependsOn: ['a'] }], 10), 'DEPENDENCY_CYCLE');
    expectCxError(() => fundPortfolio([{ id: 'a', cost: 1, value: 1, dependsOn: ['z'] }], 10), 'UNKNOWN_DEPENDENCY', [
      0,
      'dependsOn',
      0,
    ]);
  });

  it('rejects bad amounts, too many ideas and a search beyond its limit', () => {
    expectCxError(() => fundPortfolio([{ id: 'a', cost: -1, value: 1 }], 10), 'INVALID_INPUT', [0, 'cost']);
    expectCxError(() => fundPortfolio([{ id: 'a', cost: 1 }], 10), 'MISSING_FIELD', [0, 'value']);
    expectCxError(() => fundPortfolio([], Number.NaN), 'INVALID_INPUT', ['budget']);
    const many = Array.from({ length: 201 }, (_, index) => ({ id: `i${index}`, cost: 1, value: 1 }));
    expectCxError(() => fundPortfolio(many, 10), 'TOO_MANY_IDEAS');
    // Equal value per cost and even costs under an odd budget: the bound (31) always beats
    // the best reachable value (30), so nothing is pruned and a tiny branch budget runs out.
    const flat = Array.from({ length: 30 }, (_, index) => ({
      id: `i${index}`,
      cost: 2 * (1 + (index % 3)),
      value: 2 * (1 + (index % 3)),
    }));
    expectCxError(() => fundPortfolio(flat, 31, { maxBranches: 50 }), 'SEARCH_LIMIT');
    expectCxError(() => fundPortfolio([], 1, { maxBranch: 5 } as never), 'UNKNOWN_OPTION');
    expect(fundPortfolio([], 0)).toEqual({ funded: [], totalCost: 0, totalValue: 0, excluded: [], branches: 1 });
  });
});
