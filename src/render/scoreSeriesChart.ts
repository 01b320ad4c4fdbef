import { describeValue } from '../core/errors/describeValue';
import type { ScoreSeries, SeriesPoint } from '../metrics/scoreSeries';
import { type ChartOptions, readChartOptions } from './chartOptions';
import { formatNumber } from './formatNumber';
import { linearScale } from './linearScale';
import { raiseRender } from './messages';
import { niceTicks } from './niceTicks';
import { legendEntry, marker, type SeriesStyle, seriesStyles } from './seriesStyles';
import { svgChart } from './svgChart';
import { attributes, line, pathData, text } from './svgElements';
import { widestText } from './textWidth';

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
}

const chartName = 'scoreSeriesChart';
const metricLabels: Readonly<Record<string, string>> = { nps: 'NPS', csat: 'CSAT', ces: 'CES' };

function segmentLabel(segment: string | null): string {
  return segment === null ? 'All responses' : segment;
}

function range(series: ScoreSeries): [number, number] {
  if (series.metric === 'nps') return [-100, 100];
  if (series.metric === 'csat') return [0, 100];
  // CES is a mean on its scale, which every point's counts carry.
  for (const entry of series.series) {
    for (const point of entry.points) {
      const scale = point.counts?.scale;
      if (scale !== undefined && Number.isFinite(scale.min) && Number.isFinite(scale.max))
        return [scale.min, scale.max];
    }
  }
  return [1, 7];
}

// The span of the drawn scores and interval bounds, kept within the scale; a flat series
// gets a little room either side so it does not sit on an axis.
function dataRange(
  drawn: readonly { readonly points: readonly SeriesPoint[] }[],
  scaleLow: number,
  scaleHigh: number,
): [number, number] {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const entry of drawn) {
    for (const point of entry.points) {
      if (point.score === null) continue;
      low = Math.min(low, point.score, point.ci?.lower ?? point.score);
      high = Math.max(high, point.score, point.ci?.upper ?? point.score);
    }
  }
  if (high - low < 1e-9) {
    const room = (scaleHigh - scaleLow) / 20;
    [low, high] = [low - room, high + room];
  }
  return [Math.max(scaleLow, low), Math.min(scaleHigh, high)];
}

function checkPoint(point: SeriesPoint, path: (string | number)[]): void {
  const finite = (value: unknown, field: string) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      raiseRender('INVALID_INPUT', [`series.${path.join('.')}.${field}`, 'a finite number', describeValue(value)], {
        path: [...path, ...field.split('.')],
      });
    }
  };
  if (typeof point !== 'object' || point === null || typeof point.period !== 'string') {
    raiseRender('INVALID_INPUT', [`series.${path.join('.')}`, 'a point of scoreSeries', describeValue(point)], {
      path,
    });
  }
  finite(point.start, 'start');
  finite(point.n, 'n');
  if (point.score !== null) finite(point.score, 'score');
  if (point.ci !== null && point.ci !== undefined) {
    finite(point.ci.lower, 'ci.lower');
    finite(point.ci.upper, 'ci.upper');
  }
}

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
  if (typeof series !== 'object' || series === null || !Array.isArray(series.series)) {
    raiseRender('INVALID_INPUT', ['series', 'what scoreSeries returns', describeValue(series)], { path: [] });
  }
  const metricLabel = metricLabels[series.metric] ?? String(series.metric);
  const common = readChartOptions(options, ['segments', 'range'], {
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

  // The periods of every drawn series, in time order.
  const periodStarts = new Map<string, number>();
  for (const entry of drawn) for (const point of entry.points) periodStarts.set(point.period, point.start);
  const periods = [...periodStarts.entries()]
    .sort((left, right) => left[1] - right[1] || (left[0] < right[0] ? -1 : left[0] > right[0] ? 1 : 0))
    .map(([period]) => period);
  const periodIndex = new Map(periods.map((period, index) => [period, index]));

  const rangeOption = options.range ?? 'scale';
  if (rangeOption !== 'scale' && rangeOption !== 'data') {
    raiseRender('INVALID_OPTION', ['range', '"scale" or "data"', describeValue(rangeOption)], {
      path: ['range'],
    });
  }
  const [scaleLow, scaleHigh] = range(series);
  const [low, high] = rangeOption === 'scale' ? [scaleLow, scaleHigh] : dataRange(drawn, scaleLow, scaleHigh);
  const { ticks, domain } = niceTicks(low, high, 5);
  // Room on the right for each series' name at its last point (bold), and at least 300 px
  // of plot: with long segment names the chart grows wider than asked rather than cut them.
  const endLabelRoom = Math.max(
    120,
    10 +
      widestText(
        drawn.map((entry) => entry.label),
        12,
        true,
      ) +
      12,
  );
  const plotLeft = 56;
  const hollowNote = 'Hollow marker: fewer responses than the minimum (low n), read with care';
  const dottedNote = 'Dotted line: periods without responses in between';
  const width = Math.max(
    common.width,
    plotLeft + 300 + endLabelRoom,
    54 + widestText([hollowNote, dottedNote], 12) + 12,
  );
  const plotRight = width - endLabelRoom;
  const plotTop = 50;
  const plotBottom = 290;
  const legendTop = plotBottom + 48;
  const legendRows = drawn.length + 3;
  const height = common.height ?? legendTop + legendRows * 20 + 4;
  const step = (plotRight - plotLeft) / periods.length;
  const xOf = (period: string) => plotLeft + step * ((periodIndex.get(period) as number) + 0.5);
  const yOf = linearScale(domain, [plotBottom, plotTop]);
  const level = drawn.flatMap((entry) => entry.points).find((point) => point.ci)?.ci?.level;
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
    `${metricLabel} by ${series.unit}${periods.length > 0 ? `, ${periods[0]} to ${periods[periods.length - 1]}` : ''}, on its range from ${formatNumber(domain[0])} to ${formatNumber(domain[1])}.`,
    ...drawn.map((entry) => `${entry.label} (${entry.style.words}): ${entry.points.map(pointWords).join('; ')}.`),
    'Hollow markers are points with too few responses; a dotted line bridges periods without responses.',
  ].join(' ');

  const draw = () => {
    const parts: string[] = [];
    for (const tick of ticks) {
      const y = yOf(tick);
      parts.push(line(plotLeft, y, plotRight, y, { stroke: tick === 0 ? '#9e9e9e' : '#e6e6e6', 'stroke-width': 1 }));
      parts.push(
        text(plotLeft - 6, y + 4, formatNumber(tick), { 'text-anchor': 'end', fill: '#555555', 'font-size': 10 }),
      );
    }
    const every = Math.max(1, Math.ceil(periods.length / 10));
    periods.forEach((period, index) => {
      if (index % every !== 0) return;
      parts.push(
        text(xOf(period), plotBottom + 16, period, { 'text-anchor': 'middle', fill: '#555555', 'font-size': 10 }),
      );
    });
    parts.push(line(plotLeft, plotBottom, plotRight, plotBottom, { stroke: '#555555', 'stroke-width': 1 }));
    for (const entry of drawn) {
      const { style, points } = entry;
      // Interval bands: one polygon per run of consecutive points with an interval.
      let run: SeriesPoint[] = [];
      const flushBand = () => {
        if (run.length > 0) {
          const upper = run.map((point) => [xOf(point.period), yOf(point.ci?.upper ?? 0)] as [number, number]);
          const lower = run.map((point) => [xOf(point.period), yOf(point.ci?.lower ?? 0)] as [number, number]);
          if (run.length === 1) {
            const [x] = upper[0] as [number, number];
            parts.push(
              line(x, (upper[0] as [number, number])[1], x, (lower[0] as [number, number])[1], {
                stroke: style.colour,
                'stroke-width': 6,
                'stroke-opacity': 0.18,
              }),
            );
          } else {
            parts.push(
              `<path${attributes({ d: pathData([...upper, ...lower.reverse()], true), fill: style.colour, 'fill-opacity': 0.12, stroke: 'none' })}/>`,
            );
          }
        }
        run = [];
      };
      for (const point of points) {
        if (point.score !== null && point.ci) run.push(point);
        else flushBand();
      }
      flushBand();
      // The line: solid (in the series' dash) between neighbouring periods, dotted across gaps.
      let previous: SeriesPoint | null = null;
      let gapBetween = false;
      for (const point of points) {
        if (point.score === null) {
          if (previous !== null) gapBetween = true;
          continue;
        }
        if (previous !== null) {
          const from: [number, number] = [xOf(previous.period), yOf(previous.score as number)];
          const to: [number, number] = [xOf(point.period), yOf(point.score)];
          parts.push(
            gapBetween
              ? `<path${attributes({ d: pathData([from, to]), fill: 'none', stroke: style.colour, 'stroke-width': 1, 'stroke-dasharray': '1 4', 'stroke-linecap': 'round' })}/>`
              : `<path${attributes({ d: pathData([from, to]), fill: 'none', stroke: style.colour, 'stroke-width': 2, 'stroke-dasharray': style.dash })}/>`,
          );
        }
        previous = point;
        gapBetween = false;
      }
      for (const point of points) {
        if (point.score === null || style.marker === undefined) continue;
        parts.push(marker(style.marker, xOf(point.period), yOf(point.score), style.colour, point.lowN));
      }
    }
    // Each series' name at its last point, moved apart vertically where two would overlap.
    const endLabels = drawn.flatMap((entry) => {
      const last = [...entry.points].reverse().find((point) => point.score !== null);
      return last === undefined ? [] : [{ x: xOf(last.period) + 10, y: yOf(last.score as number) + 4, entry }];
    });
    endLabels.sort((left, right) => left.y - right.y || left.x - right.x);
    endLabels.forEach((label, index) => {
      const previous = endLabels[index - 1];
      if (previous !== undefined && Math.abs(previous.x - label.x) < 80 && label.y - previous.y < 14) {
        label.y = previous.y + 14;
      }
      parts.push(text(label.x, label.y, label.entry.label, { fill: label.entry.style.colour, 'font-weight': 'bold' }));
    });
    drawn.forEach((entry, index) => {
      parts.push(legendEntry(24, legendTop + index * 20, entry.style, entry.label));
    });
    const notes = legendTop + drawn.length * 20;
    const neutral = seriesStyles[seriesStyles.length - 1] as SeriesStyle;
    parts.push(marker('circle', 36, notes, neutral.colour, true));
    parts.push(text(54, notes + 4, hollowNote, { fill: '#1a1a1a' }));
    parts.push(
      line(24, notes + 20, 48, notes + 20, {
        stroke: neutral.colour,
        'stroke-width': 1,
        'stroke-dasharray': '1 4',
        'stroke-linecap': 'round',
      }),
    );
    parts.push(text(54, notes + 24, dottedNote, { fill: '#1a1a1a' }));
    parts.push(
      `<rect${attributes({ x: 24, y: notes + 34, width: 24, height: 12, fill: neutral.colour, 'fill-opacity': 0.12 })}/>`,
    );
    parts.push(
      text(
        54,
        notes + 44,
        `Shaded band: ${level === undefined ? 'the' : `${formatNumber(level * 100, 1)}%`} interval of each score`,
        { fill: '#1a1a1a' },
      ),
    );
    return parts.join('\n');
  };
  return svgChart({ kind: 'score-series', width, height, title: common.title, description, id: common.id, draw });
}
