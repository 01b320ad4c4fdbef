import type { ScoreSeries, SeriesPoint } from '../metrics/scoreSeries';
import { readChartOptions } from './chartOptions';
import { checkSeriesEntries } from './checkSeriesEntries';
import { raiseRender } from './messages';
import { readHighlight } from './readHighlight';
import type { ScoreSeriesPanelsInput } from './ScoreSeriesPanelsInput';
import type { ScoreSeriesPanelsOptions } from './ScoreSeriesPanelsOptions';
import { checkPoint, checkScoreSeries, metricLabels, readScoreUnit } from './scoreSeriesPlot';

const chartName = 'scoreSeriesPanels';

/**
 * Checks what `scoreSeriesPanels` was given, in the order its errors are documented: the
 * result, the common options, `highlight` and `unit`, every point, that some segment has
 * a score, and last `range`.
 *
 * @internal
 */
export function readScoreSeriesPanelsInput(
  series: ScoreSeries,
  options: ScoreSeriesPanelsOptions,
): ScoreSeriesPanelsInput {
  checkScoreSeries(series);
  const metricLabel = metricLabels[series.metric] ?? String(series.metric);
  const common = readChartOptions(options, ['range', 'highlight', 'unit'], {
    width: 760,
    title: `${metricLabel} by segment`,
  });
  const highlight = readHighlight(options.highlight);
  const scoreUnit = readScoreUnit(series, options.unit);
  checkSeriesEntries(series.series);
  series.series.forEach((entry, seriesIndex) => {
    entry.points.forEach((point, index) => {
      checkPoint(point, ['series', seriesIndex, 'points', index]);
    });
  });
  const overall = series.series.find((entry) => entry.segment === null);
  const segments = series.series.filter(
    (entry): entry is { segment: string; points: readonly SeriesPoint[] } =>
      entry.segment !== null && entry.points.some((point) => point.score !== null),
  );
  if (segments.length === 0) raiseRender('NO_DATA', [chartName, 'no segment has a score']);
  const range = options.range ?? 'scale';
  if (range !== 'scale' && range !== 'data') {
    raiseRender('INVALID_INPUT', ['Option range', '"scale" or "data"', JSON.stringify(range)], {
      path: ['range'],
    });
  }
  return { series, common, metricLabel, segments, overall, highlight, scoreUnit, range };
}
