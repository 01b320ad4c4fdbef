import type { ChartFrame } from './ChartFrame';
/**
 * Where everything of a wing-to-wing timeline goes, worked out before anything is drawn:
 * the headline and note, the time axis, and each row's label, bar, whisker and words.
 *
 * @internal
 */
export interface WingToWingTimelineLayout extends ChartFrame {
  /** The controlled share (bold) and the note on how to read the bars. */
  readonly headline: { readonly x: number; readonly y: number; readonly words: string };
  readonly note: { readonly x: number; readonly y: number; readonly words: string };
  /** The plot's left edge, drawn as a line from `top` to `bottom` over the bars. */
  readonly plot: { readonly left: number; readonly top: number; readonly bottom: number };
  /** Each grid line's x and its label's words. */
  readonly ticks: readonly { readonly x: number; readonly words: string }[];
  readonly axisTitle: { readonly x: number; readonly y: number; readonly words: string };
  /** A stage's heading, or a duration's label, bar to the median, whisker from P5 to P95 and words. */
  readonly rows: readonly (
    | { readonly kind: 'stage'; readonly x: number; readonly y: number; readonly words: string }
    | {
        readonly kind: 'duration';
        readonly label: { readonly x: number; readonly y: number; readonly words: string };
        readonly bar: {
          readonly x: number;
          readonly y: number;
          readonly width: number;
          readonly fill: 'hatched' | 'solid' | 'outline';
        } | null;
        readonly whisker: { readonly low: number; readonly high: number; readonly middle: number } | null;
        readonly words: { readonly x: number; readonly y: number; readonly words: string };
      }
  )[];
}
