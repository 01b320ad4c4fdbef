import { chartLayout } from './chartLayout';
import { formatNumber } from './formatNumber';
import { layoutRows } from './layoutRows';
import { linearScale } from './linearScale';
import type { PerceptionGapBarsInput } from './PerceptionGapBarsInput';
import type { PerceptionGapBarsLayout } from './PerceptionGapBarsLayout';
import { textWidth } from './textWidth';
import { wrapText } from './wrapText';

type Row = PerceptionGapBarsInput['rows'][number];

function signed(value: number): string {
  const written = formatNumber(value, 2);
  return value > 0 && written !== '0' ? `+${written}` : written;
}

function pValueText(pValue: number): string {
  return pValue < 0.001 ? 'p < 0.001' : `p = ${formatNumber(pValue, 3)}`;
}

/** A row's gap in words: its size, its test and whether it is significant, and whether it is large. */
function gapWords(row: Row, alpha: number): string {
  if (row.meanA === null || row.meanB === null) return 'not scored in both groups';
  const difference = row.meanA - row.meanB;
  const test = row.gap?.test ?? null;
  const testWords =
    test === null
      ? 'not tested (a group has fewer than 2 scored respondents, or neither group varies)'
      : `${pValueText(test.pValue)}${test.adjustedPValue === test.pValue ? '' : `, adjusted ${pValueText(test.adjustedPValue)}`}, ${test.adjustedPValue < alpha ? 'significant' : 'not significant'}`;
  return `gap ${signed(difference)}, ${testWords}${row.gap?.large ? ', large gap' : ''}`;
}

/**
 * Works out a perception gap chart from its checked input: the legend, a row per
 * dimension with its gap in words (bold when large), the level axis with room for a mean
 * beside the longest bar, both bars of each row, and the description.
 *
 * @internal
 */
export function layOutPerceptionGapBars(input: PerceptionGapBarsInput): PerceptionGapBarsLayout {
  const { common, alpha, nameA, nameB, scale, rows } = input;
  const { fontSize, lineHeight, margin } = chartLayout;
  const width = common.width;
  const legend = [`${nameA} (solid)`, `${nameB} (hatched)`].map((words) =>
    wrapText(words, fontSize, width - 2 * margin - 24),
  );
  const legendHeight = legend.reduce((sum, lines) => sum + lines.length * lineHeight + 6, 0);
  const layout = layoutRows(
    rows.map((row) => ({
      kind: 'row',
      label: row.dimension.title,
      value: gapWords(row, alpha),
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
        `${row.dimension.title}: ${nameA} ${row.meanA === null ? 'not scored' : formatNumber(row.meanA, 2)}, ${nameB} ${row.meanB === null ? 'not scored' : formatNumber(row.meanB, 2)}; ${gapWords(row, alpha)}.`,
    ),
  ].join(' ');

  let y = 36;
  const legendEntries = legend.map((lines) => {
    const top = y;
    y += lines.length * lineHeight + 6;
    return { top, lines };
  });
  const bar = (mean: number | null, top: number, name: string) =>
    mean === null
      ? { left: layout.plotLeft, top, end: null, words: `${name}: not scored` }
      : { left: layout.plotLeft, top, end: x(mean), words: mean.toFixed(2) };
  return {
    width,
    height,
    title: common.title,
    id: common.id,
    description,
    legend: legendEntries,
    axis: {
      gridTop: (layout.rows[0]?.plotTop ?? axisTop) - 4,
      top: axisTop,
      levels: scale.levels.map((level) => ({ x: x(level.value), words: formatNumber(level.value) })),
      title: { x: (layout.plotLeft + layout.plotRight) / 2, y: axisTop + 32, words: 'Mean level' },
    },
    rows: layout.rows.map((placed, index) => {
      const row = rows[index];
      return {
        placed,
        bars:
          row === undefined ? [] : [bar(row.meanA, placed.plotTop, nameA), bar(row.meanB, placed.plotTop + 16, nameB)],
      };
    }),
  };
}
