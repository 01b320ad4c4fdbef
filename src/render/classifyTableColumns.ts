import type { CheckedReportTable } from './CheckedReport';

/**
 * @internal How a table column is set: `'number'` right-aligned in even-width digits and
 * never wrapped, `'word'` never broken at its hyphens, `'text'` wrapped as prose.
 */
export type TableColumnKind = 'number' | 'word' | 'text';

// A number, optionally signed or compared (< 0.001), with a short unit or a percent sign.
const numberCell = /^[<>≤≥]? ?[-+−]?\d[\d,]*(\.\d+)?(e[-+]?\d+)? ?(%|[a-z]{1,5})?$/;

/**
 * Tells each column of a table what it holds. A column of numbers (with a unit or a
 * percent sign at most; a dash or an empty cell for a missing one) is a `'number'`
 * column, so "65.0 d" stays on one line and decimals align; a column of single words
 * (ids, dates, codes) is a `'word'` column; any other is `'text'`.
 *
 * @internal
 */
export function classifyTableColumns(table: CheckedReportTable): TableColumnKind[] {
  return table.columns.map((_, column) => {
    const cells = table.rows.map((row) => row[column] as string);
    if (
      cells.some((cell) => cell !== '') &&
      cells.every((cell) => cell === '' || cell === '–' || numberCell.test(cell))
    )
      return 'number';
    return cells.every((cell) => !/\s/.test(cell) && cell.length <= 40) ? 'word' : 'text';
  });
}
