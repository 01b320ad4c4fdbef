import type { ChartFrame } from './ChartFrame';
import type { TimeAxisLayout } from './layOutTimeAxis';
import type { PlacedRow } from './RowLayout';

/**
 * Where everything of a journey comparison goes, worked out before anything is drawn: the
 * note and legend above, the marked step's shading, the time axis, and each row's texts
 * and both sides' intervals.
 *
 * @internal
 */
export interface JourneyComparisonChartLayout extends ChartFrame {
  /** The note on how to read the chart, line by line. */
  readonly note: readonly { readonly x: number; readonly y: number; readonly words: string }[];
  /** The legend's entries, top to bottom: what each swatch shows, centred at `middle`, and its wrapped words. */
  readonly legend: readonly {
    readonly kind: 'before' | 'after' | 'shade';
    readonly middle: number;
    readonly lines: readonly string[];
  }[];
  /** The shading behind the marked step (and, on a wide chart, its label when taller than its lines). */
  readonly shades: readonly {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  }[];
  readonly axis: TimeAxisLayout;
  /**
   * Each row as `layoutRows` placed it, and its sides' intervals (none for a side without
   * data): P5 to P95 across at `y`, the median marked.
   */
  readonly rows: readonly {
    readonly placed: PlacedRow;
    readonly sides: readonly {
      readonly side: 'before' | 'after';
      readonly y: number;
      readonly p5: number;
      readonly p50: number;
      readonly p95: number;
    }[];
  }[];
}
