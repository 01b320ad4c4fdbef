import { describeValue } from '../core/errors/describeValue';
import type { CaseMeasure } from '../journeys/CaseMeasure';
import type { DurationStatistics } from '../journeys/DurationStatistics';
import type { JourneyMeasure } from '../journeys/JourneyMeasure';
import { tickLabelAnchor } from './axisLabel';
import { chartLayout } from './chartLayout';
import { type ChartOptions, readChartOptions } from './chartOptions';
import { formatNumber } from './formatNumber';
import { linearScale } from './linearScale';
import { raiseRender } from './messages';
import { ticksThatFit } from './niceTicks';
import { layoutRows, type RowSpec, rowTexts } from './rowLayout';
import { svgChart } from './svgChart';
import { line, rect, text } from './svgElements';
import { type TimelineUnit, timeUnits } from './timeUnits';
import { wrapText } from './wrapText';

/**
 * Options for {@link journeyComparisonChart}.
 *
 * @category Charts
 */
export interface JourneyComparisonChartOptions extends ChartOptions {
  /** What the first measure stands for, e.g. "Before the shop programme". Default `'Before'`. */
  readonly before?: string;
  /** What the second stands for. Default `'After'`. */
  readonly after?: string;
  /**
   * The step to mark, by id; `null` for none. Default: the step whose median (P50) moved
   * most, either way.
   */
  readonly highlight?: string | null;
  /** Why the marked step matters, for the legend. Default "the step whose median moved most". */
  readonly highlightNote?: string;
  /** The unit of the axis and labels. Default: days when the longest P95 is 2 days or more, else hours, else minutes. */
  readonly unit?: TimelineUnit;
}

type Measure = JourneyMeasure<readonly CaseMeasure[] | null>;

const chartName = 'journeyComparisonChart';

function isMeasure(value: unknown): value is Measure {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Measure).summary === 'object' &&
    Array.isArray((value as Measure).steps)
  );
}

function checked(statistics: DurationStatistics | null | undefined, path: (string | number)[]) {
  if (statistics === null || statistics === undefined) return null;
  for (const field of ['p5', 'p50', 'p95'] as const) {
    const value: unknown = statistics[field];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      raiseRender('INVALID_INPUT', [`${path.join('.')}.${field}`, 'a finite duration ≥ 0', describeValue(value)], {
        path: [...path, field],
      });
    }
  }
  return statistics;
}

/**
 * Draws a journey measured in two periods on one time axis: for the whole journey, the
 * part the company controls and every step, the median (a marker) and P5 to P95 (a line)
 * before (hollow, grey) and after (filled, dark), so a step that shrank and one that grew
 * read at a glance, and whether the gain reached the customer's wing-to-wing time. The
 * step that moved most (or the one named by `highlight`) is shaded, its change written
 * beside it. At a phone's width (below 480 px) each row's name and numbers stand above
 * its lines.
 *
 * A duration `t` sits at `left + w · t / hi` on an axis from 0 to `hi`, a nice number at
 * or above the longest P95 of either period.
 *
 * @param before - What `measureJourney` returned for the first period.
 * @param after - What it returned for the second, for the same journey.
 * @param options - Labels, the step to mark, `unit` and the common chart options; see {@link JourneyComparisonChartOptions}.
 * @returns The SVG, as a string.
 * @throws `CxError` `NO_DATA` (a period without a finished case), `MISMATCHED_INPUT` (measures of different
 *   journeys or steps), `INVALID_INPUT` (an unknown step to highlight, a bad label or unit), `UNKNOWN_OPTION`.
 *
 * @example
 * import { measureJourney, parseJourney } from 'cxkit/journeys';
 * import { journeyComparisonChart } from 'cxkit/render';
 *
 * const journey = parseJourney({
 *   kind: 'journey', schemaVersion: 1, id: 'repair', title: 'Repair', customer: { segment: 'airlines' },
 *   boundary: { start: 'removed', end: 'reinstalled' },
 *   events: [
 *     { name: 'removed', perspective: 'customer' },
 *     { name: 'repaired', perspective: 'internal' },
 *     { name: 'reinstalled', perspective: 'customer' },
 *   ],
 *   stages: [{ id: 'all', name: 'All', phase: 'support' }],
 *   steps: [
 *     { id: 'shop', stage: 'all', name: 'Shop', owner: 'Shop', control: 'company', startEvent: 'removed', endEvent: 'repaired' },
 *     { id: 'return', stage: 'all', name: 'Return', owner: 'Logistics', control: 'partner', startEvent: 'repaired', endEvent: 'reinstalled' },
 *   ],
 * });
 * const log = (shop: number, total: number) => [
 *   { caseId: 'A', event: 'removed', at: '2026-01-01' },
 *   { caseId: 'A', event: 'repaired', at: new Date(Date.UTC(2026, 0, 1 + shop)) },
 *   { caseId: 'A', event: 'reinstalled', at: new Date(Date.UTC(2026, 0, 1 + total)) },
 * ];
 * const svg = journeyComparisonChart(
 *   measureJourney(journey, log(30, 60), { asOf: '2026-12-31' }),
 *   measureJourney(journey, log(20, 60), { asOf: '2026-12-31' }),
 *   { before: '2025', after: '2026' },
 * );
 * svg.includes('Shop (company): P50 30 d in 2025, 20 d in 2026 (−10.0 d)') // => true
 *
 * @category Charts
 */
export function journeyComparisonChart(
  before: JourneyMeasure<readonly CaseMeasure[] | null>,
  after: JourneyMeasure<readonly CaseMeasure[] | null>,
  options: JourneyComparisonChartOptions = {},
): string {
  if (!isMeasure(before)) {
    raiseRender('INVALID_INPUT', ['before', 'what measureJourney returns', describeValue(before)], {
      path: ['before'],
    });
  }
  if (!isMeasure(after)) {
    raiseRender('INVALID_INPUT', ['after', 'what measureJourney returns', describeValue(after)], { path: ['after'] });
  }
  const common = readChartOptions(options, ['before', 'after', 'highlight', 'highlightNote', 'unit'], {
    width: 760,
    title: 'Before and after, step by step',
  });
  const label = (value: unknown, option: string, fallback: string) => {
    if (value === undefined) return fallback;
    if (typeof value !== 'string' || value.trim() === '') {
      raiseRender('INVALID_INPUT', [`Option ${option}`, 'a non-empty text', describeValue(value)], { path: [option] });
    }
    return value;
  };
  const beforeLabel = label(options.before, 'before', 'Before');
  const afterLabel = label(options.after, 'after', 'After');
  if (before.journey !== after.journey) {
    raiseRender('MISMATCHED_INPUT', [
      `the measures are of journeys ${JSON.stringify(before.journey)} and ${JSON.stringify(after.journey)}`,
    ]);
  }
  const stepIds = (measure: Measure) => measure.steps.map((step) => step.id).join('\n');
  if (stepIds(before) !== stepIds(after)) {
    raiseRender('MISMATCHED_INPUT', ['the two measures do not have the same steps']);
  }
  for (const [measure, side] of [
    [before, 'before'],
    [after, 'after'],
  ] as const) {
    if (measure.summary.wingToWing === null) {
      raiseRender('NO_DATA', [
        chartName,
        `no case finished in the ${side} period (${side === 'before' ? beforeLabel : afterLabel})`,
      ]);
    }
  }
  const rows = [
    {
      id: null as string | null,
      name: 'Wing to wing (what the customer feels)',
      before: checked(before.summary.wingToWing, ['before', 'summary', 'wingToWing']),
      after: checked(after.summary.wingToWing, ['after', 'summary', 'wingToWing']),
      total: true,
    },
    {
      id: null as string | null,
      name: 'Controlled by the company',
      before: checked(before.summary.controlled, ['before', 'summary', 'controlled']),
      after: checked(after.summary.controlled, ['after', 'summary', 'controlled']),
      total: true,
    },
    ...before.steps.map((step) => ({
      id: step.id as string | null,
      name: `${step.name} (${step.control})`,
      before: checked(before.summary.steps[step.id], ['before', 'summary', 'steps', step.id]),
      after: checked(after.summary.steps[step.id], ['after', 'summary', 'steps', step.id]),
      total: false,
    })),
  ];
  const change = (row: (typeof rows)[number]) =>
    row.before === null || row.after === null ? null : row.after.p50 - row.before.p50;
  let highlight: string | null;
  if (options.highlight === undefined) {
    let most = 0;
    highlight = null;
    for (const row of rows) {
      const moved = change(row);
      if (row.id !== null && moved !== null && Math.abs(moved) > most) {
        most = Math.abs(moved);
        highlight = row.id;
      }
    }
  } else if (options.highlight === null) highlight = null;
  else {
    if (!rows.some((row) => row.id !== null && row.id === options.highlight)) {
      raiseRender(
        'INVALID_INPUT',
        [
          'Option highlight',
          `a step of the journey (${before.steps.map((step) => JSON.stringify(step.id)).join(', ')}) or null`,
          describeValue(options.highlight),
        ],
        { path: ['highlight'] },
      );
    }
    highlight = options.highlight;
  }
  const highlightNote = label(options.highlightNote, 'highlightNote', 'the step whose median moved most');
  const longest = Math.max(...rows.flatMap((row) => [row.before?.p95 ?? 0, row.after?.p95 ?? 0]));
  const unit = timeUnits.choose(options.unit, longest);
  const short = timeUnits.short[unit];
  const inUnit = (ms: number) => ms / timeUnits.milliseconds[unit];
  const number = (ms: number) => formatNumber(inUnit(ms), 1);
  const signed = (ms: number) => `${ms > 0 ? '+' : ms < 0 ? '−' : '±'}${inUnit(Math.abs(ms)).toFixed(1)} ${short}`;
  // Words beside the rows keep one decimal; no-break spaces keep a number with its unit
  // and the arrow with its numbers, so a phone's line breaks only between them.
  const fixedNumber = (ms: number) => inUnit(ms).toFixed(1);
  const valueWords = (row: (typeof rows)[number]) => {
    const moved = change(row);
    const was = row.before === null ? '–' : fixedNumber(row.before.p50);
    const is = row.after === null ? `–\u00a0${short}` : `${fixedNumber(row.after.p50)}\u00a0${short}`;
    const shown = moved !== null && (row.id === highlight || row.total);
    return `${was}\u00a0→\u00a0${is}${shown ? ` (${signed(moved).replace(' ', '\u00a0')})` : ''}`;
  };

  const { fontSize, lineHeight, margin } = chartLayout;
  const width = common.width;
  const note = `Each marker is the median (P50), each line P5 to P95, on one time axis: ${beforeLabel} hollow and grey, ${afterLabel} filled and dark.`;
  const noteLines = wrapText(note, fontSize, width - 2 * margin);
  const legendTop = 44 + noteLines.length * lineHeight + 4;
  const legend = [
    { kind: 'before' as const, words: beforeLabel },
    { kind: 'after' as const, words: afterLabel },
    ...(highlight === null ? [] : [{ kind: 'shade' as const, words: `Shaded: ${highlightNote}` }]),
  ];
  const legendLines = legend.map((entry) => wrapText(entry.words, fontSize, width - 2 * margin - 34));
  const legendHeight = legendLines.reduce((sum, lines) => sum + Math.max(20, lines.length * lineHeight + 4), 0);
  const specs: RowSpec[] = rows.map((row) => ({
    kind: 'row',
    label: row.name,
    value: valueWords(row),
    bold: row.id !== null && row.id === highlight,
    plotHeight: 22,
  }));
  const layout = layoutRows(specs, { width, top: legendTop + legendHeight + 4, maxLabelShare: 0.4 });
  const tickText = (tick: number) => formatNumber(tick, 2);
  const axis = ticksThatFit(0, inUnit(longest), layout.plotRight - layout.plotLeft, tickText, fontSize);
  const xOf = linearScale(axis.domain, [layout.plotLeft, layout.plotRight]);
  const axisTop = layout.bottom + 4;
  const height = common.height ?? axisTop + 40;
  const sides = {
    before: { colour: '#757575', width: 1.5, hollow: true },
    after: { colour: '#1f4e79', width: 3, hollow: false },
  } as const;

  const statisticsWords = (statistics: DurationStatistics | null) =>
    statistics === null
      ? 'no case completed it'
      : `P50 ${number(statistics.p50)} ${short}, P5 to P95 ${number(statistics.p5)} to ${number(statistics.p95)}`;
  const description = [
    `${beforeLabel} and ${afterLabel}, in ${unit}.`,
    ...rows.map((row) => {
      const moved = change(row);
      return `${row.name}: P50 ${row.before === null ? '–' : `${number(row.before.p50)} ${short}`} in ${beforeLabel}, ${row.after === null ? '–' : `${number(row.after.p50)} ${short}`} in ${afterLabel}${moved === null ? '' : ` (${signed(moved)})`}; ${beforeLabel} ${statisticsWords(row.before)}; ${afterLabel} ${statisticsWords(row.after)}${row.id !== null && row.id === highlight ? `. Marked: ${highlightNote}` : ''}.`;
    }),
  ].join(' ');

  const draw = () => {
    const parts: string[] = noteLines.map((noteLine, index) =>
      text(margin, 44 + index * lineHeight, noteLine, { fill: '#444444' }),
    );
    let y = legendTop;
    legend.forEach((entry, index) => {
      const lines = legendLines[index] as string[];
      const middle = y + 6;
      if (entry.kind === 'shade') parts.push(rect(margin, middle - 7, 24, 14, { fill: '#fbe3c8' }));
      else {
        const side = sides[entry.kind];
        parts.push(line(margin, middle, margin + 24, middle, { stroke: side.colour, 'stroke-width': side.width }));
        parts.push(
          `<circle cx="${margin + 12}" cy="${middle}" r="4.5" fill="${side.hollow ? '#ffffff' : side.colour}" stroke="${side.colour}" stroke-width="1.5"/>`,
        );
      }
      lines.forEach((words, lineIndex) => {
        parts.push(text(margin + 34, middle + 4 + lineIndex * lineHeight, words, { fill: '#1a1a1a' }));
      });
      y += Math.max(20, lines.length * lineHeight + 4);
    });
    const plotTop = layout.rows[0]?.plotTop ?? axisTop;
    layout.rows.forEach((row, index) => {
      const entry = rows[index];
      if (entry !== undefined && entry.id !== null && entry.id === highlight) {
        parts.push(
          rect(margin / 2, row.plotTop - 4, width - margin, row.plotBottom - row.plotTop + 8, { fill: '#fbe3c8' }),
        );
        // In a wide chart the row's label sits beside its lines: shade it too.
        if (!layout.narrow) {
          const textTop = Math.min(...row.texts.map((placed) => placed.y)) - fontSize;
          const textBottom = Math.max(...row.texts.map((placed) => placed.y)) + 4;
          if (textTop < row.plotTop - 4 || textBottom > row.plotBottom + 4) {
            parts.push(rect(margin / 2, textTop, width - margin, textBottom - textTop, { fill: '#fbe3c8' }));
          }
        }
      }
    });
    for (const tick of axis.ticks) {
      const x = xOf(tick);
      parts.push(line(x, plotTop, x, axisTop, { stroke: '#e6e6e6', 'stroke-width': 1 }));
      const placed = tickLabelAnchor(x, tickText(tick), fontSize, { left: 2, right: width - 2 });
      parts.push(text(placed.x, axisTop + 16, tickText(tick), { 'text-anchor': placed.anchor, fill: '#444444' }));
    }
    parts.push(line(layout.plotLeft, axisTop, layout.plotRight, axisTop, { stroke: '#555555', 'stroke-width': 1 }));
    parts.push(
      text((layout.plotLeft + layout.plotRight) / 2, axisTop + 34, unit, { 'text-anchor': 'middle', fill: '#333333' }),
    );
    layout.rows.forEach((row, index) => {
      parts.push(rowTexts(row));
      const entry = rows[index];
      if (entry === undefined) return;
      const quarter = (row.plotBottom - row.plotTop) / 4;
      for (const [side, y] of [
        ['before', row.plotTop + quarter],
        ['after', row.plotBottom - quarter],
      ] as const) {
        const statistics = entry[side];
        if (statistics === null) continue;
        const style = sides[side];
        parts.push(
          line(xOf(inUnit(statistics.p5)), y, xOf(inUnit(statistics.p95)), y, {
            stroke: style.colour,
            'stroke-width': style.width,
          }),
        );
        parts.push(
          `<circle cx="${formatNumber(xOf(inUnit(statistics.p50)), 2)}" cy="${formatNumber(y, 2)}" r="4.5" fill="${style.hollow ? '#ffffff' : style.colour}" stroke="${style.colour}" stroke-width="1.5"/>`,
        );
      }
    });
    return parts.join('\n');
  };
  return svgChart({ kind: 'journey-comparison', width, height, title: common.title, description, id: common.id, draw });
}
