import type { ScoreSeries, SeriesPoint } from '../metrics/scoreSeries';
import type { ReadChartOptions } from './chartOptions';
import type { SeriesStyle } from './seriesStyles';

/**
 * A score series chart's input once checked: the common options read, the chosen series
 * with their names and styles, and the options of this chart in their checked form.
 *
 * @internal
 */
export interface ScoreSeriesChartInput {
  readonly series: ScoreSeries;
  readonly common: ReadChartOptions;
  /** "NPS", "CSAT" or "CES": the metric as the title and description name it. */
  readonly metricLabel: string;
  /** The series to draw, in the order chosen, each with its name and style. */
  readonly drawn: readonly {
    readonly label: string;
    readonly points: readonly SeriesPoint[];
    readonly style: SeriesStyle;
  }[];
  readonly highlight: { readonly periods: readonly string[]; readonly label: string } | undefined;
  /** What the score axis counts, written above it. */
  readonly scoreUnit: string;
  readonly range: 'scale' | 'data';
}
