import { chartLayout } from './chartLayout';
import type { RowPlacement, RowSpec } from './RowLayout';
import { wrapText } from './wrapText';

/**
 * Places a header row (a stage, a group) of a wide chart: its label in bold across the
 * whole chart, since it has no drawing to leave room for.
 *
 * @internal
 */
export function placeHeaderRow(spec: RowSpec, top: number, width: number): RowPlacement {
  const { fontSize, lineHeight, margin } = chartLayout;
  const lines = wrapText(spec.label, fontSize, width - 2 * margin, true);
  const texts = lines.map((text, index) => ({
    text,
    x: margin,
    y: top + 8 + fontSize + index * lineHeight,
    anchor: 'start' as const,
    bold: true,
  }));
  const bottom = top + 8 + lines.length * lineHeight + 2;
  return { row: { spec, texts, plotTop: bottom, plotBottom: bottom }, next: bottom };
}
