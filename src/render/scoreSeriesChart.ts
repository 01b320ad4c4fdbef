import type { ScoreSeries } from '../metrics/scoreSeries';
import { drawOrRefuse } from './drawOrRefuse';
import { drawScoreSeriesChart } from './drawScoreSeriesChart';
import { layOutScoreSeriesChart } from './layOutScoreSeriesChart';
import { readScoreSeriesChartInput } from './readScoreSeriesChartInput';
import type { ScoreSeriesChartOptions } from './ScoreSeriesChartOptions';

/**
 * Draws a score series over time: one line per segment, its interval as a shaded band,
 * each point a marker — hollow where `lowN` flags too few responses, as the legend says in
 * words — and a thin dotted line across periods without responses, so a gap is never
 * mistaken for a trend. The y axis spans the metric's whole range (NPS −100 to 100, CSAT
 * 0 to 100 %, CES the scale), so charts of one metric compare at a glance, or with
 * `range: 'data'` just the drawn scores and intervals. Each segment
 * has its own line pattern and marker shape, and its name is written at its last point.
 *
 * Periods are evenly spaced, in time order: with `k` periods over a plot `w` wide, the
 * i-th (from 0) sits at `left + w · (i + 0.5) / k`; a score `v` on a range `lo–hi` sits at
 * `bottom − h · (v − lo) / (hi − lo)` for a plot `h` high.
 *
 * @param series - What `scoreSeries` returns.
 * @param options - `segments` and the common chart options; see {@link ScoreSeriesChartOptions}.
 * @returns The SVG, as a string.
 * @throws `CxError` `NO_DATA` (no series, or no period with a score), `INVALID_OPTION` (an unknown segment),
 *   `INVALID_INPUT` (a point that is not a finite number), `TOO_MANY_SERIES` (more than five), `UNKNOWN_OPTION`.
 *
 * @example
 * import { scoreSeries } from 'cxkit/metrics';
 * import { scoreSeriesChart } from 'cxkit/render';
 *
 * const result = scoreSeries(
 *   { at: ['2026-01-10', '2026-01-20', '2026-03-05', '2026-03-06'], score: [10, 9, 3, 10] },
 *   { metric: 'nps', unit: 'month' },
 * );
 * const svg = scoreSeriesChart(result);
 * svg.includes('2026-02 no responses') // => true
 * scoreSeriesChart(result, { segments: ['retail'] }) // throws CxError INVALID_OPTION
 *
 * @category Charts
 */
export function scoreSeriesChart(series: ScoreSeries, options: ScoreSeriesChartOptions = {}): string {
  return drawOrRefuse('series', 'what scoreSeries returns', () =>
    drawScoreSeriesChart(layOutScoreSeriesChart(readScoreSeriesChartInput(series, options))),
  );
}
