import type { ChartFrame } from './ChartFrame';
import type { TextPlacement } from './placeLabel';
import type { MarkerShape } from './seriesStyles';

/**
 * Where everything of a driver quadrant goes, worked out before anything is drawn: the
 * plot and its axes, the fixed words, each driver's marker and number, and the key below.
 *
 * @internal
 */
export interface DriverQuadrantLayout extends ChartFrame {
  readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  /** Where the target (a gap of 0) and the importance threshold cross the plot. */
  readonly zeroX: number;
  readonly thresholdY: number;
  /** The performance axis: each grid line's x and its label. */
  readonly acrossTicks: readonly { readonly x: number; readonly label: TextPlacement; readonly words: string }[];
  /** The importance axis: each grid line's y and its label. */
  readonly upTicks: readonly { readonly y: number; readonly words: string }[];
  /** "On target", the threshold and (on a wide chart) the quadrant names, placed before the numbers. */
  readonly fixedLabels: readonly {
    readonly placement: TextPlacement;
    readonly words: string;
    readonly bold: boolean;
  }[];
  /** Each driver, in the given order: its marker and its number, placed clear of the others. */
  readonly points: readonly {
    readonly x: number;
    readonly y: number;
    readonly shape: MarkerShape;
    readonly number: TextPlacement;
    readonly words: string;
  }[];
  /** The performance axis' title, centred under the plot, line by line from `top`. */
  readonly acrossTitle: { readonly x: number; readonly top: number; readonly lines: readonly string[] };
  /** The importance axis' title, written upwards centred at (`x`, `y`). */
  readonly upTitle: { readonly x: number; readonly y: number; readonly words: string };
  /** On a phone, the quadrants that hold a driver, named in the key. */
  readonly quadrantKey: readonly { readonly y: number; readonly shape: MarkerShape; readonly words: string }[];
  /** Each driver's key entry, most important first: its number, name, gap, importance and quadrant. */
  readonly driverKey: readonly { readonly y: number; readonly shape: MarkerShape; readonly lines: readonly string[] }[];
}
