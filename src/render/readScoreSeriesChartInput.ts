import { describeValue } from '../core/errors/describeValue';
import type { ScoreSeries, SeriesPoint } from '../metrics/scoreSeries';
import { readChartOptions } from './chartOptions';
import { checkSeriesEntries } from './checkSeriesEntries';
import { raiseRender } from './messages';
import { readHighlight } from './readHighlight';
import type { ScoreSeriesChartInput } from './ScoreSeriesChartInput';
import type { ScoreSeriesChartOptions } from './ScoreSeriesChartOptions';
import { checkPoint, checkScoreSeries, metricLabels, readScoreUnit, segmentLabel } from './scoreSeriesPlot';
import { type SeriesStyle, seriesStyles } from './seriesStyles';

const chartName = 'scoreSeriesChart';

/**
 * Checks what `scoreSeriesChart` was given, in the order its errors are documented: the
 * result, the common options, each series, the chosen segments, the options of this
 * chart, then every point drawn.
 *
 * @internal
 */
export function readScoreSeriesChartInput(
  series: ScoreSeries,
  options: ScoreSeriesChartOptions,
): ScoreSeriesChartInput {
  checkScoreSeries(series);
  const metricLabel = metricLabels[series.metric] ?? String(series.metric);
  const common = readChartOptions(options, ['segments', 'range', 'highlight', 'unit'], {
    width: 720,
    title: `${metricLabel} by ${series.unit}`,
  });
  if (series.series.length === 0) raiseRender('NO_DATA', [chartName, 'the result has no series']);
  checkSeriesEntries(series.series);
  const available = series.series.map((entry) => entry.segment);
  let chosen = series.series.map((_, index) => index);
  if (options.segments !== undefined) {
    const segments = options.segments as unknown;
    if (!Array.isArray(segments) || segments.length === 0) {
      raiseRender('INVALID_OPTION', ['segments', 'a non-empty array of segment names', describeValue(segments)], {
        path: ['segments'],
      });
    }
    chosen = segments.map((segment: unknown, index) => {
      const found = available.indexOf(segment as string | null);
      if (found === -1) {
        raiseRender(
          'INVALID_OPTION',
          [
            `segments[${index}]`,
            `one of the result's segments (${available.map((name) => (name === null ? 'null' : JSON.stringify(name))).join(', ')})`,
            describeValue(segment),
          ],
          { path: ['segments', index] },
        );
      }
      return found;
    });
    chosen = [...new Set(chosen)];
  }
  if (chosen.length > seriesStyles.length) {
    raiseRender('TOO_MANY_SERIES', [chartName, chosen.length, seriesStyles.length], { path: ['segments'] });
  }
  const highlight = readHighlight(options.highlight);
  const scoreUnit = readScoreUnit(series, options.unit);
  const drawn = chosen.map((seriesIndex, order) => {
    const entry = series.series[seriesIndex] as ScoreSeries['series'][number];
    for (let index = 0; index < entry.points.length; index++) {
      checkPoint(entry.points[index] as SeriesPoint, ['series', seriesIndex, 'points', index]);
    }
    return { label: segmentLabel(entry.segment), points: entry.points, style: seriesStyles[order] as SeriesStyle };
  });
  if (drawn.every((entry) => entry.points.every((point) => point.score === null))) {
    raiseRender('NO_DATA', [chartName, 'no period has a score']);
  }
  const range = options.range ?? 'scale';
  if (range !== 'scale' && range !== 'data') {
    raiseRender('INVALID_OPTION', ['range', '"scale" or "data"', describeValue(range)], {
      path: ['range'],
    });
  }
  return { series, common, metricLabel, drawn, highlight, scoreUnit, range };
}
