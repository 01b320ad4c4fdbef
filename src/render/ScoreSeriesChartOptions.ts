import type { ChartOptions } from './chartOptions';

/**
 * Options for {@link scoreSeriesChart}.
 *
 * @category Charts
 */
export interface ScoreSeriesChartOptions extends ChartOptions {
  /**
   * The series to draw, by segment name (`null` for the series of all responses), in
   * this order; at most five. Default every series of the result.
   */
  readonly segments?: readonly (string | null)[];
  /**
   * What the y axis spans: `'scale'`, the metric's whole range (NPS −100 to 100, CSAT 0
   * to 100 %, CES its scale), so charts of one metric compare at a glance; or `'data'`,
   * the drawn scores and their intervals, rounded out to nice ticks, so
   * a dip of a few points is visible. Default `'scale'`.
   */
  readonly range?: 'scale' | 'data';
  /**
   * Periods to shade behind the lines, with the words the legend gives them: the months
   * a score dips every year, say (`{ periods: ['2024-12', '2025-12'], label: 'December
   * dips every year' }`). Periods the chart does not show are ignored. Default: none.
   */
  readonly highlight?: { readonly periods: readonly string[]; readonly label: string };
  /**
   * What the score axis counts, written above it. Default by metric: "NPS points",
   * "% satisfied" (CSAT), "mean score" (CES).
   */
  readonly unit?: string;
}
