import type { ChartFrame } from './ChartFrame';
import type { PlotSpec } from './scoreSeriesPlot';
import type { SeriesStyle } from './seriesStyles';

/**
 * Where everything of a score series panel chart goes, worked out before anything is
 * drawn: the line naming the unit, each panel's heading and plot, and the legend line by
 * line.
 *
 * @internal
 */
export interface ScoreSeriesPanelsLayout extends ChartFrame {
  /** What every panel's score axis counts, written below the title. */
  readonly unitLabel: { readonly x: number; readonly y: number; readonly words: string };
  /** Each segment's panel: its heading line by line, then its plot. */
  readonly panels: readonly {
    readonly heading: readonly { readonly x: number; readonly y: number; readonly words: string }[];
    readonly plot: PlotSpec;
  }[];
  /** How every panel draws its segment, which the legend's swatches show. */
  readonly style: SeriesStyle;
  /** The legend's entries, top to bottom: what each swatch shows, centred at `middle`, and its wrapped words. */
  readonly legend: readonly {
    readonly kind: 'series' | 'reference' | 'shade' | 'band' | 'hollow';
    readonly middle: number;
    readonly lines: readonly string[];
  }[];
}
