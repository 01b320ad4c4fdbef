import { chartLayout, isNarrow } from './chartLayout';
import { describeScoreSeriesChart } from './describeScoreSeriesChart';
import { intervalBandWords } from './intervalBandWords';
import { niceTicks } from './niceTicks';
import { placeSeriesNames } from './placeSeriesNames';
import type { ScoreSeriesChartInput } from './ScoreSeriesChartInput';
import type { ScoreSeriesChartLayout } from './ScoreSeriesChartLayout';
import { dataRange, type PlotSpec, periodsOf, plotNotes, scaleRange } from './scoreSeriesPlot';
import type { SeriesStyle } from './seriesStyles';
import { stackLegend } from './stackLegend';
import { widestText } from './textWidth';

/**
 * Works out a score series chart from its checked input: the score range and ticks, the
 * plot's edges, whether the series are named at their lines or in the legend, the legend
 * and the description that states every value.
 *
 * @internal
 */
export function layOutScoreSeriesChart(input: ScoreSeriesChartInput): ScoreSeriesChartLayout {
  const { series, common, drawn, highlight, scoreUnit } = input;
  const periods = periodsOf(drawn);
  const [scaleLow, scaleHigh] = scaleRange(series);
  const [low, high] = input.range === 'scale' ? [scaleLow, scaleHigh] : dataRange(drawn, scaleLow, scaleHigh);
  const { ticks, domain } = niceTicks(low, high, 5);
  const shaded = new Set(highlight?.periods.filter((period) => periods.includes(period)) ?? []);

  const { fontSize, margin } = chartLayout;
  const width = common.width;
  const narrow = isNarrow(width);
  // Each series' name is written at its last point when there are several and room for
  // them beside a plot of at least 240 px; otherwise (on a phone, for long names, for one
  // series) the legend names them.
  const plotLeft = 48;
  const namesWidth =
    10 +
    widestText(
      drawn.map((entry) => entry.label),
      fontSize,
      true,
    ) +
    12;
  const endLabels = drawn.length > 1 && !narrow && width - plotLeft - namesWidth >= 240;
  const endLabelRoom = endLabels ? namesWidth : margin + 4;
  const plotRight = width - endLabelRoom;
  const plotTop = 50;
  const plotBottom = plotTop + (narrow ? 180 : 240);
  const notes = plotNotes(drawn);
  const legend = nameLegendEntries(input, { showSeries: (drawn.length > 1 && !endLabels) || narrow, shaded, notes });
  const legendTop = plotBottom + 44;
  const stacked = stackLegend(legend, width - 54 - margin, legendTop);
  const height = common.height ?? legendTop + stacked.height;
  const plot: PlotSpec = {
    left: plotLeft,
    right: plotRight,
    top: plotTop,
    bottom: plotBottom,
    periods,
    domain,
    ticks,
    entries: drawn,
    shaded,
    periodLabels: 'spaced',
  };
  const description = describeScoreSeriesChart(input, { periods, domain, shaded, notes });
  // Names at the lines only when there is room for them; else the legend names the series.
  const placed = endLabels ? placeSeriesNames(drawn, plot) : [];

  return {
    width,
    height,
    title: common.title,
    id: common.id,
    description,
    unitLabel: { x: margin, y: plotTop - 14, words: scoreUnit },
    plot,
    endLabels: placed,
    legend: stacked.rows,
  };
}

/**
 * What the legend names, top to bottom. It names only what is drawn: the series (when more
 * than one has no name at its line, or on a phone), the shaded periods, and the notes that apply.
 */
function nameLegendEntries(
  input: ScoreSeriesChartInput,
  shown: {
    readonly showSeries: boolean;
    readonly shaded: ReadonlySet<string>;
    readonly notes: { readonly lowN: boolean; readonly gaps: boolean; readonly bands: boolean };
  },
): {
  readonly kind: 'series' | 'shade' | 'hollow' | 'dotted' | 'band';
  readonly words: string;
  readonly style?: SeriesStyle;
}[] {
  const { drawn, highlight } = input;
  const { shaded, notes } = shown;
  return [
    ...(shown.showSeries
      ? drawn.map((entry) => ({ kind: 'series' as const, words: entry.label, style: entry.style }))
      : []),
    ...(shaded.size > 0 && highlight !== undefined ? [{ kind: 'shade' as const, words: highlight.label }] : []),
    ...(notes.bands
      ? [{ kind: 'band' as const, words: intervalBandWords(drawn.flatMap((entry) => entry.points)) }]
      : []),
    ...(notes.lowN
      ? [{ kind: 'hollow' as const, words: 'Hollow marker: fewer responses than the minimum (low n), read with care' }]
      : []),
    ...(notes.gaps ? [{ kind: 'dotted' as const, words: 'Dotted line: periods without responses in between' }] : []),
  ];
}
