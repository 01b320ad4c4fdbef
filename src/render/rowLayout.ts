import { chartLayout, isNarrow } from './chartLayout';
import { escapeXml } from './escapeXml';
import { coordinate } from './formatNumber';
import { widestText } from './textWidth';
import { wrapText } from './wrapText';

/** @internal One row of a chart of rows: a label, an optional value in words, and the height its drawing needs. */
export interface RowSpec {
  /** `'header'` rows are a bold line across the chart (a stage, a group), with no drawing. */
  readonly kind: 'header' | 'row';
  readonly label: string;
  readonly value?: string;
  readonly bold?: boolean;
  /** The height of the row's drawing (bars, whiskers), at least one text line for rows. */
  readonly plotHeight?: number;
}

/** @internal A line of text placed by the layout: its baseline and anchor. */
export interface PlacedText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'end';
  readonly bold: boolean;
}

/** @internal Where a row goes. */
export interface PlacedRow {
  readonly spec: RowSpec;
  readonly texts: readonly PlacedText[];
  /** The band the row's drawing takes. */
  readonly plotTop: number;
  readonly plotBottom: number;
}

/** @internal A laid-out chart of rows: the plot's extent and every row. */
export interface RowLayout {
  readonly narrow: boolean;
  readonly plotLeft: number;
  readonly plotRight: number;
  readonly rows: readonly PlacedRow[];
  /** Below the last row. */
  readonly bottom: number;
}

/**
 * Lays out a chart of labelled rows at a width. Wide: a right-aligned label column (as
 * wide as its longest label, up to `maxLabelShare` of the chart, wrapping beyond), the
 * plot, and a column of values on the right (up to `maxValueShare`, wrapping beyond). Narrow (a phone): each row's label and
 * value in lines across the chart, and its drawing below them, across the whole width.
 * Text never runs past the chart's edge, and the chart never grows wider than asked.
 *
 * @internal
 */
export function layoutRows(
  rows: readonly RowSpec[],
  options: {
    readonly width: number;
    readonly top: number;
    readonly maxLabelShare?: number;
    readonly maxValueShare?: number;
    readonly minPlot?: number;
  },
): RowLayout {
  const { fontSize, lineHeight, margin } = chartLayout;
  const { width, top } = options;
  const narrow = isNarrow(width);
  const placed: PlacedRow[] = [];
  let y = top;
  if (narrow) {
    const textWidth = width - 2 * margin;
    for (const spec of rows) {
      const words = spec.value === undefined ? spec.label : `${spec.label} · ${spec.value}`;
      const bold = spec.kind === 'header' || spec.bold === true;
      const lines = wrapText(words, fontSize, textWidth, bold);
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
    return { narrow, plotLeft: margin, plotRight: width - margin, rows: placed, bottom: y };
  }
  const minPlot = options.minPlot ?? 240;
  const values = rows.flatMap((spec) => (spec.value === undefined ? [] : [spec.value]));
  // The value column is as wide as its longest value, up to `maxValueShare` of the chart:
  // a longer value (a test that could not run, and why) wraps rather than squeeze the plot.
  const valueWidth =
    values.length === 0 ? 0 : Math.min(widestText(values, fontSize) + 12, width * (options.maxValueShare ?? 0.35));
  const labels = rows.filter((spec) => spec.kind === 'row').map((spec) => spec.label);
  const room = width - 2 * margin - 10 - valueWidth - minPlot;
  const labelWidth = Math.max(
    80,
    Math.min(widestText(labels, fontSize, true), room, width * (options.maxLabelShare ?? 0.4)),
  );
  const labelRight = margin + labelWidth;
  const plotLeft = labelRight + 10;
  const plotRight = width - margin - valueWidth;
  for (const spec of rows) {
    if (spec.kind === 'header') {
      const lines = wrapText(spec.label, fontSize, width - 2 * margin, true);
      const texts = lines.map((text, index) => ({
        text,
        x: margin,
        y: y + 8 + fontSize + index * lineHeight,
        anchor: 'start' as const,
        bold: true,
      }));
      const bottom = y + 8 + lines.length * lineHeight + 2;
      placed.push({ spec, texts, plotTop: bottom, plotBottom: bottom });
      y = bottom;
      continue;
    }
    const lines = wrapText(spec.label, fontSize, labelWidth, spec.bold === true);
    const valueLines = spec.value === undefined ? [] : wrapText(spec.value, fontSize, valueWidth - 12);
    const plotHeight = spec.plotHeight ?? 14;
    const height = Math.max(plotHeight + 10, Math.max(lines.length, valueLines.length) * lineHeight + 8);
    const middle = y + height / 2;
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
    placed.push({ spec, texts, plotTop: middle - plotHeight / 2, plotBottom: middle + plotHeight / 2 });
    y += height;
  }
  return { narrow, plotLeft, plotRight, rows: placed, bottom: y };
}

/** @internal Draws the placed texts of a row layout. */
export function rowTexts(row: PlacedRow, fill = '#1a1a1a'): string {
  return row.texts
    .map(
      (placed) =>
        `<text x="${coordinate(placed.x)}" y="${coordinate(placed.y)}"${placed.anchor === 'end' ? ' text-anchor="end"' : ''}${placed.bold ? ' font-weight="bold"' : ''} fill="${fill}">${escapeXml(placed.text)}</text>`,
    )
    .join('\n');
}
