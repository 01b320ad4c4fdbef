import type { ScoreSeries, SeriesPoint } from '../metrics/scoreSeries';
import { chartLayout, isNarrow } from './chartLayout';
import { type ChartOptions, readChartOptions } from './chartOptions';
import { formatNumber } from './formatNumber';
import { raiseRender } from './messages';
import { niceTicks } from './niceTicks';
import { readHighlight } from './readHighlight';
import {
  checkPoint,
  checkScoreSeries,
  dataRange,
  drawSeriesPlot,
  metricLabels,
  type PlotEntry,
  periodsOf,
  plotNotes,
  readScoreUnit,
  scaleRange,
} from './scoreSeriesPlot';
import { type SeriesStyle, seriesStyles, seriesSwatch } from './seriesStyles';
import { svgChart } from './svgChart';
import { line, rect, text } from './svgElements';
import { wrapText } from './wrapText';

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

const chartName = 'scoreSeriesPanels';

/**
 * Draws each segment of a score series in its own small panel, side by side on one
 * scale — small multiples, rather than every segment's band drawn over the others — with
 * the series of all responses as a thin grey line in each panel for reference, and the
 * segment's latest score in its heading. Three panels to a row, or one below the other
 * on a phone (below 480 px).
 *
 * @param series - What `scoreSeries` returns, with segments.
 * @param options - `range`, `highlight` and the common chart options; see {@link ScoreSeriesPanelsOptions}.
 * @returns The SVG, as a string.
 * @throws `CxError` `NO_DATA` (no segment, or no segment with a score), `INVALID_INPUT`, `UNKNOWN_OPTION`.
 *
 * @example
 * import { scoreSeries } from 'cxkit/metrics';
 * import { scoreSeriesPanels } from 'cxkit/render';
 *
 * const result = scoreSeries(
 *   { at: ['2026-01-10', '2026-01-20', '2026-02-05', '2026-02-06'], score: [10, 9, 3, 10], segment: ['airline', 'lessor', 'airline', 'lessor'] },
 *   { metric: 'nps', unit: 'month' },
 * );
 * scoreSeriesPanels(result).includes('lessor: 100 in 2026-02') // => true
 * scoreSeriesPanels(scoreSeries({ at: ['2026-01-10'], score: [9] }, { metric: 'nps', unit: 'month' })) // throws CxError NO_DATA
 *
 * @category Charts
 */
export function scoreSeriesPanels(series: ScoreSeries, options: ScoreSeriesPanelsOptions = {}): string {
  checkScoreSeries(series);
  const metricLabel = metricLabels[series.metric] ?? String(series.metric);
  const common = readChartOptions(options, ['range', 'highlight', 'unit'], {
    width: 760,
    title: `${metricLabel} by segment`,
  });
  const highlight = readHighlight(options.highlight);
  const scoreUnit = readScoreUnit(series, options.unit);
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
  const rangeOption = options.range ?? 'scale';
  if (rangeOption !== 'scale' && rangeOption !== 'data') {
    raiseRender('INVALID_INPUT', ['Option range', '"scale" or "data"', JSON.stringify(rangeOption)], {
      path: ['range'],
    });
  }
  const [scaleLow, scaleHigh] = scaleRange(series);
  const all = [...segments, ...(overall === undefined ? [] : [overall])];
  const [low, high] = rangeOption === 'scale' ? [scaleLow, scaleHigh] : dataRange(all, scaleLow, scaleHigh);
  const { ticks, domain } = niceTicks(low, high, 4);
  const periods = periodsOf(all);
  const shaded = new Set(highlight?.periods.filter((period) => periods.includes(period)) ?? []);

  const { fontSize, lineHeight, margin } = chartLayout;
  const width = common.width;
  const columns = isNarrow(width) ? 1 : Math.min(3, segments.length);
  const gap = 16;
  const axisRoom = 40;
  const panelWidth = (width - 2 * margin - (columns - 1) * gap) / columns;
  const style = seriesStyles[0] as SeriesStyle;
  const latest = (points: readonly SeriesPoint[]) => points.filter((point) => point.score !== null).at(-1);
  const headings = segments.map((segment) => {
    const last = latest(segment.points);
    const words =
      last === undefined || last.score === null
        ? segment.segment
        : `${segment.segment}: ${formatNumber(last.score, 1)} in ${last.period}`;
    return wrapText(words, fontSize, panelWidth, true);
  });
  const headingLines = Math.max(...headings.map((lines) => lines.length));
  const plotHeight = isNarrow(width) ? 110 : 130;
  const panelHeight = headingLines * lineHeight + 6 + plotHeight + 24;
  // Below the title, one line says what every panel's axis counts.
  const top = 60;
  const rows = Math.ceil(segments.length / columns);
  const entriesOf = (points: readonly SeriesPoint[]): PlotEntry[] => [
    ...(overall === undefined ? [] : [{ points: overall.points, style, reference: true }]),
    { points, style },
  ];
  const notes = plotNotes(segments.flatMap((segment) => entriesOf(segment.points)));
  const level = segments.flatMap((segment) => segment.points).find((point) => point.ci)?.ci?.level;
  const legend = [
    { kind: 'series' as const, words: 'The segment' },
    ...(overall === undefined ? [] : [{ kind: 'reference' as const, words: 'All responses, for reference' }]),
    ...(shaded.size > 0 && highlight !== undefined ? [{ kind: 'shade' as const, words: highlight.label }] : []),
    ...(notes.bands
      ? [
          {
            kind: 'band' as const,
            words: `Shaded band: ${level === undefined ? 'the' : `${formatNumber(level * 100, 1)}%`} interval of each score`,
          },
        ]
      : []),
    ...(notes.lowN
      ? [{ kind: 'hollow' as const, words: 'Hollow marker: fewer responses than the minimum (low n)' }]
      : []),
  ];
  const legendLines = legend.map((entry) => wrapText(entry.words, fontSize, width - 2 * margin - 34));
  const legendTop = top + rows * panelHeight + 8;
  const legendHeight = legendLines.reduce((sum, lines) => sum + Math.max(20, lines.length * lineHeight + 4), 0);
  const height = common.height ?? legendTop + legendHeight;
  const description = [
    `${metricLabel} by ${series.unit}, one panel per segment on one scale from ${formatNumber(domain[0])} to ${formatNumber(domain[1])} ${scoreUnit}${overall === undefined ? '' : ', with all responses as a grey line in each'}.`,
    ...segments.map(
      (segment) =>
        `${segment.segment}: ${segment.points.map((point) => (point.score === null ? `${point.period} no responses` : `${point.period} ${formatNumber(point.score, 1)} (n = ${point.n})`)).join('; ')}.`,
    ),
  ].join(' ');

  const draw = () => {
    const parts: string[] = [text(margin, 44, `Every panel in ${scoreUnit}, on one scale`, { fill: '#444444' })];
    segments.forEach((segment, index) => {
      const column = index % columns;
      const row = Math.floor(index / columns);
      const left = margin + column * (panelWidth + gap);
      const panelTop = top + row * panelHeight;
      (headings[index] as string[]).forEach((words, lineIndex) => {
        parts.push(
          text(left, panelTop + fontSize + lineIndex * lineHeight, words, { 'font-weight': 'bold', fill: '#1a1a1a' }),
        );
      });
      const plotTop = panelTop + headingLines * lineHeight + 10;
      parts.push(
        drawSeriesPlot({
          left: left + axisRoom,
          right: left + panelWidth,
          top: plotTop,
          bottom: plotTop + plotHeight,
          periods,
          domain,
          ticks,
          entries: entriesOf(segment.points),
          shaded,
          periodLabels: 'ends',
        }),
      );
    });
    let y = legendTop;
    legend.forEach((entry, index) => {
      const lines = legendLines[index] as string[];
      const middle = y + 6;
      if (entry.kind === 'series') parts.push(seriesSwatch(margin, middle, style));
      else if (entry.kind === 'reference')
        parts.push(line(margin, middle, margin + 24, middle, { stroke: '#9e9e9e', 'stroke-width': 1.5 }));
      else if (entry.kind === 'shade') parts.push(rect(margin, middle - 7, 24, 14, { fill: '#f6dcc0' }));
      else if (entry.kind === 'band')
        parts.push(rect(margin, middle - 6, 24, 12, { fill: style.colour, 'fill-opacity': 0.14 }));
      else
        parts.push(
          `<circle cx="${margin + 12}" cy="${middle}" r="3.5" fill="#ffffff" stroke="${style.colour}" stroke-width="1.5"/>`,
        );
      lines.forEach((words, lineIndex) => {
        parts.push(text(margin + 34, middle + 4 + lineIndex * lineHeight, words, { fill: '#1a1a1a' }));
      });
      y += Math.max(20, lines.length * lineHeight + 4);
    });
    return parts.join('\n');
  };
  return svgChart({ kind: 'score-panels', width, height, title: common.title, description, id: common.id, draw });
}
