import type { ChartFrame } from './ChartFrame';
import type { TextPlacement } from './placeLabel';
import type { SeriesStyle } from './seriesStyles';

/**
 * Where everything of a maturity radar goes, worked out before anything is drawn: the
 * level rings and their labels, each axis and its label, each outline's points, the
 * legend and (on a phone) the key.
 *
 * @internal
 */
export interface MaturityRadarLayout extends ChartFrame {
  readonly centre: { readonly x: number; readonly y: number };
  /** Each level's ring, one point per axis, and its label on the top axis. */
  readonly rings: readonly {
    readonly points: readonly [number, number][];
    readonly label: { readonly x: number; readonly y: number; readonly words: string };
  }[];
  /** Each axis' outer end and its label, placed clear of the level names and earlier labels. */
  readonly axes: readonly {
    readonly end: readonly [number, number];
    readonly label: TextPlacement;
    readonly words: string;
    readonly bold: boolean;
  }[];
  /** The target (first, when there is one) and each series: a point per axis, `null` where unscored. */
  readonly outlines: readonly {
    readonly points: readonly ([number, number] | null)[];
    readonly style: SeriesStyle;
    readonly strokeWidth: number;
  }[];
  readonly legend: readonly {
    readonly x: number;
    readonly y: number;
    readonly style: SeriesStyle;
    readonly words: string;
  }[];
  /** On a phone, the levels and each numbered axis' name and scores, line by line from `top`. */
  readonly key: readonly { readonly top: number; readonly lines: readonly string[] }[];
}
