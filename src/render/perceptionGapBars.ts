import { describeValue } from '../core/errors/describeValue';
import type { MaturityAggregate, MaturityGroup, PerceptionGap } from '../maturity/MaturityAggregate';
import { type ChartOptions, readChartOptions } from './chartOptions';
import { formatNumber } from './formatNumber';
import { linearScale } from './linearScale';
import { raiseRender } from './messages';
import { hatchPattern, type SeriesStyle, seriesStyles } from './seriesStyles';
import { svgChart } from './svgChart';
import { line, rect, text } from './svgElements';
import { textWidth, widestText } from './textWidth';

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
  const common = readChartOptions(options, ['pair', 'alpha'], { width: 820, title: 'Perception gaps by dimension' });
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
  const rows = aggregate.dimensions.map((dimension) => {
    const meanA = groupA?.dimensions.find((entry) => entry.id === dimension.id)?.mean ?? null;
    const meanB = groupB?.dimensions.find((entry) => entry.id === dimension.id)?.mean ?? null;
    // The aggregate lists each pair once, in order of first appearance: read it either way round.
    const forward = aggregate.gaps.find((gap) => gap.dimension === dimension.id && gap.a === nameA && gap.b === nameB);
    const backward = aggregate.gaps.find((gap) => gap.dimension === dimension.id && gap.a === nameB && gap.b === nameA);
    const gap: PerceptionGap | undefined = forward ?? backward;
    return { dimension, meanA, meanB, gap };
  });
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

  const rowHeight = 46;
  const top = 70;
  const height = common.height ?? top + rows.length * rowHeight + 40;
  // Label column and gap words sized from their text, so neither is ever cut off; the
  // plot takes what is left of the requested width (at least 200 px: then the chart grows).
  const labelRight = Math.max(
    160,
    12 +
      widestText(
        rows.map((row) => row.dimension.title),
        12,
      ),
  );
  const plotLeft = labelRight + 10;
  const wordsWidth = widestText(rows.map(gapWords), 11, true);
  // The legend: group A's swatch and words, then group B's where A's words end.
  const legendB = plotLeft + 20 + textWidth(`${nameA} (solid)`, 12) + 24;
  const legendRight = legendB + 20 + textWidth(`${nameB} (hatched)`, 12);
  const plotRight = Math.max(plotLeft + 200, common.width - 40 - wordsWidth - 12);
  const width = Math.max(common.width, plotRight + 40 + wordsWidth + 12, legendRight + 12);
  const x = linearScale([scale.min, scale.max], [plotLeft, plotRight]);
  const styleA = seriesStyles[0] as SeriesStyle;
  const styleB = seriesStyles[1] as SeriesStyle;

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
    // Legend: words and the two bar fills.
    parts.push(rect(plotLeft, 34, 14, 10, { fill: styleA.colour }));
    parts.push(text(plotLeft + 20, 43, `${nameA} (solid)`, { fill: '#1a1a1a' }));
    parts.push(rect(legendB, 34, 14, 10, { fill: `url(#${hatch})`, stroke: styleB.colour }));
    parts.push(text(legendB + 20, 43, `${nameB} (hatched)`, { fill: '#1a1a1a' }));
    const plotBottom = top + rows.length * rowHeight;
    for (const level of scale.levels) {
      const position = x(level.value);
      parts.push(line(position, top - 6, position, plotBottom, { stroke: '#e0e0e0', 'stroke-width': 1 }));
      parts.push(
        text(position, plotBottom + 14, formatNumber(level.value), {
          'text-anchor': 'middle',
          fill: '#555555',
          'font-size': 10,
        }),
      );
    }
    parts.push(
      text((plotLeft + plotRight) / 2, plotBottom + 30, 'Mean level', { 'text-anchor': 'middle', fill: '#555555' }),
    );
    rows.forEach((row, index) => {
      const rowTop = top + index * rowHeight;
      parts.push(text(labelRight, rowTop + 24, row.dimension.title, { 'text-anchor': 'end', fill: '#1a1a1a' }));
      const bar = (mean: number | null, y: number, fill: string, stroke: string, name: string) => {
        if (mean === null) {
          parts.push(text(plotLeft + 4, y + 11, `${name}: not scored`, { fill: '#555555', 'font-size': 10 }));
          return;
        }
        parts.push(rect(plotLeft, y, x(mean) - plotLeft, 14, { fill, stroke }));
        parts.push(text(x(mean) + 4, y + 11, formatNumber(mean, 2), { fill: '#1a1a1a', 'font-size': 10 }));
      };
      bar(row.meanA, rowTop + 6, styleA.colour, styleA.colour, nameA);
      bar(row.meanB, rowTop + 23, `url(#${hatch})`, styleB.colour, nameB);
      const words = gapWords(row);
      const significant = words.includes(', significant');
      parts.push(
        text(plotRight + 40, rowTop + 24, words, {
          fill: '#1a1a1a',
          'font-size': 11,
          'font-weight': significant ? 'bold' : undefined,
        }),
      );
    });
    return parts.join('\n');
  };
  return svgChart({ kind: 'perception-gaps', width, height, title: common.title, description, id: common.id, draw });
}
