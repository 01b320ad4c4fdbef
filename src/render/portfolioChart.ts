import type { FundedPortfolio } from '../governance/fundPortfolio';
import type { Idea } from '../governance/Idea';
import { drawOrRefuse } from './drawOrRefuse';
import { drawPortfolioChart } from './drawPortfolioChart';
import { layOutPortfolioChart } from './layOutPortfolioChart';
import type { PortfolioChartOptions } from './PortfolioChartOptions';
import { readPortfolioChartInput } from './readPortfolioChartInput';

/**
 * Draws a funded portfolio against its budget: a bar for the funded total with the budget
 * as a dashed line, then every idea — funded first, then the excluded, each in input
 * order — with its cost (on the budget's axis) and its value, solid when funded and
 * hatched when not, and in words whether it was funded or why it was left out.
 *
 * A cost `c` sits at `left + w · c / hi` on a cost axis from 0 to `hi` (a nice number at
 * or above the budget and every cost) that is `w` wide; values have their own axis.
 *
 * @param portfolio - What `fundPortfolio` returns.
 * @param ideas - The ideas given to `fundPortfolio`, for their costs and values.
 * @param budget - The budget given to `fundPortfolio`.
 * @param options - The common chart options.
 * @returns The SVG, as a string.
 * @throws `CxError` `NO_DATA` (no ideas), `MISMATCHED_INPUT` (an id of the portfolio not among the ideas, or an idea
 *   the portfolio does not mention), `INVALID_INPUT` (a cost, value or budget that is not a finite number ≥ 0, a repeated
 *   id), `UNKNOWN_OPTION`.
 *
 * @example
 * import { fundPortfolio } from 'cxkit/governance';
 * import { portfolioChart } from 'cxkit/render';
 *
 * const ideas = [
 *   { id: 'callback', cost: 30, value: 40 },
 *   { id: 'portal', cost: 60, value: 45 },
 *   { id: 'chatbot', cost: 25, value: 20 },
 * ];
 * const svg = portfolioChart(fundPortfolio(ideas, 60), ideas, 60);
 * svg.includes('portal: excluded, outranked') // => true
 * portfolioChart(fundPortfolio(ideas, 60), ideas.slice(1), 60) // throws CxError MISMATCHED_INPUT
 *
 * @category Charts
 */
export function portfolioChart(
  portfolio: FundedPortfolio,
  ideas: readonly Idea[],
  budget: number,
  options: PortfolioChartOptions = {},
): string {
  return drawOrRefuse('portfolio', 'what fundPortfolio returns, with the ideas it funded from', () =>
    drawPortfolioChart(layOutPortfolioChart(readPortfolioChartInput(portfolio, ideas, budget, options))),
  );
}
