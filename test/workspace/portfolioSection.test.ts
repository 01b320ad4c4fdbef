import { fundPortfolio, parsePortfolio } from 'cxkit/governance';
import { describe, expect, it } from 'vitest';
import { portfolioSection } from '../../src/workspace/report/portfolioSection';
import { budgetPoint } from '../../src/workspace/report/summaryPoints';

// A budget of 100 (£k). By hand: "status" (60, value 10) and "kits" (30, value 3) fund the
// most value, 13 for 90; "portal" needs "planning" (together 80, value 6) and loses to
// them; "planning" alone (50, value 1) does not fit in the 10 left; "hangar" (120) is over
// the budget on its own.
const portfolio = parsePortfolio({
  kind: 'portfolio',
  schemaVersion: 1,
  id: 'cx-2027',
  title: 'CX portfolio 2027',
  budget: 100,
  costUnit: '£k',
  valueUnit: 'NPS points',
  ideas: [
    { id: 'status', title: 'Status calls', cost: 60, value: 10 },
    { id: 'planning', title: 'Link the planning system', cost: 50, value: 1 },
    { id: 'portal', title: 'Engine status portal', cost: 30, value: 5, dependsOn: ['planning'] },
    { id: 'kits', cost: 30, value: 3 },
    { id: 'hangar', title: 'A second hangar', cost: 120, value: 50 },
  ],
});
const analysis = {
  file: 'governance/portfolio.yaml',
  portfolio,
  funded: fundPortfolio(portfolio.ideas, portfolio.budget),
};

describe('the portfolio in the report', () => {
  it('says why each idea is left out by titles and in the portfolio’s unit, never by id', () => {
    expect(analysis.funded.funded).toEqual(['status', 'kits']);
    const section = portfolioSection(analysis);
    const whyNot = Object.fromEntries(
      (section.tables?.[0]?.rows ?? []).map((row) => [row[0], row[4]] as [unknown, unknown]),
    );
    expect(whyNot).toEqual({
      'Status calls': '–',
      'Link the planning system': 'Costs £50k and £10k is unspent: funding it means dropping funded ideas worth more.',
      'Engine status portal': 'Needs “Link the planning system”, which is not funded.',
      Kits: '–',
      'A second hangar': 'Costs £120k, more than the budget leaves after the must-do ideas.',
    });
    expect(budgetPoint(analysis, 'portfolio-cx-2027').text).toBe(
      'The budget of £100k funds 2 of 5 ideas for £90k, worth 13 NPS points. Left out: Link the planning system (£50k, outranked), Engine status portal (£30k, needs “Link the planning system”, which is not funded) and A second hangar (£120k, over the budget on its own).',
    );
  });
});
