import { chartLayout } from './chartLayout';
import type { RowLayoutOptions, RowSpec } from './RowLayout';
import { widestText } from './textWidth';

/** @internal Where the columns of a wide chart of rows go, left to right. */
export interface RowColumns {
  readonly labelWidth: number;
  /** Where the labels end: they are right-aligned against the plot. */
  readonly labelRight: number;
  readonly plotLeft: number;
  readonly plotRight: number;
  /** The value column's width, its 12 px gap from the plot included; 0 when no row has a value. */
  readonly valueWidth: number;
}

/**
 * Measures the columns of a wide chart of rows: the values on the right as wide as the
 * longest, up to `maxValueShare` of the chart; the labels on the left as wide as the
 * longest row label (headers run across the chart instead), up to `maxLabelShare` and
 * never so wide that the plot gets less than `minPlot`; the plot between them.
 *
 * @internal
 */
export function measureRowColumns(rows: readonly RowSpec[], options: RowLayoutOptions): RowColumns {
  const { fontSize, margin } = chartLayout;
  const { width } = options;
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
  return { labelWidth, labelRight, plotLeft: labelRight + 10, plotRight: width - margin - valueWidth, valueWidth };
}
