import type { ChartOptions } from './chartOptions';

/**
 * Options for {@link perceptionGapBars}.
 *
 * @category Charts
 */
export interface PerceptionGapBarsOptions extends ChartOptions {
  /** The two groups compared, `[a, b]`; the gap is `a − b`. Default the aggregate's first pair. */
  readonly pair?: readonly [string, string];
  /** A gap is marked significant when its Welch p-value is below this. Default `0.05`. */
  readonly alpha?: number;
  /** The order of the dimensions: the model's (`'model'`) or the widest gap first (`'gap'`). Default `'model'`. */
  readonly order?: 'model' | 'gap';
}
