import { describeValue } from '../core/errors/describeValue';
import type { MaturityAggregate, MaturityGroup, PerceptionGap } from '../maturity/MaturityAggregate';
import { chartLayout } from './chartLayout';
import { type ChartOptions, readChartOptions } from './chartOptions';
import { formatNumber } from './formatNumber';
import { linearScale } from './linearScale';
import { raiseRender } from './messages';
import { layoutRows, rowTexts } from './rowLayout';
import { hatchPattern, type SeriesStyle, seriesStyles } from './seriesStyles';
import { svgChart } from './svgChart';
import { line, rect, text } from './svgElements';
import { textWidth } from './textWidth';
import { wrapText } from './wrapText';

/**
 * Options for {@link perceptionGapBars}.
 *
 * @category Charts
 */
export interface PerceptionGapBarsOptions extends ChartOptions {
  /** The two groups compared, `[a, b]`; the gap is `a − b`. Default the aggregate's first pair. */
  readonly pair?: readonly [string, string];
  /** A gap is marked significant when its Welch p-value is below this. Default `0.05`. */
  readonly alpha?: number;
  /** The order of the dimensions: the model's (`'model'`) or the widest gap first (`'gap'`). Default `'model'`. */
  readonly order?: 'model' | 'gap';
}

const chartName = 'perceptionGapBars';

function signed(value: number): string {
  const written = formatNumber(value, 2);
  return value > 0 && written !== '0' ? `+${written}` : written;
}

function pValueText(pValue: number): string {
  return pValue < 0.001 ? 'p < 0.001' : `p = ${formatNumber(pValue, 3)}`;
}

/**
 * Draws the perception gap between two groups on every dimension: per dimension, a solid
 * bar for the first group's mean above a hatched bar for the second's, each labelled with
 * its value (a legend names the groups), and beside them in words the gap (`a − b`), its Welch p-value,
 * whether it is significant, and whether the aggregate flagged it as large. Significance
 * is written, never shown by colour alone. A dimension not scored in both groups says so.
 *
 * Bars start at the lowest level: a mean `v` on a scale from `min` to `max` ends at
 * `left + plotWidth · (v − min) / (max − min)`.
 *
 * @param aggregate - What `aggregateAssessments` returns, with at least two groups.
 * @param options - `pair`, `alpha` and the common chart options; see {@link PerceptionGapBarsOptions}.
 * @returns The SVG, as a string.
 * @throws `CxError` `NO_DATA` (fewer than two groups, or no dimension scored in both), `INVALID_INPUT` (an unknown or
 *   repeated group in `pair`, an `alpha` outside 0–1), `UNKNOWN_OPTION`.
 *
 * @example
 * import { aggregateAssessments, managementElementsModel } from 'cxkit/maturity';
 * import { perceptionGapBars } from 'cxkit/render';
 *
 * const answersAt = (level: number) =>
 *   Object.fromEntries(managementElementsModel.dimensions.flatMap((d) => d.questions.map((q) => [q.id, level])));
 * const aggregate = aggregateAssessments(
 *   managementElementsModel,
 *   [
 *     { group: 'marketing', answers: answersAt(4) },
 *     { group: 'marketing', answers: answersAt(5) },
 *     { group: 'service', answers: answersAt(2) },
 *     { group: 'service', answers: answersAt(3) },
 *   ],
 *   { groupBy: 'group' },
 * );
 * perceptionGapBars(aggregate).includes('gap +2') // => true
 * perceptionGapBars(aggregate, { pair: ['service', 'marketing'] }).includes('gap -2') // => true
 *
 * @category Charts
 */
export function perceptionGapBars(aggregate: MaturityAggregate, options: PerceptionGapBarsOptions = {}): string {
  const common = readChartOptions(options, ['pair', 'alpha', 'order'], {
    width: 760,
    title: 'Perception gaps by dimension',
  });
  const order = options.order ?? 'model';
  if (order !== 'model' && order !== 'gap') {
    raiseRender('INVALID_INPUT', ['Option order', '"model" or "gap"', describeValue(order)], { path: ['order'] });
  }
  if (typeof aggregate !== 'object' || aggregate === null || !Array.isArray(aggregate.groups)) {
    raiseRender('INVALID_INPUT', ['aggregate', 'what aggregateAssessments returns', describeValue(aggregate)], {
      path: [],
    });
  }
  const alpha = options.alpha ?? 0.05;
  if (typeof alpha !== 'number' || !(alpha > 0 && alpha < 1)) {
    raiseRender('INVALID_OPTION', ['alpha', 'a number between 0 and 1', describeValue(alpha)], {
      path: ['alpha'],
    });
  }
  const names = aggregate.groups.map((group) => group.name);
  if (names.length < 2) {
    raiseRender('NO_DATA', [
      chartName,
      `the aggregate has ${names.length} group${names.length === 1 ? '' : 's'}; a perception gap needs two (aggregate with groupBy)`,
    ]);
  }
  const pair = options.pair ?? [names[0] as string, names[1] as string];
  if (!Array.isArray(pair) || pair.length !== 2) {
    raiseRender('INVALID_OPTION', ['pair', 'two group names', describeValue(pair)], { path: ['pair'] });
  }
  pair.forEach((name, index) => {
    if (typeof name !== 'string' || !names.includes(name)) {
      raiseRender(
        'INVALID_OPTION',
        [`pair[${index}]`, `one of ${names.map((known) => JSON.stringify(known)).join(', ')}`, describeValue(name)],
        { path: ['pair', index] },
      );
    }
  });
  const [nameA, nameB] = pair;
  if (nameA === nameB) {
    raiseRender('INVALID_OPTION', ['pair', 'two different groups', JSON.stringify(nameA)], { path: ['pair'] });
  }
  const groups: readonly MaturityGroup[] = aggregate.groups;
  const groupA = groups.find((group) => group.name === nameA);
  const groupB = groups.find((group) => group.name === nameB);
  const scale = aggregate.scale;
  const inModelOrder = aggregate.dimensions.map((dimension) => {
    const meanA = groupA?.dimensions.find((entry) => entry.id === dimension.id)?.mean ?? null;
    const meanB = groupB?.dimensions.find((entry) => entry.id === dimension.id)?.mean ?? null;
    // The aggregate lists each pair once, in order of first appearance: read it either way round.
    const forward = aggregate.gaps.find((gap) => gap.dimension === dimension.id && gap.a === nameA && gap.b === nameB);
    const backward = aggregate.gaps.find((gap) => gap.dimension === dimension.id && gap.a === nameB && gap.b === nameA);
    const gap: PerceptionGap | undefined = forward ?? backward;
    return { dimension, meanA, meanB, gap };
  });
  const size = (row: (typeof inModelOrder)[number]) =>
    row.meanA === null || row.meanB === null ? -1 : Math.abs(row.meanA - row.meanB);
  // Sorting is stable: equal gaps keep the model's order.
  const rows = order === 'gap' ? [...inModelOrder].sort((left, right) => size(right) - size(left)) : inModelOrder;
  if (rows.every((row) => row.meanA === null || row.meanB === null)) {
    raiseRender('NO_DATA', [
      chartName,
      `no dimension is scored in both ${JSON.stringify(nameA)} and ${JSON.stringify(nameB)}`,
    ]);
  }
  const gapWords = (row: (typeof rows)[number]): string => {
    if (row.meanA === null || row.meanB === null) return 'not scored in both groups';
    const difference = row.meanA - row.meanB;
    const test = row.gap?.test ?? null;
    const testWords =
      test === null
        ? 'not tested (a group has fewer than 2 scored respondents, or neither group varies)'
        : `${pValueText(test.pValue)}${test.adjustedPValue === test.pValue ? '' : `, adjusted ${pValueText(test.adjustedPValue)}`}, ${test.adjustedPValue < alpha ? 'significant' : 'not significant'}`;
    return `gap ${signed(difference)}, ${testWords}${row.gap?.large ? ', large gap' : ''}`;
  };

  const { fontSize, lineHeight, margin } = chartLayout;
  const width = common.width;
  const styleA = seriesStyles[0] as SeriesStyle;
  const styleB = seriesStyles[1] as SeriesStyle;
  const legend = [`${nameA} (solid)`, `${nameB} (hatched)`].map((words) =>
    wrapText(words, fontSize, width - 2 * margin - 24),
  );
  const legendHeight = legend.reduce((sum, lines) => sum + lines.length * lineHeight + 6, 0);
  const layout = layoutRows(
    rows.map((row) => ({
      kind: 'row',
      label: row.dimension.title,
      value: gapWords(row),
      bold: row.gap?.large === true,
      plotHeight: 30,
    })),
    { width, top: 36 + legendHeight + 6, maxLabelShare: 0.3, minPlot: 200 },
  );
  // Room right of the longest bar for its mean.
  const x = linearScale([scale.min, scale.max], [layout.plotLeft, layout.plotRight - textWidth('0.00', fontSize) - 6]);
  const axisTop = layout.bottom + 4;
  const height = common.height ?? axisTop + 38;

  const description = [
    `Perception gaps between ${nameA} (solid bars) and ${nameB} (hatched bars) on a maturity scale from ${formatNumber(scale.min)} to ${formatNumber(scale.max)}; the gap is ${nameA} minus ${nameB}, significant when p < ${formatNumber(alpha, 4)}.`,
    ...rows.map(
      (row) =>
        `${row.dimension.title}: ${nameA} ${row.meanA === null ? 'not scored' : formatNumber(row.meanA, 2)}, ${nameB} ${row.meanB === null ? 'not scored' : formatNumber(row.meanB, 2)}; ${gapWords(row)}.`,
    ),
  ].join(' ');

  const draw = (prefix: string) => {
    const hatch = `${prefix}-hatch`;
    const parts: string[] = [`<defs>${hatchPattern(hatch, styleB.colour)}</defs>`];
    let y = 36;
    legend.forEach((lines, index) => {
      parts.push(
        index === 0
          ? rect(margin, y, 14, 10, { fill: styleA.colour })
          : rect(margin, y, 14, 10, { fill: `url(#${hatch})`, stroke: styleB.colour }),
      );
      lines.forEach((words, lineIndex) => {
        parts.push(text(margin + 22, y + 9 + lineIndex * lineHeight, words, { fill: '#1a1a1a' }));
      });
      y += lines.length * lineHeight + 6;
    });
    const plotTop = layout.rows[0]?.plotTop ?? axisTop;
    for (const level of scale.levels) {
      const position = x(level.value);
      parts.push(line(position, plotTop - 4, position, axisTop, { stroke: '#e0e0e0', 'stroke-width': 1 }));
      parts.push(text(position, axisTop + 16, formatNumber(level.value), { 'text-anchor': 'middle', fill: '#444444' }));
    }
    parts.push(
      text((layout.plotLeft + layout.plotRight) / 2, axisTop + 32, 'Mean level', {
        'text-anchor': 'middle',
        fill: '#444444',
      }),
    );
    layout.rows.forEach((placed, index) => {
      parts.push(rowTexts(placed));
      const row = rows[index];
      if (row === undefined) return;
      const bar = (mean: number | null, barTop: number, fill: string, stroke: string, name: string) => {
        if (mean === null) {
          parts.push(text(layout.plotLeft + 4, barTop + 11, `${name}: not scored`, { fill: '#444444' }));
          return;
        }
        parts.push(rect(layout.plotLeft, barTop, x(mean) - layout.plotLeft, 13, { fill, stroke }));
        parts.push(text(x(mean) + 4, barTop + 11, mean.toFixed(2), { fill: '#1a1a1a' }));
      };
      bar(row.meanA, placed.plotTop, styleA.colour, styleA.colour, nameA);
      bar(row.meanB, placed.plotTop + 16, `url(#${hatch})`, styleB.colour, nameB);
    });
    return parts.join('\n');
  };
  return svgChart({ kind: 'perception-gaps', width, height, title: common.title, description, id: common.id, draw });
}
