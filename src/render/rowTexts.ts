import { escapeXml } from './escapeXml';
import { coordinate } from './formatNumber';
import type { PlacedRow } from './RowLayout';

/** @internal Draws the placed texts of a row layout. */
export function rowTexts(row: PlacedRow, fill = '#1a1a1a'): string {
  return row.texts
    .map(
      (placed) =>
        `<text x="${coordinate(placed.x)}" y="${coordinate(placed.y)}"${placed.anchor === 'end' ? ' text-anchor="end"' : ''}${placed.bold ? ' font-weight="bold"' : ''} fill="${fill}">${escapeXml(placed.text)}</text>`,
    )
    .join('\n');
}
