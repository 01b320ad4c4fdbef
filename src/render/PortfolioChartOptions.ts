import type { ChartOptions } from './chartOptions';

/**
 * Options for {@link portfolioChart}.
 *
 * @category Charts
 */
export interface PortfolioChartOptions extends ChartOptions {
  /** Each idea's name for people, by idea id (a portfolio document's `title`s). Default: the ids. */
  readonly labels?: Readonly<Record<string, string>>;
  /** The unit of the budget and costs, for the axis, e.g. `'£ thousand'`. Default: none written. */
  readonly costUnit?: string;
  /** The unit of the values, e.g. `'NPS points'`. Default: none written. */
  readonly valueUnit?: string;
}
