import type { CheckedReportTable } from './CheckedReport';
import { classifyTableColumns, type TableColumnKind } from './classifyTableColumns';
import { escapeXml } from './escapeXml';

// A heading is marked only over a number column, to align right above its digits; over a
// word column it may still wrap.
const headerClass: Readonly<Record<TableColumnKind, string>> = { number: ' class="number"', word: '', text: '' };
const cellClass: Readonly<Record<TableColumnKind, string>> = {
  number: ' class="number"',
  word: ' class="word"',
  text: '',
};

/** @internal A table with its caption and column headers, each column set as its cells need. */
export function writeHtmlTable(table: CheckedReportTable): string[] {
  const kinds = classifyTableColumns(table);
  // On a phone each row becomes a card, each cell led by its column's name.
  const labels = table.columns.map((column) => ` data-label="${escapeXml(column)}"`);
  return [
    '<table>',
    `<caption>${escapeXml(table.caption)}</caption>`,
    '<thead><tr>',
    ...table.columns.map(
      (column, index) => `<th scope="col"${headerClass[kinds[index] ?? 'text']}>${escapeXml(column)}</th>`,
    ),
    '</tr></thead>',
    '<tbody>',
    ...table.rows.map(
      (row) =>
        `<tr>${row.map((cell, index) => `<td${cellClass[kinds[index] ?? 'text']}${labels[index]}>${escapeXml(cell)}</td>`).join('')}</tr>`,
    ),
    '</tbody>',
    '</table>',
  ];
}
