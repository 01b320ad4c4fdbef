import { measureRowColumns } from './measureRowColumns';
import { placeHeaderRow } from './placeHeaderRow';
import { placeLabelledRow } from './placeLabelledRow';
import type { PlacedRow, RowLayout, RowLayoutOptions, RowSpec } from './RowLayout';

/**
 * Lays out a chart of rows at a wide width: the columns measured once for all rows, then
 * each row placed under the one before it.
 *
 * @internal
 */
export function layOutWideRows(rows: readonly RowSpec[], options: RowLayoutOptions): RowLayout {
  const columns = measureRowColumns(rows, options);
  const placed: PlacedRow[] = [];
  let y = options.top;
  for (const spec of rows) {
    const placement =
      spec.kind === 'header' ? placeHeaderRow(spec, y, options.width) : placeLabelledRow(spec, y, columns);
    placed.push(placement.row);
    y = placement.next;
  }
  return { narrow: false, plotLeft: columns.plotLeft, plotRight: columns.plotRight, rows: placed, bottom: y };
}
