import type { SeriesPoint } from '../metrics/scoreSeries';
import { formatNumber } from './formatNumber';
import type { ScoreSeriesChartInput } from './ScoreSeriesChartInput';

/**
 * The words a score series chart's description gives: the range shown, every point of
 * every series drawn, the shaded periods and the notes that apply.
 *
 * @internal
 */
export function describeScoreSeriesChart(
  input: ScoreSeriesChartInput,
  shown: {
    readonly periods: readonly string[];
    readonly domain: readonly [number, number];
    readonly shaded: ReadonlySet<string>;
    readonly notes: { readonly lowN: boolean; readonly gaps: boolean };
  },
): string {
  const { series, metricLabel, drawn, highlight, scoreUnit } = input;
  const { periods, domain, shaded, notes } = shown;
  const unitWords = series.metric === 'csat' ? ' %' : '';
  const pointWords = (point: SeriesPoint) => {
    if (point.score === null) return `${point.period} no responses`;
    const interval =
      point.ci === null || point.ci === undefined
        ? ''
        : `, ${formatNumber(point.ci.level * 100, 1)}% interval ${formatNumber(point.ci.lower, 1)} to ${formatNumber(point.ci.upper, 1)}`;
    return `${point.period} ${formatNumber(point.score, 1)}${unitWords} (n = ${point.n}${interval}${point.lowN ? ', low n: read with care' : ''})`;
  };
  return [
    `${metricLabel} by ${series.unit}${periods.length > 0 ? `, ${periods[0]} to ${periods[periods.length - 1]}` : ''}, on its range from ${formatNumber(domain[0])} to ${formatNumber(domain[1])} ${scoreUnit}.`,
    ...drawn.map((entry) => `${entry.label} (${entry.style.words}): ${entry.points.map(pointWords).join('; ')}.`),
    ...(shaded.size > 0 && highlight !== undefined ? [`Shaded: ${[...shaded].join(', ')} (${highlight.label}).`] : []),
    ...(notes.lowN ? ['Hollow markers are points with too few responses.'] : []),
    ...(notes.gaps ? ['A dotted line bridges periods without responses.'] : []),
  ].join(' ');
}
