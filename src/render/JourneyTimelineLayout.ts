import type { ChartFrame } from './ChartFrame';
import type { TimeAxisLayout } from './layOutTimeAxis';
import type { PlacedRow } from './RowLayout';

/**
 * Where everything of a journey timeline goes, worked out before anything is drawn: the
 * note and legend above, the time axis, the median end down the chart, and each row's
 * texts and its bar or whisker.
 *
 * @internal
 */
export interface JourneyTimelineLayout extends ChartFrame {
  /** The note on how to read the chart, line by line. */
  readonly note: readonly { readonly x: number; readonly y: number; readonly words: string }[];
  /** The kinds of step drawn, each a swatch with its top-left at (`x`, `y`) and words beside it. */
  readonly legend: readonly {
    readonly x: number;
    readonly y: number;
    readonly controlled: boolean;
    readonly words: string;
  }[];
  readonly axis: TimeAxisLayout;
  /** The x of the wing-to-wing median, marked down the whole chart. */
  readonly endX: number;
  /**
   * Each row as `layoutRows` placed it, and what its plot shows: nothing (a stage, or a
   * step no case finished), a step's bar, or the whole journey's whisker from P5 to P95.
   */
  readonly rows: readonly {
    readonly placed: PlacedRow;
    readonly mark:
      | { readonly kind: 'none' }
      | {
          readonly kind: 'bar';
          readonly x: number;
          readonly y: number;
          readonly width: number;
          readonly height: number;
          readonly controlled: boolean;
        }
      | { readonly kind: 'whisker'; readonly low: number; readonly high: number; readonly middle: number };
  }[];
}
