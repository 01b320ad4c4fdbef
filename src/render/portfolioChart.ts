import { describeValue } from '../core/errors/describeValue';
import type { ExclusionReason, FundedPortfolio } from '../governance/fundPortfolio';
import type { Idea } from '../governance/Idea';
import { tickLabelAnchor } from './axisLabel';
import { chartLayout, isNarrow } from './chartLayout';
import { type ChartOptions, readChartOptions } from './chartOptions';
import { formatNumber } from './formatNumber';
import { linearScale } from './linearScale';
import { raiseRender } from './messages';
import { ticksThatFit } from './niceTicks';
import { layoutRows, rowTexts } from './rowLayout';
import { hatchPattern } from './seriesStyles';
import { svgChart } from './svgChart';
import { line, rect, text } from './svgElements';
import { textWidth } from './textWidth';
import { wrapText } from './wrapText';

/**
 * Options for {@link portfolioChart}.
 *
 * @category Charts
 */
export interface PortfolioChartOptions extends ChartOptions {
  /** Each idea's name for people, by idea id (a portfolio document's `title`s). Default: the ids. */
  readonly labels?: Readonly<Record<string, string>>;
  /** The unit of the budget and costs, for the axis, e.g. `'£ thousand'`. Default: none written. */
  readonly costUnit?: string;
  /** The unit of the values, e.g. `'NPS points'`. Default: none written. */
  readonly valueUnit?: string;
}

const chartName = 'portfolioChart';

const reasonWords: Readonly<Record<ExclusionReason, string>> = {
  'over-budget': 'over budget',
  'dependency-not-funded': 'a dependency is not funded',
  'no-value': 'no value',
  outranked: 'outranked',
};

function unitText(value: unknown, option: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    raiseRender('INVALID_INPUT', [`Option ${option}`, 'a non-empty text', describeValue(value)], { path: [option] });
  }
  return value;
}

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
  const common = readChartOptions(options, ['labels', 'costUnit', 'valueUnit'], {
    width: 760,
    title: 'Funded portfolio',
  });
  const labels = (options.labels ?? {}) as Readonly<Record<string, unknown>>;
  if (typeof labels !== 'object' || labels === null || Array.isArray(labels)) {
    raiseRender('INVALID_INPUT', ['Option labels', 'an object of idea names by idea id', describeValue(labels)], {
      path: ['labels'],
    });
  }
  const nameOf = (id: string) => {
    const given = Object.hasOwn(labels, id) ? labels[id] : undefined;
    if (given !== undefined && (typeof given !== 'string' || given.trim() === '')) {
      raiseRender('INVALID_INPUT', [`Option labels.${id}`, 'a non-empty text', describeValue(given)], {
        path: ['labels', id],
      });
    }
    return (given as string | undefined) ?? id;
  };
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
  const costUnit = unitText(options.costUnit, 'costUnit');
  const valueUnit = unitText(options.valueUnit, 'valueUnit');
  // A currency symbol with an optional multiplier goes around the number ("£k": £990k),
  // any other unit after it.
  const withUnit = (value: number, unit: string | undefined) => {
    if (unit === undefined) return formatNumber(value, 2);
    const currency = /^([£$€¥])(k|m|bn)?$/.exec(unit.trim());
    return currency === null
      ? `${formatNumber(value, 2)} ${unit}`
      : `${currency[1]}${formatNumber(value, 2)}${currency[2] ?? ''}`;
  };
  const headline = `Funded ${portfolio.funded.length} of ${rows.length} ideas: cost ${withUnit(totalCost, costUnit)} of the budget of ${withUnit(budget, costUnit)}${budget > 0 ? ` (${formatNumber((100 * totalCost) / budget, 1)}%)` : ''}, value ${withUnit(totalValue, valueUnit)}.`;
  const description = [
    headline,
    ...rows.map(
      (row) =>
        `${nameOf(row.id)}: ${statusWords(row)}; cost ${formatNumber(row.cost, 2)}, value ${formatNumber(row.value, 2)}${row.message === null ? '' : `. ${row.message}`}.`,
    ),
  ].join(' ');

  const { fontSize, lineHeight, margin } = chartLayout;
  const width = common.width;
  const narrow = isNarrow(width);
  const totalWords = `cost ${formatNumber(totalCost, 2)}, value ${formatNumber(totalValue, 2)}`;
  const headlineLines = wrapText(headline, fontSize, width - 2 * margin, true);
  const noteWords = narrow
    ? `Bars: cost, solid when funded, hatched when excluded; the dashed red mark: the budget of ${withUnit(budget, costUnit)}.`
    : 'Solid: funded. Hatched: excluded, with the reason.';
  const noteLines = wrapText(noteWords, fontSize, width - 2 * margin);
  const headerTop = 44 + (headlineLines.length + noteLines.length) * lineHeight + 8;
  const layout = layoutRows(
    [
      {
        kind: 'row',
        label: 'Funded total',
        value: totalWords,
        bold: true,
        plotHeight: 14,
      },
      ...rows.map((row) => ({
        kind: 'row' as const,
        label: nameOf(row.id),
        value: narrow
          ? `${statusWords(row)}, cost ${formatNumber(row.cost, 2)}, value ${formatNumber(row.value, 2)}`
          : statusWords(row),
        plotHeight: 14,
      })),
    ],
    { width, top: headerTop + 2 * lineHeight + 8, maxLabelShare: 0.34, minPlot: 300 },
  );
  const plotsWidth = layout.plotRight - layout.plotLeft;
  const costLeft = layout.plotLeft;
  const costRight = narrow ? layout.plotRight : costLeft + (plotsWidth - 30) * 0.63;
  const valueLeft = costRight + 30;
  const valueRight = layout.plotRight;
  const tickText = (tick: number) => formatNumber(tick, 2);
  const costAxis = ticksThatFit(
    0,
    Math.max(budget, totalCost, ...rows.map((row) => row.cost)) || 1,
    costRight - costLeft,
    tickText,
    fontSize,
    5,
  );
  const valueAxis = ticksThatFit(
    0,
    Math.max(totalValue, ...rows.map((row) => row.value)) || 1,
    valueRight - valueLeft,
    tickText,
    fontSize,
    4,
  );
  const xCost = linearScale(costAxis.domain, [costLeft, costRight]);
  const xValue = linearScale(valueAxis.domain, [valueLeft, valueRight]);
  const top = layout.rows[0]?.plotTop ?? layout.bottom;
  const bottom = layout.bottom;
  const axisTitle = (name: string, unit: string | undefined) => (unit === undefined ? name : `${name} (${unit})`);
  const height = common.height ?? bottom + 40;

  const draw = (prefix: string) => {
    const hatch = `${prefix}-hatch`;
    const parts: string[] = [`<defs>${hatchPattern(hatch, '#6d6d6d')}</defs>`];
    headlineLines.forEach((words, index) => {
      parts.push(text(margin, 44 + index * lineHeight, words, { fill: '#1a1a1a', 'font-weight': 'bold' }));
    });
    noteLines.forEach((words, index) => {
      parts.push(text(margin, 44 + (headlineLines.length + index) * lineHeight, words, { fill: '#444444' }));
    });
    const headingY = headerTop + fontSize;
    parts.push(
      text(narrow ? costLeft : (costLeft + costRight) / 2, headingY, axisTitle('Cost', costUnit), {
        'text-anchor': narrow ? 'start' : 'middle',
        fill: '#333333',
        'font-weight': 'bold',
      }),
    );
    if (!narrow) {
      parts.push(
        text((valueLeft + valueRight) / 2, headingY, axisTitle('Value', valueUnit), {
          'text-anchor': 'middle',
          fill: '#333333',
          'font-weight': 'bold',
        }),
      );
    }
    const tickLabel = (x: number, tick: number) => {
      const placed = tickLabelAnchor(x, tickText(tick), fontSize, { left: 2, right: width - 2 });
      parts.push(text(placed.x, bottom + 16, tickText(tick), { 'text-anchor': placed.anchor, fill: '#444444' }));
    };
    for (const tick of costAxis.ticks) {
      parts.push(line(xCost(tick), top - 4, xCost(tick), bottom, { stroke: '#eeeeee' }));
      tickLabel(xCost(tick), tick);
    }
    if (!narrow) {
      for (const tick of valueAxis.ticks) {
        parts.push(line(xValue(tick), top - 4, xValue(tick), bottom, { stroke: '#eeeeee' }));
        tickLabel(xValue(tick), tick);
      }
    }
    const bars = [
      { cost: totalCost, value: totalValue, funded: true },
      ...rows.map((row) => ({ cost: row.cost, value: row.value, funded: row.funded })),
    ];
    layout.rows.forEach((placed, index) => {
      parts.push(rowTexts(placed));
      const bar = bars[index];
      if (bar === undefined) return;
      const paint = bar.funded ? { fill: '#1f4e79', stroke: '#1f4e79' } : { fill: `url(#${hatch})`, stroke: '#6d6d6d' };
      parts.push(rect(costLeft, placed.plotTop, xCost(bar.cost) - costLeft, placed.plotBottom - placed.plotTop, paint));
      if (!narrow) {
        parts.push(
          rect(valueLeft, placed.plotTop, xValue(bar.value) - valueLeft, placed.plotBottom - placed.plotTop, paint),
        );
      }
    });
    const budgetX = xCost(budget);
    const budgetPaint = { stroke: '#b00020', 'stroke-width': 2, 'stroke-dasharray': '6 3' };
    if (narrow) {
      // Across each row's bar only, so the line never runs through the words above the bars.
      for (const placed of layout.rows) {
        parts.push(line(budgetX, placed.plotTop - 3, budgetX, placed.plotBottom + 3, budgetPaint));
      }
      return parts.join('\n');
    }
    parts.push(line(budgetX, top - 4, budgetX, bottom, budgetPaint));
    const budgetWords = `Budget ${formatNumber(budget, 2)}`;
    // The budget's label sits above its line, moved in where it would run past the plot.
    const anchor =
      budgetX + textWidth(budgetWords, fontSize, true) / 2 > costRight
        ? 'end'
        : budgetX - textWidth(budgetWords, fontSize, true) / 2 < costLeft
          ? 'start'
          : 'middle';
    parts.push(
      text(anchor === 'end' ? costRight : anchor === 'start' ? costLeft : budgetX, top - 8, budgetWords, {
        'text-anchor': anchor,
        fill: '#b00020',
        'font-weight': 'bold',
      }),
    );
    return parts.join('\n');
  };
  return svgChart({ kind: 'portfolio', width, height, title: common.title, description, id: common.id, draw });
}
