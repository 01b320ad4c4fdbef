import type { SeriesPoint } from '../metrics/scoreSeries';
import { chartLayout, isNarrow } from './chartLayout';
import { formatNumber } from './formatNumber';
import { intervalBandWords } from './intervalBandWords';
import { niceTicks } from './niceTicks';
import type { ScoreSeriesPanelsInput } from './ScoreSeriesPanelsInput';
import type { ScoreSeriesPanelsLayout } from './ScoreSeriesPanelsLayout';
import { dataRange, type PlotEntry, periodsOf, plotNotes, scaleRange } from './scoreSeriesPlot';
import { type SeriesStyle, seriesStyles } from './seriesStyles';
import { stackLegend } from './stackLegend';
import { wrapText } from './wrapText';

/**
 * Works out a score series panel chart from its checked input: one score range and ticks
 * for every panel, the grid of panels (three to a row, one on a phone) with each
 * segment's latest score in its heading, the legend of what is drawn, and the description.
 *
 * @internal
 */
export function layOutScoreSeriesPanels(input: ScoreSeriesPanelsInput): ScoreSeriesPanelsLayout {
  const { series, common, segments, overall, highlight } = input;
  const [scaleLow, scaleHigh] = scaleRange(series);
  const all = [...segments, ...(overall === undefined ? [] : [overall])];
  const [low, high] = input.range === 'scale' ? [scaleLow, scaleHigh] : dataRange(all, scaleLow, scaleHigh);
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
  const headings = segments.map((segment) => {
    const last = segment.points.filter((point) => point.score !== null).at(-1);
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
  const legend = nameLegendEntries(input, { shaded, notes });
  const legendTop = top + rows * panelHeight + 8;
  const stacked = stackLegend(legend, width - 2 * margin - 34, legendTop);
  const height = common.height ?? legendTop + stacked.height;

  return {
    width,
    height,
    title: common.title,
    id: common.id,
    description: describePanels(input, domain),
    unitLabel: { x: margin, y: 44, words: `Every panel in ${input.scoreUnit}, on one scale` },
    panels: segments.map((segment, index) => {
      const left = margin + (index % columns) * (panelWidth + gap);
      const panelTop = top + Math.floor(index / columns) * panelHeight;
      const plotTop = panelTop + headingLines * lineHeight + 10;
      return {
        heading: (headings[index] as string[]).map((words, lineIndex) => ({
          x: left,
          y: panelTop + fontSize + lineIndex * lineHeight,
          words,
        })),
        plot: {
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
        },
      };
    }),
    style,
    legend: stacked.rows,
  };
}

/**
 * What the legend names, top to bottom: the segment's line, the gray reference when drawn,
 * the shaded periods, and the notes that apply.
 */
function nameLegendEntries(
  input: ScoreSeriesPanelsInput,
  shown: { readonly shaded: ReadonlySet<string>; readonly notes: { readonly lowN: boolean; readonly bands: boolean } },
): { readonly kind: ScoreSeriesPanelsLayout['legend'][number]['kind']; readonly words: string }[] {
  const { segments, overall, highlight } = input;
  const { shaded, notes } = shown;
  return [
    { kind: 'series' as const, words: 'The segment' },
    ...(overall === undefined ? [] : [{ kind: 'reference' as const, words: 'All responses, for reference' }]),
    ...(shaded.size > 0 && highlight !== undefined ? [{ kind: 'shade' as const, words: highlight.label }] : []),
    ...(notes.bands
      ? [{ kind: 'band' as const, words: intervalBandWords(segments.flatMap((segment) => segment.points)) }]
      : []),
    ...(notes.lowN
      ? [{ kind: 'hollow' as const, words: 'Hollow marker: fewer responses than the minimum (low n)' }]
      : []),
  ];
}

/** The description: the metric, the common scale, then every segment's score (and n) period by period. */
function describePanels(input: ScoreSeriesPanelsInput, domain: readonly [number, number]): string {
  const { series, segments, overall } = input;
  return [
    `${input.metricLabel} by ${series.unit}, one panel per segment on one scale from ${formatNumber(domain[0])} to ${formatNumber(domain[1])} ${input.scoreUnit}${overall === undefined ? '' : ', with all responses as a gray line in each'}.`,
    ...segments.map(
      (segment) =>
        `${segment.segment}: ${segment.points.map((point) => (point.score === null ? `${point.period} no responses` : `${point.period} ${formatNumber(point.score, 1)} (n = ${point.n})`)).join('; ')}.`,
    ),
  ].join(' ');
}
