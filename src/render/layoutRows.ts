import { isNarrow } from './chartLayout';
import { layOutNarrowRows } from './layOutNarrowRows';
import { layOutWideRows } from './layOutWideRows';
import type { RowLayout, RowLayoutOptions, RowSpec } from './RowLayout';

/**
 * Lays out a chart of labelled rows at a width. Wide: a right-aligned label column (as
 * wide as its longest label, up to `maxLabelShare` of the chart, wrapping beyond), the
 * plot, and a column of values on the right (up to `maxValueShare`, wrapping beyond). Narrow (a phone): each row's label and
 * value in lines across the chart, and its drawing below them, across the whole width.
 * Text never runs past the chart's edge, and the chart never grows wider than asked.
 *
 * @internal
 */
export function layoutRows(rows: readonly RowSpec[], options: RowLayoutOptions): RowLayout {
  return isNarrow(options.width) ? layOutNarrowRows(rows, options) : layOutWideRows(rows, options);
}
