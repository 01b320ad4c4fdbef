import type { ChartOptions } from './chartOptions';

/**
 * Options for {@link scoreSeriesPanels}.
 *
 * @category Charts
 */
export interface ScoreSeriesPanelsOptions extends ChartOptions {
  /** What the y axis of every panel spans: the metric's whole range (`'scale'`) or the drawn scores and intervals (`'data'`). Default `'scale'`. */
  readonly range?: 'scale' | 'data';
  /** Periods to shade in every panel, with the legend's words; see `ScoreSeriesChartOptions`. Default: none. */
  readonly highlight?: { readonly periods: readonly string[]; readonly label: string };
  /** What the score axis counts, written above the panels; see `ScoreSeriesChartOptions`. */
  readonly unit?: string;
}
