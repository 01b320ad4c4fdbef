import type { ChartFrame } from './ChartFrame';
import type { PlacedRow } from './RowLayout';

/**
 * Where everything of a perception gap chart goes, worked out before anything is drawn:
 * the legend naming the two groups, the level axis, and each row's texts and both bars.
 *
 * @internal
 */
export interface PerceptionGapBarsLayout extends ChartFrame {
  /** The first group's entry (solid) then the second's (hatched): each swatch's top and its wrapped words. */
  readonly legend: readonly { readonly top: number; readonly lines: readonly string[] }[];
  readonly axis: {
    /** Where the grid lines start: just above the first row's plot. */
    readonly gridTop: number;
    readonly top: number;
    /** Each level's grid line and its value in words. */
    readonly levels: readonly { readonly x: number; readonly words: string }[];
    readonly title: { readonly x: number; readonly y: number; readonly words: string };
  };
  /**
   * Each row as `layoutRows` placed it, and its two bars, the first group's above the
   * second's: from `left` to `end` with the mean beside it, or (`end` `null`) words saying
   * the group did not score the dimension.
   */
  readonly rows: readonly {
    readonly placed: PlacedRow;
    readonly bars: readonly {
      readonly left: number;
      readonly top: number;
      readonly end: number | null;
      readonly words: string;
    }[];
  }[];
}
