import { chartLayout } from './chartLayout';
import { wrapText } from './wrapText';

/**
 * @internal A legend stacked top to bottom: each entry with its words wrapped to lines and
 * the middle of its swatch, and the legend's height.
 */
export interface StackedLegend<Entry> {
  readonly rows: readonly (Entry & { readonly middle: number; readonly lines: readonly string[] })[];
  readonly height: number;
}

/**
 * @internal Wraps each legend entry's words to `textWidth` and stacks the entries from
 * `top`: a row is as tall as its lines and at least 20, its swatch 6 below the row's top.
 */
export function stackLegend<Entry extends { readonly words: string }>(
  entries: readonly Entry[],
  textWidth: number,
  top: number,
): StackedLegend<Entry> {
  const { fontSize, lineHeight } = chartLayout;
  let y = top;
  const rows = entries.map((entry) => {
    const lines = wrapText(entry.words, fontSize, textWidth);
    const row = { ...entry, middle: y + 6, lines };
    y += Math.max(20, lines.length * lineHeight + 4);
    return row;
  });
  return { rows, height: y - top };
}
