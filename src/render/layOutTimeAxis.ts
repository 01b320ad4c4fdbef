import { tickLabelAnchor } from './axisLabel';
import { chartLayout } from './chartLayout';
import type { TextPlacement } from './placeLabel';
import type { RowLayout } from './RowLayout';

/** @internal A time axis under rows of plots: its grid, its tick labels, its title. */
export interface TimeAxisLayout {
  readonly left: number;
  readonly right: number;
  /** Where the grid lines start: the top of the first row's plot. */
  readonly gridTop: number;
  readonly top: number;
  readonly ticks: readonly { readonly x: number; readonly label: TextPlacement; readonly words: string }[];
  readonly title: { readonly x: number; readonly y: number; readonly words: string };
}

/** @internal What {@link layOutTimeAxis} places. */
export interface TimeAxisSpec {
  readonly layout: RowLayout;
  /** Where the axis line runs: just below the rows. */
  readonly top: number;
  readonly ticks: readonly number[];
  readonly xOf: (tick: number) => number;
  readonly tickText: (tick: number) => string;
  readonly width: number;
  readonly title: string;
}

/**
 * @internal The time axis under a chart's rows: each tick's label kept inside the chart,
 * the title centered under the plots.
 */
export function layOutTimeAxis(spec: TimeAxisSpec): TimeAxisLayout {
  const { layout, top, xOf, tickText, width } = spec;
  const { fontSize } = chartLayout;
  return {
    left: layout.plotLeft,
    right: layout.plotRight,
    gridTop: layout.rows[0]?.plotTop ?? top,
    top,
    ticks: spec.ticks.map((tick) => {
      const x = xOf(tick);
      const placed = tickLabelAnchor(x, tickText(tick), fontSize, { left: 2, right: width - 2 });
      return { x, label: { x: placed.x, y: top + 16, anchor: placed.anchor }, words: tickText(tick) };
    }),
    title: { x: (layout.plotLeft + layout.plotRight) / 2, y: top + 34, words: spec.title },
  };
}
