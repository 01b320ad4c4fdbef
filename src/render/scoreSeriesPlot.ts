import { describeValue } from '../core/errors/describeValue';
import type { ScoreSeries, SeriesPoint } from '../metrics/scoreSeries';
import { tickLabelAnchor } from './axisLabel';
import { chartLayout } from './chartLayout';
import { formatNumber } from './formatNumber';
import { linearScale } from './linearScale';
import { raiseRender } from './messages';
import { marker, type SeriesStyle } from './seriesStyles';
import { attributes, line, pathData, rect, text } from './svgElements';
import { textWidth } from './textWidth';

/** @internal What a metric's scores are called in charts. */
export const metricLabels: Readonly<Record<string, string>> = { nps: 'NPS', csat: 'CSAT', ces: 'CES' };

/** @internal What the score axis counts, per metric, when the caller does not say. */
const scoreUnits: Readonly<Record<string, string>> = { nps: 'NPS points', csat: '% satisfied', ces: 'mean score' };

/**
 * @internal The words of the score axis's unit: the `unit` option, checked, else the
 * metric's own ("NPS points", "% satisfied", "mean score").
 */
export function readScoreUnit(series: ScoreSeries, unit: unknown): string {
  if (unit === undefined) return scoreUnits[series.metric] ?? 'score';
  if (typeof unit !== 'string' || unit.trim() === '') {
    raiseRender('INVALID_INPUT', ['Option unit', 'a non-empty text', describeValue(unit)], { path: ['unit'] });
  }
  return unit;
}

/** @internal A series' name: its segment, or "All responses". */
export function segmentLabel(segment: string | null): string {
  return segment === null ? 'All responses' : segment;
}

/** @internal Checks that `series` is what `scoreSeries` returns, as far as a chart reads it. */
export function checkScoreSeries(series: unknown): asserts series is ScoreSeries {
  if (typeof series !== 'object' || series === null || !Array.isArray((series as ScoreSeries).series)) {
    raiseRender('INVALID_INPUT', ['series', 'what scoreSeries returns', describeValue(series)], { path: [] });
  }
}

/** @internal The metric's whole range: NPS −100 to 100, CSAT 0 to 100, CES its scale. */
export function scaleRange(series: ScoreSeries): [number, number] {
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

/**
 * @internal The span of the drawn scores and interval bounds, kept within the scale; a
 * flat series gets a little room either side so it does not sit on an axis.
 */
export function dataRange(
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

/** @internal Checks one point of a series: a period label and finite numbers. */
export function checkPoint(point: SeriesPoint, path: (string | number)[]): void {
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

/** @internal The periods of the drawn series, in time order. */
export function periodsOf(drawn: readonly { readonly points: readonly SeriesPoint[] }[]): string[] {
  const periodStarts = new Map<string, number>();
  for (const entry of drawn) for (const point of entry.points) periodStarts.set(point.period, point.start);
  return [...periodStarts.entries()]
    .sort((left, right) => left[1] - right[1] || (left[0] < right[0] ? -1 : left[0] > right[0] ? 1 : 0))
    .map(([period]) => period);
}

/** @internal One series in a plot: its points, style, and whether it is a thin gray reference without band or markers. */
export interface PlotEntry {
  readonly points: readonly SeriesPoint[];
  readonly style: SeriesStyle;
  readonly reference?: boolean;
}

/** @internal What a plot draws, and where. */
export interface PlotSpec {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly periods: readonly string[];
  readonly domain: readonly [number, number];
  readonly ticks: readonly number[];
  readonly entries: readonly PlotEntry[];
  /** Periods to shade behind the lines. */
  readonly shaded: ReadonlySet<string>;
  /** Which period labels to write under the axis: `'spaced'` as many as fit, `'ends'` the first and last. */
  readonly periodLabels: 'spaced' | 'ends';
}

/** @internal The x of a period's centre in a plot. */
export function periodX(spec: PlotSpec, period: string): number {
  const step = (spec.right - spec.left) / spec.periods.length;
  return spec.left + step * (spec.periods.indexOf(period) + 0.5);
}

/**
 * Draws one plot of scores over evenly spaced periods: the frame (shaded periods, grid and
 * tick labels, period labels, the axis line), then each entry's interval band, line and
 * markers, in the order given so that later entries draw over earlier ones.
 *
 * @internal
 */
export function drawSeriesPlot(spec: PlotSpec): string {
  const yOf = linearScale(spec.domain, [spec.bottom, spec.top]);
  const xOf = (period: string) => periodX(spec, period);
  const parts = drawPlotFrame(spec, xOf, yOf);
  for (const entry of spec.entries) drawPlotEntry(parts, entry, xOf, yOf);
  return parts.join('\n');
}

/**
 * The plot's frame: shaded periods behind everything, the grid with its tick labels, the
 * period labels under the axis (as many as fit, or the two ends), and the axis line.
 */
function drawPlotFrame(spec: PlotSpec, xOf: (period: string) => number, yOf: (value: number) => number): string[] {
  const { fontSize } = chartLayout;
  const parts: string[] = [];
  const step = (spec.right - spec.left) / spec.periods.length;
  for (const period of spec.periods) {
    if (!spec.shaded.has(period)) continue;
    parts.push(rect(xOf(period) - step / 2, spec.top, step, spec.bottom - spec.top, { fill: '#f6dcc0' }));
  }
  for (const tick of spec.ticks) {
    const y = yOf(tick);
    parts.push(line(spec.left, y, spec.right, y, { stroke: tick === 0 ? '#9e9e9e' : '#e6e6e6', 'stroke-width': 1 }));
    parts.push(text(spec.left - 6, y + 4, formatNumber(tick), { 'text-anchor': 'end', fill: '#444444' }));
  }
  const labelled =
    spec.periodLabels === 'ends'
      ? [spec.periods[0], spec.periods[spec.periods.length - 1]].filter((period) => period !== undefined)
      : (() => {
          const widest = Math.max(...spec.periods.map((period) => textWidth(period, fontSize)));
          const every = Math.max(1, Math.ceil((widest + 10) / step));
          return spec.periods.filter((_, index) => index % every === 0);
        })();
  let lastRight = Number.NEGATIVE_INFINITY;
  labelled.forEach((period, index) => {
    // End labels sit flush with the plot's ends; spaced ones are centred on their period but
    // kept from running left of the plot, under the score axis's labels, and one that would
    // then touch its neighbour is left out.
    const placed =
      spec.periodLabels === 'ends'
        ? { x: index === 0 ? spec.left : spec.right, anchor: index === 0 ? ('start' as const) : ('end' as const) }
        : tickLabelAnchor(xOf(period as string), period as string, fontSize, {
            left: spec.left - 2,
            right: spec.right + 12,
          });
    const labelWidth = textWidth(period as string, fontSize);
    const left =
      placed.anchor === 'start'
        ? placed.x
        : placed.anchor === 'end'
          ? placed.x - labelWidth
          : placed.x - labelWidth / 2;
    if (left < lastRight + 6) return;
    lastRight = left + labelWidth;
    parts.push(text(placed.x, spec.bottom + 18, period as string, { 'text-anchor': placed.anchor, fill: '#444444' }));
  });
  parts.push(line(spec.left, spec.bottom, spec.right, spec.bottom, { stroke: '#555555', 'stroke-width': 1 }));
  return parts;
}

/**
 * One entry of a plot, added to `parts`: its interval band (one polygon per run of points
 * with an interval), its line (solid in the series' dash between neighboring periods,
 * dotted across periods without responses) and its markers (hollow where `lowN`). A
 * reference entry is a thin gray line only.
 */
function drawPlotEntry(
  parts: string[],
  entry: PlotEntry,
  xOf: (period: string) => number,
  yOf: (value: number) => number,
): void {
  const { style, points } = entry;
  const colour = entry.reference === true ? '#9e9e9e' : style.colour;
  if (entry.reference !== true) {
    let run: SeriesPoint[] = [];
    const flushBand = () => {
      if (run.length === 1) {
        const point = run[0] as SeriesPoint;
        const x = xOf(point.period);
        parts.push(
          line(x, yOf(point.ci?.upper ?? 0), x, yOf(point.ci?.lower ?? 0), {
            stroke: colour,
            'stroke-width': 6,
            'stroke-opacity': 0.18,
          }),
        );
      } else if (run.length > 1) {
        const upper = run.map((point) => [xOf(point.period), yOf(point.ci?.upper ?? 0)] as [number, number]);
        const lower = run.map((point) => [xOf(point.period), yOf(point.ci?.lower ?? 0)] as [number, number]);
        parts.push(
          `<path${attributes({ d: pathData([...upper, ...lower.reverse()], true), fill: colour, 'fill-opacity': 0.14, stroke: 'none' })}/>`,
        );
      }
      run = [];
    };
    for (const point of points) {
      if (point.score !== null && point.ci) run.push(point);
      else flushBand();
    }
    flushBand();
  }
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
          ? `<path${attributes({ d: pathData([from, to]), fill: 'none', stroke: colour, 'stroke-width': 1, 'stroke-dasharray': '1 4', 'stroke-linecap': 'round' })}/>`
          : `<path${attributes({ d: pathData([from, to]), fill: 'none', stroke: colour, 'stroke-width': entry.reference === true ? 1.5 : 2, 'stroke-dasharray': entry.reference === true ? undefined : style.dash })}/>`,
      );
    }
    previous = point;
    gapBetween = false;
  }
  if (entry.reference === true || style.marker === undefined) return;
  for (const point of points) {
    if (point.score === null) continue;
    parts.push(marker(style.marker, xOf(point.period), yOf(point.score), colour, point.lowN, 3.5));
  }
}

/** @internal Whether any drawn point is flagged low n, any gap is bridged, any point has an interval: what the legend must explain. */
export function plotNotes(entries: readonly PlotEntry[]): { lowN: boolean; gaps: boolean; bands: boolean } {
  let lowN = false;
  let gaps = false;
  let bands = false;
  for (const entry of entries) {
    let seen = false;
    let missing = false;
    for (const point of entry.points) {
      if (point.score === null) {
        if (seen) missing = true;
        continue;
      }
      if (missing) gaps = true;
      seen = true;
      if (entry.reference === true) continue;
      if (point.lowN) lowN = true;
      if (point.ci) bands = true;
    }
  }
  return { lowN, gaps, bands };
}
