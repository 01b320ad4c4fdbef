import { portfolioChart, type ReportSection } from '../../render/index';
import type { PortfolioAnalysis } from '../WorkspaceAnalysis';
import { counted, drawn } from './reportText';

/** @internal The report's section for one funding portfolio: what the budget funds and why the rest is not. */
export function portfolioSection(analysis: PortfolioAnalysis): ReportSection {
  const notes: string[] = [];
  const { portfolio, funded } = analysis;
  // Why an idea is out, in fundPortfolio's own sentence (which says what it would cost).
  const excludedOf = new Map(funded.excluded.map((entry) => [entry.id, entry.message]));
  const charts = drawn(
    notes,
    `${portfolio.title}: funded within the budget`,
    () =>
      portfolioChart(funded, portfolio.ideas, portfolio.budget, {
        title: `${portfolio.title}: funded within ${portfolio.budget}`,
      }),
    `${portfolio.id}-portfolio`,
  );
  return {
    id: `portfolio-${portfolio.id}`,
    title: portfolio.title,
    summary: [
      `${funded.funded.length} of ${counted(portfolio.ideas.length, 'idea')} funded for ${funded.totalCost} of the budget of ${portfolio.budget} (value ${funded.totalValue}); the most value the budget can buy, found exactly.`,
      ...notes,
    ],
    charts,
    tables: [
      {
        caption: 'Ideas',
        columns: ['idea', 'cost', 'value', 'funded', 'why not'],
        rows: portfolio.ideas.map((idea) => [
          idea.title ?? idea.id,
          idea.cost ?? null,
          idea.value ?? null,
          funded.funded.includes(idea.id) ? 'yes' : 'no',
          excludedOf.get(idea.id) ?? '–',
        ]),
      },
    ],
  };
}
