import { describeValue } from '../core/errors/describeValue';
import type { ExclusionReason, FundedPortfolio } from '../governance/fundPortfolio';
import type { Idea } from '../governance/Idea';
import { type ChartOptions, readChartOptions } from './chartOptions';
import { formatNumber } from './formatNumber';
import { linearScale } from './linearScale';
import { raiseRender } from './messages';
import { niceTicks } from './niceTicks';
import { hatchPattern } from './seriesStyles';
import { svgChart } from './svgChart';
import { line, rect, text } from './svgElements';
import { textWidth, widestText } from './textWidth';

/**
 * Options for {@link portfolioChart}: the common chart options.
 *
 * @category Charts
 */
export type PortfolioChartOptions = ChartOptions;

const chartName = 'portfolioChart';

const reasonWords: Readonly<Record<ExclusionReason, string>> = {
  'over-budget': 'over budget',
  'dependency-not-funded': 'a dependency is not funded',
  'no-value': 'no value',
  outranked: 'outranked',
};

function finiteAtLeastZero(value: unknown, argument: string, path: (string | number)[]): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    raiseRender('INVALID_INPUT', [argument, 'a finite number ≥ 0', describeValue(value)], { path });
  }
  return value;
}

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
  const common = readChartOptions(options, [], { width: 860, title: 'Funded portfolio' });
  if (
    typeof portfolio !== 'object' ||
    portfolio === null ||
    !Array.isArray(portfolio.funded) ||
    !Array.isArray(portfolio.excluded)
  ) {
    raiseRender('INVALID_INPUT', ['portfolio', 'what fundPortfolio returns', describeValue(portfolio)], { path: [] });
  }
  if (!Array.isArray(ideas)) {
    raiseRender('INVALID_INPUT', ['ideas', 'the array of ideas given to fundPortfolio', describeValue(ideas)], {
      path: ['ideas'],
    });
  }
  finiteAtLeastZero(budget, 'budget', ['budget']);
  if (ideas.length === 0) raiseRender('NO_DATA', [chartName, 'there are no ideas']);
  const byId = new Map<string, { cost: number; value: number }>();
  ideas.forEach((idea, index) => {
    if (typeof idea !== 'object' || idea === null || typeof idea.id !== 'string') {
      raiseRender('INVALID_INPUT', [`ideas[${index}]`, 'an idea with an id', describeValue(idea)], {
        path: ['ideas', index],
      });
    }
    if (byId.has(idea.id)) {
      raiseRender('INVALID_INPUT', [`ideas[${index}].id`, 'unique among the ideas', JSON.stringify(idea.id)], {
        path: ['ideas', index, 'id'],
      });
    }
    byId.set(idea.id, {
      cost: finiteAtLeastZero(idea.cost, `ideas[${index}].cost`, ['ideas', index, 'cost']),
      value: finiteAtLeastZero(idea.value, `ideas[${index}].value`, ['ideas', index, 'value']),
    });
  });
  const mentioned = new Set<string>();
  const rows = [
    ...portfolio.funded.map((id: string) => ({
      id,
      funded: true,
      reason: null as ExclusionReason | null,
      message: null as string | null,
    })),
    ...(portfolio.excluded as FundedPortfolio['excluded']).map((entry) => ({
      id: entry.id,
      funded: false,
      reason: entry.reason as ExclusionReason | null,
      message: entry.message as string | null,
    })),
  ].map((row) => {
    const idea = byId.get(row.id);
    if (idea === undefined) {
      raiseRender('MISMATCHED_INPUT', [
        `the portfolio names idea ${JSON.stringify(row.id)}, which is not among the ideas`,
      ]);
    }
    mentioned.add(row.id);
    return { ...row, ...idea };
  });
  for (const id of byId.keys()) {
    if (!mentioned.has(id)) {
      raiseRender('MISMATCHED_INPUT', [`idea ${JSON.stringify(id)} is neither funded nor excluded in the portfolio`]);
    }
  }
  const totalCost = rows.reduce((sum, row) => (row.funded ? sum + row.cost : sum), 0);
  const totalValue = rows.reduce((sum, row) => (row.funded ? sum + row.value : sum), 0);
  const statusWords = (row: (typeof rows)[number]) =>
    row.funded ? 'funded' : `excluded, ${row.reason === null ? '' : (reasonWords[row.reason] ?? row.reason)}`;
  const headline = `Funded ${portfolio.funded.length} of ${rows.length} ideas: cost ${formatNumber(totalCost, 2)} of the budget of ${formatNumber(budget, 2)}${budget > 0 ? ` (${formatNumber((100 * totalCost) / budget, 1)}%)` : ''}, value ${formatNumber(totalValue, 2)}.`;
  const description = [
    headline,
    ...rows.map(
      (row) =>
        `${row.id}: ${statusWords(row)}; cost ${formatNumber(row.cost, 2)}, value ${formatNumber(row.value, 2)}${row.message === null ? '' : `. ${row.message}`}.`,
    ),
  ].join(' ');

  const costAxis = niceTicks(0, Math.max(budget, totalCost, ...rows.map((row) => row.cost)) || 1, 5);
  const valueAxis = niceTicks(0, Math.max(totalValue, ...rows.map((row) => row.value)) || 1, 4);
  const rowHeight = 26;
  const top = 96;
  // The funded total takes the first row, the ideas the rest.
  const bottom = top + (rows.length + 1) * rowHeight;
  const height = common.height ?? bottom + 40;
  const totalWords = `cost ${formatNumber(totalCost, 2)}, value ${formatNumber(totalValue, 2)}`;
  // The label column and the words on the right are sized from their text, so no idea's
  // name or reason is cut off; the two plots share what is left, and the chart grows
  // wider than asked only when that is less than 300 px.
  const labelRight = Math.max(120, 12 + widestText(['Funded total', ...rows.map((row) => row.id)], 12, true));
  const wordsWidth = widestText([totalWords, ...rows.map(statusWords)], 11);
  const plotsWidth = Math.max(300, common.width - (labelRight + 10) - 30 - 12 - wordsWidth - 12);
  const width = Math.max(
    common.width,
    labelRight + 10 + plotsWidth + 30 + 12 + wordsWidth + 12,
    12 + textWidth(headline, 12, true) + 12,
  );
  const costLeft = labelRight + 10;
  const costRight = costLeft + plotsWidth * 0.63;
  const valueLeft = costRight + 30;
  const valueRight = valueLeft + plotsWidth * 0.37;
  const xCost = linearScale(costAxis.domain, [costLeft, costRight]);
  const xValue = linearScale(valueAxis.domain, [valueLeft, valueRight]);

  const draw = (prefix: string) => {
    const hatch = `${prefix}-hatch`;
    const parts: string[] = [`<defs>${hatchPattern(hatch, '#6d6d6d')}</defs>`];
    parts.push(text(12, 44, headline, { fill: '#1a1a1a', 'font-weight': 'bold' }));
    parts.push(text(12, 62, 'Solid: funded. Hatched: excluded, with the reason.', { fill: '#555555' }));
    parts.push(
      text((costLeft + costRight) / 2, 84, 'Cost', { 'text-anchor': 'middle', fill: '#333333', 'font-weight': 'bold' }),
    );
    parts.push(
      text((valueLeft + valueRight) / 2, 84, 'Value', {
        'text-anchor': 'middle',
        fill: '#333333',
        'font-weight': 'bold',
      }),
    );
    for (const tick of costAxis.ticks) {
      parts.push(line(xCost(tick), top - 4, xCost(tick), bottom, { stroke: '#eeeeee' }));
      parts.push(
        text(xCost(tick), bottom + 14, formatNumber(tick, 2), {
          'text-anchor': 'middle',
          fill: '#555555',
          'font-size': 10,
        }),
      );
    }
    for (const tick of valueAxis.ticks) {
      parts.push(line(xValue(tick), top - 4, xValue(tick), bottom, { stroke: '#eeeeee' }));
      parts.push(
        text(xValue(tick), bottom + 14, formatNumber(tick, 2), {
          'text-anchor': 'middle',
          fill: '#555555',
          'font-size': 10,
        }),
      );
    }
    const barRow = (
      index: number,
      label: string,
      cost: number,
      value: number | null,
      funded: boolean,
      words: string,
    ) => {
      const rowTop = top + index * rowHeight;
      const paint = funded ? { fill: '#1f4e79', stroke: '#1f4e79' } : { fill: `url(#${hatch})`, stroke: '#6d6d6d' };
      parts.push(
        text(labelRight, rowTop + 17, label, {
          'text-anchor': 'end',
          fill: '#1a1a1a',
          'font-weight': index === 0 ? 'bold' : undefined,
        }),
      );
      parts.push(rect(costLeft, rowTop + 6, xCost(cost) - costLeft, 14, paint));
      if (value !== null) parts.push(rect(valueLeft, rowTop + 6, xValue(value) - valueLeft, 14, paint));
      parts.push(text(valueRight + 12, rowTop + 17, words, { fill: '#1a1a1a', 'font-size': 11 }));
    };
    barRow(0, 'Funded total', totalCost, totalValue, true, totalWords);
    rows.forEach((row, index) => {
      barRow(index + 1, row.id, row.cost, row.value, row.funded, statusWords(row));
    });
    const budgetX = xCost(budget);
    parts.push(
      line(budgetX, top - 4, budgetX, bottom, { stroke: '#b00020', 'stroke-width': 2, 'stroke-dasharray': '6 3' }),
    );
    parts.push(
      text(budgetX, top - 8, `Budget ${formatNumber(budget, 2)}`, {
        'text-anchor': 'middle',
        fill: '#b00020',
        'font-weight': 'bold',
        'font-size': 11,
      }),
    );
    return parts.join('\n');
  };
  return svgChart({ kind: 'portfolio', width, height, title: common.title, description, id: common.id, draw });
}
