import { describeValue } from '../core/errors/describeValue';
import type { ScoreSeries, SeriesPoint } from '../metrics/scoreSeries';
import { chartLayout, isNarrow } from './chartLayout';
import { type ChartOptions, readChartOptions } from './chartOptions';
import { formatNumber } from './formatNumber';
import { linearScale } from './linearScale';
import { raiseRender } from './messages';
import { niceTicks } from './niceTicks';
import {
  checkPoint,
  checkScoreSeries,
  dataRange,
  drawSeriesPlot,
  metricLabels,
  periodsOf,
  periodX,
  plotNotes,
  readScoreUnit,
  scaleRange,
  segmentLabel,
} from './scoreSeriesPlot';
import { marker, type SeriesStyle, seriesStyles, seriesSwatch } from './seriesStyles';
import { svgChart } from './svgChart';
import { line, rect, text } from './svgElements';
import { widestText } from './textWidth';
import { wrapText } from './wrapText';

/**
 * Options for {@link scoreSeriesChart}.
 *
 * @category Charts
 */
export interface ScoreSeriesChartOptions extends ChartOptions {
  /**
   * The series to draw, by segment name (`null` for the series of all responses), in
   * this order; at most five. Default every series of the result.
   */
  readonly segments?: readonly (string | null)[];
  /**
   * What the y axis spans: `'scale'`, the metric's whole range (NPS −100 to 100, CSAT 0
   * to 100 %, CES its scale), so charts of one metric compare at a glance; or `'data'`,
   * the drawn scores and their intervals, rounded out to nice ticks, so
   * a dip of a few points is visible. Default `'scale'`.
   */
  readonly range?: 'scale' | 'data';
  /**
   * Periods to shade behind the lines, with the words the legend gives them: the months
   * a score dips every year, say (`{ periods: ['2024-12', '2025-12'], label: 'December
   * dips every year' }`). Periods the chart does not show are ignored. Default: none.
   */
  readonly highlight?: { readonly periods: readonly string[]; readonly label: string };
  /**
   * What the score axis counts, written above it. Default by metric: "NPS points",
   * "% satisfied" (CSAT), "mean score" (CES).
   */
  readonly unit?: string;
}

const chartName = 'scoreSeriesChart';

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
  checkScoreSeries(series);
  const metricLabel = metricLabels[series.metric] ?? String(series.metric);
  const common = readChartOptions(options, ['segments', 'range', 'highlight', 'unit'], {
    width: 720,
    title: `${metricLabel} by ${series.unit}`,
  });
  if (series.series.length === 0) raiseRender('NO_DATA', [chartName, 'the result has no series']);
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
    entry.points.forEach((point, index) => {
      checkPoint(point, ['series', seriesIndex, 'points', index]);
    });
    return { label: segmentLabel(entry.segment), points: entry.points, style: seriesStyles[order] as SeriesStyle };
  });
  if (drawn.every((entry) => entry.points.every((point) => point.score === null))) {
    raiseRender('NO_DATA', [chartName, 'no period has a score']);
  }
  const periods = periodsOf(drawn);
  const rangeOption = options.range ?? 'scale';
  if (rangeOption !== 'scale' && rangeOption !== 'data') {
    raiseRender('INVALID_OPTION', ['range', '"scale" or "data"', describeValue(rangeOption)], {
      path: ['range'],
    });
  }
  const [scaleLow, scaleHigh] = scaleRange(series);
  const [low, high] = rangeOption === 'scale' ? [scaleLow, scaleHigh] : dataRange(drawn, scaleLow, scaleHigh);
  const { ticks, domain } = niceTicks(low, high, 5);
  const shaded = new Set(highlight?.periods.filter((period) => periods.includes(period)) ?? []);

  const { fontSize, lineHeight, margin } = chartLayout;
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
  const level = drawn.flatMap((entry) => entry.points).find((point) => point.ci)?.ci?.level;
  // The legend names only what is drawn: the series (when more than one, or on a phone
  // where no name sits at the line), the shaded periods, and the notes that apply.
  const legend: {
    readonly kind: 'series' | 'shade' | 'hollow' | 'dotted' | 'band';
    readonly words: string;
    readonly style?: SeriesStyle;
  }[] = [
    ...((drawn.length > 1 && !endLabels) || narrow
      ? drawn.map((entry) => ({ kind: 'series' as const, words: entry.label, style: entry.style }))
      : []),
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
      ? [{ kind: 'hollow' as const, words: 'Hollow marker: fewer responses than the minimum (low n), read with care' }]
      : []),
    ...(notes.gaps ? [{ kind: 'dotted' as const, words: 'Dotted line: periods without responses in between' }] : []),
  ];
  const legendLines = legend.map((entry) => wrapText(entry.words, fontSize, width - 54 - margin));
  const legendTop = plotBottom + 44;
  const legendHeight = legendLines.reduce((sum, lines) => sum + Math.max(20, lines.length * lineHeight + 4), 0);
  const height = common.height ?? legendTop + legendHeight;
  const unitWords = series.metric === 'csat' ? ' %' : '';
  const pointWords = (point: SeriesPoint) => {
    if (point.score === null) return `${point.period} no responses`;
    const interval =
      point.ci === null || point.ci === undefined
        ? ''
        : `, ${formatNumber(point.ci.level * 100, 1)}% interval ${formatNumber(point.ci.lower, 1)} to ${formatNumber(point.ci.upper, 1)}`;
    return `${point.period} ${formatNumber(point.score, 1)}${unitWords} (n = ${point.n}${interval}${point.lowN ? ', low n: read with care' : ''})`;
  };
  const description = [
    `${metricLabel} by ${series.unit}${periods.length > 0 ? `, ${periods[0]} to ${periods[periods.length - 1]}` : ''}, on its range from ${formatNumber(domain[0])} to ${formatNumber(domain[1])} ${scoreUnit}.`,
    ...drawn.map((entry) => `${entry.label} (${entry.style.words}): ${entry.points.map(pointWords).join('; ')}.`),
    ...(shaded.size > 0 && highlight !== undefined ? [`Shaded: ${[...shaded].join(', ')} (${highlight.label}).`] : []),
    ...(notes.lowN ? ['Hollow markers are points with too few responses.'] : []),
    ...(notes.gaps ? ['A dotted line bridges periods without responses.'] : []),
  ].join(' ');
  const spec = {
    left: plotLeft,
    right: plotRight,
    top: plotTop,
    bottom: plotBottom,
    periods,
    domain,
    ticks,
    entries: drawn,
    shaded,
    periodLabels: 'spaced' as const,
  };

  const draw = () => {
    const parts: string[] = [text(margin, plotTop - 14, scoreUnit, { fill: '#444444' }), drawSeriesPlot(spec)];
    if (endLabels) {
      const yOf = linearScale(domain, [plotBottom, plotTop]);
      // Each series' name at its last point, moved apart vertically where two would overlap.
      const placed = drawn.flatMap((entry) => {
        const last = [...entry.points].reverse().find((point) => point.score !== null);
        return last === undefined
          ? []
          : [{ x: periodX(spec, last.period) + 10, y: yOf(last.score as number) + 4, entry }];
      });
      placed.sort((left, right) => left.y - right.y || left.x - right.x);
      placed.forEach((label, index) => {
        const previous = placed[index - 1];
        if (previous !== undefined && Math.abs(previous.x - label.x) < 80 && label.y - previous.y < 14) {
          label.y = previous.y + 14;
        }
        parts.push(
          text(label.x, label.y, label.entry.label, { fill: label.entry.style.colour, 'font-weight': 'bold' }),
        );
      });
    }
    const neutral = seriesStyles[seriesStyles.length - 1] as SeriesStyle;
    let y = legendTop;
    legend.forEach((entry, index) => {
      const lines = legendLines[index] as string[];
      const middle = y + 6;
      if (entry.kind === 'series' && entry.style !== undefined) parts.push(seriesSwatch(margin, middle, entry.style));
      else if (entry.kind === 'shade') parts.push(rect(margin, middle - 7, 24, 14, { fill: '#f6dcc0' }));
      else if (entry.kind === 'band')
        parts.push(rect(margin, middle - 6, 24, 12, { fill: neutral.colour, 'fill-opacity': 0.14 }));
      else if (entry.kind === 'hollow') parts.push(marker('circle', margin + 12, middle, neutral.colour, true));
      else
        parts.push(
          line(margin, middle, margin + 24, middle, {
            stroke: neutral.colour,
            'stroke-width': 1,
            'stroke-dasharray': '1 4',
            'stroke-linecap': 'round',
          }),
        );
      lines.forEach((words, lineIndex) => {
        parts.push(text(margin + 34, middle + 4 + lineIndex * lineHeight, words, { fill: '#1a1a1a' }));
      });
      y += Math.max(20, lines.length * lineHeight + 4);
    });
    return parts.join('\n');
  };
  return svgChart({ kind: 'score-series', width, height, title: common.title, description, id: common.id, draw });
}

/** @internal Checks the `highlight` option of the score charts. */
export function readHighlight(
  value: unknown,
): { readonly periods: readonly string[]; readonly label: string } | undefined {
  if (value === undefined) return undefined;
  const given = value as { periods?: unknown; label?: unknown };
  if (
    typeof value !== 'object' ||
    value === null ||
    !Array.isArray(given.periods) ||
    !given.periods.every((period) => typeof period === 'string') ||
    typeof given.label !== 'string' ||
    given.label.trim() === ''
  ) {
    raiseRender(
      'INVALID_INPUT',
      ['Option highlight', 'an object { periods: period labels, label: a non-empty text }', describeValue(value)],
      { path: ['highlight'] },
    );
  }
  return { periods: given.periods as string[], label: given.label };
}
