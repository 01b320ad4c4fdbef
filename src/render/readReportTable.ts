import type { PropertyPath } from '../core/errors/PropertyPath';
import type { CheckedReportTable } from './CheckedReport';
import { raiseRender } from './messages';
import { readReportList } from './readReportList';
import { readReportText } from './readReportText';
import { readTableRow } from './readTableRow';

/** @internal Checks one table of a section: at least one column, its rows, then its caption. */
export function readReportTable(table: unknown, path: PropertyPath): CheckedReportTable {
  const given = (table ?? {}) as { caption?: unknown; columns?: unknown; rows?: unknown };
  const columnsPath = [...path, 'columns'];
  const columns = readReportList(given.columns, columnsPath).map((column, columnIndex) =>
    readReportText(column, [...columnsPath, columnIndex]),
  );
  if (columns.length === 0) {
    raiseRender('INVALID_INPUT', [`report.${columnsPath.join('.')}`, 'at least one column', '[]'], {
      path: columnsPath,
    });
  }
  const rows = readReportList(given.rows, [...path, 'rows']).map((row, rowIndex) =>
    readTableRow(row, [...path, 'rows', rowIndex], columns.length),
  );
  return { caption: readReportText(given.caption, [...path, 'caption']), columns, rows };
}
