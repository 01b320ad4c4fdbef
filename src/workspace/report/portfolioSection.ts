import { portfolioChart, type ReportSection } from '../../render/index';
import type { PortfolioAnalysis } from '../WorkspaceAnalysis';
import { amount, counted, drawn, humanized } from './reportText';

/** @internal The anchor of a portfolio's section. */
export function portfolioSectionId(analysis: PortfolioAnalysis): string {
  return `portfolio-${analysis.portfolio.id}`;
}

/** @internal An idea's title, else its id in words. */
export function ideaTitle(idea: { readonly id: string; readonly title?: string }): string {
  return idea.title ?? humanized(idea.id);
}

/**
 * @internal An amount in the portfolio's cost unit: a currency symbol with an optional
 * multiplier is written around the number ("£k" gives "£990k"), any other unit after it
 * ("990 person-days"), and no unit leaves the bare number.
 */
export function costWords(portfolio: PortfolioAnalysis['portfolio'], value: number): string {
  const unit = portfolio.costUnit;
  if (unit === undefined) return amount(value);
  const currency = /^([£$€¥])(k|m|bn)?$/.exec(unit.trim());
  if (currency !== null) return `${currency[1]}${amount(value)}${currency[2] ?? ''}`;
  return `${amount(value)} ${unit}`;
}

/**
 * @internal Why an idea is left out, in the report's words: ideas by their titles and
 * money in the portfolio's unit, where `fundPortfolio`'s own sentence names ids and bare
 * numbers.
 */
export function exclusionWords(
  analysis: PortfolioAnalysis,
  entry: PortfolioAnalysis['funded']['excluded'][number],
): string {
  const { portfolio, funded } = analysis;
  const idea = portfolio.ideas.find((candidate) => candidate.id === entry.id);
  const cost = costWords(portfolio, idea?.cost ?? 0);
  switch (entry.reason) {
    case 'dependency-not-funded': {
      const missing = (idea?.dependsOn ?? [])
        .filter((dependency) => !funded.funded.includes(dependency))
        .map((dependency) => {
          const needed = portfolio.ideas.find((candidate) => candidate.id === dependency);
          return `“${ideaTitle(needed ?? { id: dependency })}”`;
        });
      return `Needs ${missing.join(' and ')}, which ${missing.length === 1 ? 'is' : 'are'} not funded.`;
    }
    case 'over-budget':
      return `Costs ${cost}${(idea?.dependsOn ?? []).length === 0 ? ',' : ': with what it needs,'} more than the budget leaves after the must-do ideas.`;
    case 'outranked':
      return `Costs ${cost} and ${costWords(portfolio, portfolio.budget - funded.totalCost)} is unspent: funding it means dropping funded ideas worth more.`;
    default:
      return entry.message;
  }
}

/** @internal The report's section for one funding portfolio: what the budget funds and why the rest is not. */
export function portfolioSection(analysis: PortfolioAnalysis): ReportSection {
  const notes: string[] = [];
  const { portfolio, funded } = analysis;
  const excludedOf = new Map(funded.excluded.map((entry) => [entry.id, exclusionWords(analysis, entry)]));
  const labels = Object.fromEntries(portfolio.ideas.map((idea) => [idea.id, ideaTitle(idea)]));
  const units = {
    ...(portfolio.costUnit === undefined ? {} : { costUnit: portfolio.costUnit }),
    ...(portfolio.valueUnit === undefined ? {} : { valueUnit: portfolio.valueUnit }),
  };
  const charts = drawn(
    notes,
    `${portfolio.title}: what the budget of ${costWords(portfolio, portfolio.budget)} funds`,
    (size) =>
      portfolioChart(funded, portfolio.ideas, portfolio.budget, {
        ...size,
        ...units,
        labels,
        title: `${portfolio.title}: funded within the budget`,
      }),
    `${portfolio.id}-portfolio`,
  );
  const unit = (name: string, value: string | undefined) => (value === undefined ? name : `${name} (${value})`);
  return {
    id: portfolioSectionId(analysis),
    title: portfolio.title,
    summary: [
      `${funded.funded.length} of ${counted(portfolio.ideas.length, 'idea')} funded for ${costWords(portfolio, funded.totalCost)} of the budget of ${costWords(portfolio, portfolio.budget)}, value ${amount(funded.totalValue)}${portfolio.valueUnit === undefined ? '' : ` ${portfolio.valueUnit}`}: the most value the budget can buy, found exactly.`,
      ...notes,
    ],
    charts,
    tables: [
      {
        caption: 'Ideas',
        columns: ['idea', unit('cost', portfolio.costUnit), unit('value', portfolio.valueUnit), 'funded', 'why not'],
        rows: portfolio.ideas.map((idea) => [
          ideaTitle(idea),
          idea.cost ?? null,
          idea.value ?? null,
          funded.funded.includes(idea.id) ? 'yes' : 'no',
          excludedOf.get(idea.id) ?? '–',
        ]),
      },
    ],
  };
}
