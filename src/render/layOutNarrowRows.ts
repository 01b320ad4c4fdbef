import { chartLayout } from './chartLayout';
import type { PlacedRow, RowLayout, RowLayoutOptions, RowSpec } from './RowLayout';
import { wrapText } from './wrapText';

/**
 * Lays out a chart of rows for a phone: each row's label and value in lines across the
 * chart, and its drawing below them, across the whole width. A side column would leave
 * the plot too little of a narrow chart, so nothing stands beside it.
 *
 * @internal
 */
export function layOutNarrowRows(rows: readonly RowSpec[], options: RowLayoutOptions): RowLayout {
  const { fontSize, lineHeight, margin } = chartLayout;
  const { width, top } = options;
  const textWidth = width - 2 * margin;
  const placed: PlacedRow[] = [];
  let y = top;
  for (const spec of rows) {
    const words = spec.value === undefined ? spec.label : `${spec.label} · ${spec.value}`;
    const bold = spec.kind === 'header' || spec.bold === true;
    const lines = wrapText(words, fontSize, textWidth, bold);
    // A header starts a new group of rows, so it stands further from the row above.
    const gap = spec.kind === 'header' ? 8 : 4;
    const texts = lines.map((text, index) => ({
      text,
      x: margin,
      y: y + gap + fontSize + index * lineHeight,
      anchor: 'start' as const,
      bold,
    }));
    const textBottom = y + gap + lines.length * lineHeight;
    const plotHeight = spec.kind === 'header' ? 0 : (spec.plotHeight ?? 14);
    placed.push({ spec, texts, plotTop: textBottom + 2, plotBottom: textBottom + 2 + plotHeight });
    y = textBottom + 2 + plotHeight + (spec.kind === 'header' ? 0 : 6);
  }
  return { narrow: true, plotLeft: margin, plotRight: width - margin, rows: placed, bottom: y };
}
