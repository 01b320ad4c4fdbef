import type { ExclusionReason } from '../governance/fundPortfolio';
import { tickLabelAnchor } from './axisLabel';
import { chartLayout, isNarrow } from './chartLayout';
import { formatNumber } from './formatNumber';
import { layoutRows } from './layoutRows';
import { linearScale } from './linearScale';
import { ticksThatFit } from './niceTicks';
import type { PortfolioChartInput } from './PortfolioChartInput';
import type { PortfolioChartLayout } from './PortfolioChartLayout';
import type { PlacedRow } from './RowLayout';
import { textWidth } from './textWidth';
import { wrapText } from './wrapText';

const reasonWords: Readonly<Record<ExclusionReason, string>> = {
  'over-budget': 'over budget',
  'dependency-not-funded': 'a dependency is not funded',
  'no-value': 'no value',
  outranked: 'outranked',
};

type Row = PortfolioChartInput['rows'][number];

// A currency symbol with an optional multiplier goes around the number ("£k": £990k),
// any other unit after it.
function withUnit(value: number, unit: string | undefined): string {
  if (unit === undefined) return formatNumber(value, 2);
  const currency = /^([£$€¥])(k|m|bn)?$/.exec(unit.trim());
  return currency === null
    ? `${formatNumber(value, 2)} ${unit}`
    : `${currency[1]}${formatNumber(value, 2)}${currency[2] ?? ''}`;
}

function statusWords(row: Row): string {
  return row.funded ? 'funded' : `excluded, ${row.reason === null ? '' : (reasonWords[row.reason] ?? row.reason)}`;
}

/** One idea in the description: its status, cost, value and the portfolio's message. */
function rowWords(row: Row): string {
  return `${row.name}: ${statusWords(row)}; cost ${formatNumber(row.cost, 2)}, value ${formatNumber(row.value, 2)}${row.message === null ? '' : `. ${row.message}`}.`;
}

/**
 * Works out a portfolio chart from its checked input: the totals and headline, the rows
 * and their bars on a cost axis and (on a wide chart) a value axis, and the budget's mark.
 *
 * @internal
 */
export function layOutPortfolioChart(input: PortfolioChartInput): PortfolioChartLayout {
  const { common, budget, rows, costUnit, valueUnit } = input;
  const totalCost = rows.reduce((sum, row) => (row.funded ? sum + row.cost : sum), 0);
  const totalValue = rows.reduce((sum, row) => (row.funded ? sum + row.value : sum), 0);
  const headline = `Funded ${rows.filter((row) => row.funded).length} of ${rows.length} ideas: cost ${withUnit(totalCost, costUnit)} of the budget of ${withUnit(budget, costUnit)}${budget > 0 ? ` (${formatNumber((100 * totalCost) / budget, 1)}%)` : ''}, value ${withUnit(totalValue, valueUnit)}.`;
  const description = [headline, ...rows.map(rowWords)].join(' ');
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
        label: row.name,
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
  const { costAxis, valueAxis, xCost, xValue } = scaleAxes(
    rows,
    { budget, totalCost, totalValue },
    { left: costLeft, right: costRight },
    { left: valueLeft, right: valueRight },
  );
  const top = layout.rows[0]?.plotTop ?? layout.bottom;
  const bottom = layout.bottom;
  const height = common.height ?? bottom + 40;

  const tickText = (tick: number) => formatNumber(tick, 2);
  const tickAt = (x: number, tick: number) => {
    const placed = tickLabelAnchor(x, tickText(tick), fontSize, { left: 2, right: width - 2 });
    return {
      x,
      top: top - 4,
      bottom,
      label: { x: placed.x, y: bottom + 16, anchor: placed.anchor },
      words: tickText(tick),
    };
  };
  const bars = [
    { cost: totalCost, value: totalValue, funded: true },
    ...rows.map((row) => ({ cost: row.cost, value: row.value, funded: row.funded })),
  ];
  return {
    width,
    height,
    title: common.title,
    id: common.id,
    description,
    headline: headlineLines.map((words, index) => ({ x: margin, y: 44 + index * lineHeight, words })),
    note: noteLines.map((words, index) => ({ x: margin, y: 44 + (headlineLines.length + index) * lineHeight, words })),
    headings: placeHeadings(
      input,
      narrow,
      headerTop + fontSize,
      { left: costLeft, right: costRight },
      {
        left: valueLeft,
        right: valueRight,
      },
    ),
    ticks: [
      ...costAxis.ticks.map((tick) => tickAt(xCost(tick), tick)),
      ...(narrow ? [] : valueAxis.ticks.map((tick) => tickAt(xValue(tick), tick))),
    ],
    rows: placeBars(layout.rows, bars, narrow, { x: xCost, left: costLeft }, { x: xValue, left: valueLeft }),
    budget: placeBudget(xCost(budget), budget, narrow, { left: costLeft, right: costRight, top, bottom }, layout.rows),
  };
}

/**
 * The cost axis, reaching the budget, the funded total and every idea's cost, and the
 * value axis, reaching the funded value and every idea's value; each from 0, with ticks
 * that fit its plot.
 */
function scaleAxes(
  rows: readonly Row[],
  totals: { readonly budget: number; readonly totalCost: number; readonly totalValue: number },
  cost: { readonly left: number; readonly right: number },
  value: { readonly left: number; readonly right: number },
) {
  const { fontSize } = chartLayout;
  const { budget, totalCost, totalValue } = totals;
  const costLeft = cost.left;
  const costRight = cost.right;
  const valueLeft = value.left;
  const valueRight = value.right;
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
  return { costAxis, valueAxis, xCost, xValue };
}

/** The cost heading over the cost plot (at its left on a phone) and, on a wide chart, the value heading. */
function placeHeadings(
  input: PortfolioChartInput,
  narrow: boolean,
  y: number,
  cost: { readonly left: number; readonly right: number },
  value: { readonly left: number; readonly right: number },
): PortfolioChartLayout['headings'] {
  const axisTitle = (name: string, unit: string | undefined) => (unit === undefined ? name : `${name} (${unit})`);
  return [
    {
      placement: { x: narrow ? cost.left : (cost.left + cost.right) / 2, y, anchor: narrow ? 'start' : 'middle' },
      words: axisTitle('Cost', input.costUnit),
    },
    ...(narrow
      ? []
      : [
          {
            placement: { x: (value.left + value.right) / 2, y, anchor: 'middle' as const },
            words: axisTitle('Value', input.valueUnit),
          },
        ]),
  ];
}

/** Each row's bars: its cost from the cost axis' 0 and, on a wide chart, its value from the value axis' 0. */
function placeBars(
  placedRows: readonly PlacedRow[],
  bars: readonly { readonly cost: number; readonly value: number; readonly funded: boolean }[],
  narrow: boolean,
  cost: { readonly x: (cost: number) => number; readonly left: number },
  value: { readonly x: (value: number) => number; readonly left: number },
): PortfolioChartLayout['rows'] {
  return placedRows.map((placed, index) => {
    const bar = bars[index];
    if (bar === undefined) return { placed, funded: false, bars: [] };
    const barHeight = placed.plotBottom - placed.plotTop;
    return {
      placed,
      funded: bar.funded,
      bars: [
        { x: cost.left, y: placed.plotTop, width: cost.x(bar.cost) - cost.left, height: barHeight },
        ...(narrow
          ? []
          : [{ x: value.left, y: placed.plotTop, width: value.x(bar.value) - value.left, height: barHeight }]),
      ],
    };
  });
}

/**
 * The budget's mark: on a phone across each row's bar only, so the line never runs through
 * the words above the bars; else one line down the cost plot, its label above it, moved in
 * where it would run past the plot.
 */
function placeBudget(
  x: number,
  budget: number,
  narrow: boolean,
  plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number },
  rows: readonly PlacedRow[],
): PortfolioChartLayout['budget'] {
  if (narrow) {
    return {
      segments: rows.map((placed) => ({ x, top: placed.plotTop - 3, bottom: placed.plotBottom + 3 })),
      label: null,
    };
  }
  const { fontSize } = chartLayout;
  const words = `Budget ${formatNumber(budget, 2)}`;
  const anchor =
    x + textWidth(words, fontSize, true) / 2 > plot.right
      ? 'end'
      : x - textWidth(words, fontSize, true) / 2 < plot.left
        ? 'start'
        : 'middle';
  return {
    segments: [{ x, top: plot.top - 4, bottom: plot.bottom }],
    label: {
      placement: { x: anchor === 'end' ? plot.right : anchor === 'start' ? plot.left : x, y: plot.top - 8, anchor },
      words,
    },
  };
}
