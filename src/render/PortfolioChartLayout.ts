import type { ChartFrame } from './ChartFrame';
import type { TextPlacement } from './placeLabel';
import type { PlacedRow } from './RowLayout';

/**
 * Where everything of a portfolio chart goes, worked out before anything is drawn: the
 * headline and note, the cost and value headings and ticks, each row's texts and bars,
 * and the budget's mark.
 *
 * @internal
 */
export interface PortfolioChartLayout extends ChartFrame {
  /** The headline (bold) and the note on how to read the bars, line by line. */
  readonly headline: readonly { readonly x: number; readonly y: number; readonly words: string }[];
  readonly note: readonly { readonly x: number; readonly y: number; readonly words: string }[];
  /** The cost heading and, on a wide chart, the value heading. */
  readonly headings: readonly { readonly placement: TextPlacement; readonly words: string }[];
  /** Every grid line (cost, then value on a wide chart) from `top` to `bottom`, and its label. */
  readonly ticks: readonly {
    readonly x: number;
    readonly top: number;
    readonly bottom: number;
    readonly label: TextPlacement;
    readonly words: string;
  }[];
  /** The funded total, then each idea: its texts as `layoutRows` placed them and its bars. */
  readonly rows: readonly {
    readonly placed: PlacedRow;
    readonly funded: boolean;
    readonly bars: readonly {
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
    }[];
  }[];
  /** The budget: its line, in one piece or (on a phone) across each bar only, and its label on a wide chart. */
  readonly budget: {
    readonly segments: readonly { readonly x: number; readonly top: number; readonly bottom: number }[];
    readonly label: { readonly placement: TextPlacement; readonly words: string } | null;
  };
}
