import type { PropertyPath } from '../core/errors/PropertyPath';
import { raiseRender } from './messages';
import { readReportList } from './readReportList';
import { readTableCell } from './readTableCell';

/** @internal Checks one row of a table: one cell per column, each written as text. */
export function readTableRow(row: unknown, path: PropertyPath, columnCount: number): readonly string[] {
  const cells = readReportList(row, path);
  if (cells.length !== columnCount) {
    raiseRender(
      'INVALID_INPUT',
      [`report.${path.join('.')}`, `${columnCount} cells, one per column`, `${cells.length}`],
      { path },
    );
  }
  return cells.map((cell, cellIndex) => readTableCell(cell, [...path, cellIndex]));
}
