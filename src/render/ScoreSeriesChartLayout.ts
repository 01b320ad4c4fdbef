import type { ChartFrame } from './ChartFrame';
import type { PlotSpec } from './scoreSeriesPlot';
import type { SeriesStyle } from './seriesStyles';

/**
 * Where everything of a score series chart goes, worked out before anything is drawn: the
 * frame, the plot, each series' name at its last point, and the legend line by line.
 *
 * @internal
 */
export interface ScoreSeriesChartLayout extends ChartFrame {
  /** What the score axis counts, written above it at (`x`, `y`). */
  readonly unitLabel: { readonly x: number; readonly y: number; readonly words: string };
  readonly plot: PlotSpec;
  /** Each series' name beside its last point, already moved apart where two would overlap; empty when the legend names them. */
  readonly endLabels: readonly {
    readonly x: number;
    readonly y: number;
    readonly words: string;
    readonly colour: string;
  }[];
  /** The legend's entries, top to bottom: what each swatch shows, centred at `middle`, and its wrapped words. */
  readonly legend: readonly {
    readonly kind: 'series' | 'shade' | 'hollow' | 'dotted' | 'band';
    readonly style?: SeriesStyle | undefined;
    readonly middle: number;
    readonly lines: readonly string[];
  }[];
}
