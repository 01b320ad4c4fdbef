import { chartLayout } from './chartLayout';
import type { RowColumns } from './measureRowColumns';
import type { PlacedText, RowPlacement, RowSpec } from './RowLayout';
import { wrapText } from './wrapText';

/**
 * Places a row of a wide chart: its label wrapped in the label column, its value in the
 * value column, and its drawing between them. The row is as tall as the taller of its
 * drawing and its text, and all three are centered on the same middle line.
 *
 * @internal
 */
export function placeLabelledRow(spec: RowSpec, top: number, columns: RowColumns): RowPlacement {
  const { fontSize, lineHeight } = chartLayout;
  const { labelWidth, labelRight, plotRight, valueWidth } = columns;
  const lines = wrapText(spec.label, fontSize, labelWidth, spec.bold === true);
  const valueLines = spec.value === undefined ? [] : wrapText(spec.value, fontSize, valueWidth - 12);
  const plotHeight = spec.plotHeight ?? 14;
  const height = Math.max(plotHeight + 10, Math.max(lines.length, valueLines.length) * lineHeight + 8);
  const middle = top + height / 2;
  const firstBaseline = middle - ((lines.length - 1) * lineHeight) / 2 + 0.35 * fontSize;
  const texts: PlacedText[] = lines.map((text, index) => ({
    text,
    x: labelRight,
    y: firstBaseline + index * lineHeight,
    anchor: 'end',
    bold: spec.bold === true,
  }));
  const firstValueBaseline = middle - ((valueLines.length - 1) * lineHeight) / 2 + 0.35 * fontSize;
  valueLines.forEach((text, index) => {
    texts.push({ text, x: plotRight + 12, y: firstValueBaseline + index * lineHeight, anchor: 'start', bold: false });
  });
  return {
    row: { spec, texts, plotTop: middle - plotHeight / 2, plotBottom: middle + plotHeight / 2 },
    next: top + height,
  };
}
