import type { ScoreSeries, SeriesPoint } from '../metrics/scoreSeries';
import type { ReadChartOptions } from './chartOptions';

/**
 * A score series panel chart's input once checked: every point finite, the segments with
 * a score (one panel each), the series of all responses if any, and the options of this
 * chart in their checked form.
 *
 * @internal
 */
export interface ScoreSeriesPanelsInput {
  readonly series: ScoreSeries;
  readonly common: ReadChartOptions;
  /** "NPS", "CSAT" or "CES": the metric as the title and description name it. */
  readonly metricLabel: string;
  /** The segments to draw, in the result's order: those with at least one score. */
  readonly segments: readonly { readonly segment: string; readonly points: readonly SeriesPoint[] }[];
  /** The series of all responses, drawn gray in every panel for reference. */
  readonly overall: ScoreSeries['series'][number] | undefined;
  readonly highlight: { readonly periods: readonly string[]; readonly label: string } | undefined;
  /** What every panel's score axis counts. */
  readonly scoreUnit: string;
  readonly range: 'scale' | 'data';
}
