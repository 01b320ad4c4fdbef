import { describeValue } from '../core/errors/describeValue';
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
 * A journey laid out in time from its boundary start, for {@link journeyTimeline}: when
 * each step typically starts and ends (offsets from the start of the case, in
 * milliseconds) and how long the whole journey takes. `analyzeWorkspace` (in
 * `cxkit/workspace`) computes one per journey event log as its `timeline`.
 *
 * @category Charts
 */
export interface JourneyTimeline {
  /** The journey's title. */
  readonly journey: string;
  /** How many finished cases the offsets are taken over. */
  readonly cases: number;
  /** The wing-to-wing time of those cases: P5, P50 and P95, in milliseconds; `null` when none finished. */
  readonly end: { readonly p5: number; readonly p50: number; readonly p95: number } | null;
  /** The steps, in the order to draw them. */
  readonly steps: ReadonlyArray<{
    readonly name: string;
    /** The stage's name, to group steps under; steps of one stage should be next to each other. */
    readonly stage?: string;
    /** Whether the company controls the step (drawn solid; others outlined). */
    readonly controlled: boolean;
    /** Who controls it, in words (`company`, `partner`, `customer`, `shared`), written after the step's name. */
    readonly control?: string;
    /** How many finished cases completed the step. */
    readonly cases: number;
    /** The median offset of the step's start from the case's start, in milliseconds; `null` when no finished case completed the step. */
    readonly start: number | null;
    /** The median offset of its end. */
    readonly end: number | null;
  }>;
}

/**
 * Options for {@link journeyTimeline}.
 *
 * @category Charts
 */
export interface JourneyTimelineOptions extends ChartOptions {
  /** The unit of the axis and labels. Default: days when the wing-to-wing P95 is 2 days or more, else hours, else minutes. */
  readonly unit?: TimelineUnit;
}

const chartName = 'journeyTimeline';

function checkDuration(value: unknown, path: (string | number)[]): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    raiseRender('INVALID_INPUT', [`timeline.${path.join('.')}`, 'a finite duration ≥ 0', describeValue(value)], {
      path,
    });
  }
  return value;
}

/**
 * Draws a journey as a timeline from the customer's first moment: each step a bar from
 * the day it typically starts to the day it typically ends (median offsets from the
 * boundary start, over the finished cases), under its stage, so hand-offs where nothing
 * runs show as gaps and steps that overlap as overlapping bars; and last the whole
 * journey, its median with a whisker from P5 to P95, marked down the chart. Controlled
 * steps are solid, the others outlined, and the legend names only the kinds drawn. At a
 * phone's width (below 480 px) each step's name and days stand above its bar.
 *
 * A time `t` sits at `left + w · t / hi` on an axis from 0 to `hi` (a nice number at or
 * above the wing-to-wing P95) that is `w` wide.
 *
 * @param timeline - The steps' offsets; see {@link JourneyTimeline}.
 * @param options - `unit` and the common chart options; see {@link JourneyTimelineOptions}.
 * @returns The SVG, as a string.
 * @throws `CxError` `NO_DATA` (no finished case), `INVALID_INPUT` (a duration that is not finite and ≥ 0, a step
 *   ending before it starts, a bad unit), `UNKNOWN_OPTION`.
 *
 * @example
 * import { journeyTimeline } from 'cxkit/render';
 *
 * const day = 86_400_000;
 * const svg = journeyTimeline({
 *   journey: 'Engine repair',
 *   cases: 40,
 *   end: { p5: 50 * day, p50: 60 * day, p95: 75 * day },
 *   steps: [
 *     { name: 'Transport in', controlled: false, control: 'partner', cases: 40, start: 0, end: 5 * day },
 *     { name: 'Shop visit', controlled: true, control: 'company', cases: 40, start: 5 * day, end: 40 * day },
 *     { name: 'Wait for the return date', controlled: false, control: 'shared', cases: 40, start: 40 * day, end: 55 * day },
 *   ],
 * });
 * svg.includes('Shop visit (company): day 5 to day 40') // => true
 * journeyTimeline({ journey: 'Engine repair', cases: 0, end: null, steps: [] }) // throws CxError NO_DATA
 *
 * @category Charts
 */
export function journeyTimeline(timeline: JourneyTimeline, options: JourneyTimelineOptions = {}): string {
  if (typeof timeline !== 'object' || timeline === null || !Array.isArray(timeline.steps)) {
    raiseRender(
      'INVALID_INPUT',
      ['timeline', 'a journey timeline { journey, cases, end, steps }', describeValue(timeline)],
      {
        path: [],
      },
    );
  }
  if (typeof timeline.journey !== 'string') {
    raiseRender('INVALID_INPUT', ['timeline.journey', "the journey's title", describeValue(timeline.journey)], {
      path: ['journey'],
    });
  }
  const common = readChartOptions(options, ['unit'], { width: 760, title: `${timeline.journey}: a typical case` });
  if (timeline.end === null || timeline.end === undefined) {
    raiseRender('NO_DATA', [chartName, 'no case finished, so no journey was seen from start to end']);
  }
  const end = {
    p5: checkDuration(timeline.end.p5, ['end', 'p5']),
    p50: checkDuration(timeline.end.p50, ['end', 'p50']),
    p95: checkDuration(timeline.end.p95, ['end', 'p95']),
  };
  const steps = timeline.steps.map((step, index) => {
    if (typeof step !== 'object' || step === null || typeof step.name !== 'string') {
      raiseRender('INVALID_INPUT', [`timeline.steps[${index}]`, 'a step with a name', describeValue(step)], {
        path: ['steps', index],
      });
    }
    if ((step.start === null) !== (step.end === null)) {
      raiseRender(
        'INVALID_INPUT',
        [`timeline.steps[${index}]`, 'a start and an end, or neither', describeValue(step)],
        {
          path: ['steps', index],
        },
      );
    }
    const start = step.start === null ? null : checkDuration(step.start, ['steps', index, 'start']);
    const stepEnd = step.end === null ? null : checkDuration(step.end, ['steps', index, 'end']);
    if (start !== null && stepEnd !== null && stepEnd < start) {
      raiseRender(
        'INVALID_INPUT',
        [`timeline.steps[${index}].end`, `at or after its start (${start})`, String(stepEnd)],
        {
          path: ['steps', index, 'end'],
        },
      );
    }
    return { ...step, start, end: stepEnd };
  });
  const longest = Math.max(end.p95, ...steps.map((step) => step.end ?? 0));
  const unit = timeUnits.choose(options.unit, longest);
  const inUnit = (ms: number) => ms / timeUnits.milliseconds[unit];
  const number = (ms: number) => formatNumber(inUnit(ms), 1);
  // Words in the chart keep one decimal, and a no-break space keeps a number with its unit.
  const fixedNumber = (ms: number) => inUnit(ms).toFixed(1);
  const dayWord = timeUnits.singular[unit];
  const span = (from: number, to: number) => `${dayWord} ${number(from)} to ${dayWord} ${number(to)}`;
  const shortSpan = (from: number, to: number) =>
    `${fixedNumber(from)}–${fixedNumber(to)}\u00a0${timeUnits.short[unit]}`;
  const stepLabel = (step: (typeof steps)[number]) =>
    step.control === undefined ? step.name : `${step.name} (${step.control})`;

  const specs: RowSpec[] = [];
  const drawn: Array<{ kind: 'step'; step: (typeof steps)[number] } | { kind: 'end' } | { kind: 'header' }> = [];
  let stage: string | undefined;
  for (const step of steps) {
    if (step.stage !== undefined && step.stage !== stage) {
      stage = step.stage;
      specs.push({ kind: 'header', label: step.stage });
      drawn.push({ kind: 'header' });
    }
    specs.push({
      kind: 'row',
      label: stepLabel(step),
      value: step.start === null || step.end === null ? 'no finished case' : shortSpan(step.start, step.end),
      plotHeight: 14,
    });
    drawn.push({ kind: 'step', step });
  }
  const endLabel = 'The whole journey, wing to wing';
  const endValue = `P50\u00a0${fixedNumber(end.p50)}\u00a0${timeUnits.short[unit]} (P5–P95\u00a0${shortSpan(end.p5, end.p95)})`;
  specs.push({ kind: 'row', label: endLabel, value: endValue, bold: true, plotHeight: 14 });
  drawn.push({ kind: 'end' });

  const { fontSize, lineHeight, margin } = chartLayout;
  const width = common.width;
  const note = `Each step from its median start to its median end over ${timeline.cases} finished case${timeline.cases === 1 ? '' : 's'}; gaps are waits no step covers.`;
  const noteLines = wrapText(note, fontSize, width - 2 * margin);
  const kinds = [
    ...(steps.some((step) => step.controlled && step.start !== null) ? (['solid'] as const) : []),
    ...(steps.some((step) => !step.controlled && step.start !== null) ? (['outline'] as const) : []),
  ];
  const legendWords = { solid: 'Controlled by the company', outline: 'Not controlled by the company' } as const;
  const legendTop = 44 + noteLines.length * lineHeight;
  const layout = layoutRows(specs, { width, top: legendTop + kinds.length * 20 + 4, maxLabelShare: 0.42 });
  const tickText = (tick: number) => formatNumber(tick, 2);
  const axis = ticksThatFit(0, inUnit(longest), layout.plotRight - layout.plotLeft, tickText, fontSize);
  const xOf = linearScale(axis.domain, [layout.plotLeft, layout.plotRight]);
  const axisTop = layout.bottom + 4;
  const height = common.height ?? axisTop + 40;
  const paintOf = (controlled: boolean) =>
    controlled
      ? { fill: '#1f4e79', stroke: '#1f4e79' }
      : { fill: '#ffffff', stroke: '#37474f', 'stroke-dasharray': '4 2', 'stroke-width': 1.5 };

  const description = [
    `${timeline.journey}: a typical case, over ${timeline.cases} finished case${timeline.cases === 1 ? '' : 's'}, in ${unit} from the start of the journey.`,
    ...steps.map(
      (step) =>
        `${stepLabel(step)}: ${step.start === null || step.end === null ? 'no finished case completed it' : span(step.start, step.end)}${step.controlled ? ', controlled by the company' : ''}.`,
    ),
    `The whole journey: P50 ${number(end.p50)} ${unit}, P5 to P95 ${number(end.p5)} to ${number(end.p95)}.`,
  ].join(' ');

  const draw = () => {
    const parts: string[] = noteLines.map((noteLine, index) =>
      text(margin, 44 + index * lineHeight, noteLine, { fill: '#444444' }),
    );
    kinds.forEach((kind, index) => {
      const y = legendTop + index * 20;
      parts.push(rect(margin, y - 4, 24, 12, paintOf(kind === 'solid')));
      parts.push(text(margin + 32, y + 6, legendWords[kind], { fill: '#1a1a1a' }));
    });
    for (const tick of axis.ticks) {
      const x = xOf(tick);
      parts.push(line(x, layout.rows[0]?.plotTop ?? axisTop, x, axisTop, { stroke: '#e6e6e6', 'stroke-width': 1 }));
      const placed = tickLabelAnchor(x, tickText(tick), fontSize, { left: 2, right: width - 2 });
      parts.push(text(placed.x, axisTop + 16, tickText(tick), { 'text-anchor': placed.anchor, fill: '#444444' }));
    }
    parts.push(line(layout.plotLeft, axisTop, layout.plotRight, axisTop, { stroke: '#555555', 'stroke-width': 1 }));
    parts.push(
      text((layout.plotLeft + layout.plotRight) / 2, axisTop + 34, `${unit} from the start of the journey`, {
        'text-anchor': 'middle',
        fill: '#333333',
      }),
    );
    // The median end, down the whole chart: where a typical customer has the engine back.
    const endX = xOf(inUnit(end.p50));
    parts.push(
      line(endX, layout.rows[0]?.plotTop ?? axisTop, endX, axisTop, {
        stroke: '#b34700',
        'stroke-width': 1.5,
        'stroke-dasharray': '5 3',
      }),
    );
    layout.rows.forEach((row, index) => {
      parts.push(rowTexts(row));
      const entry = drawn[index];
      if (entry === undefined || entry.kind === 'header') return;
      const middle = (row.plotTop + row.plotBottom) / 2;
      if (entry.kind === 'end') {
        const low = xOf(inUnit(end.p5));
        const high = xOf(inUnit(end.p95));
        parts.push(line(low, middle, high, middle, { stroke: '#b34700', 'stroke-width': 2 }));
        parts.push(line(low, middle - 6, low, middle + 6, { stroke: '#b34700', 'stroke-width': 2 }));
        parts.push(line(high, middle - 6, high, middle + 6, { stroke: '#b34700', 'stroke-width': 2 }));
        parts.push(rect(endX - 5, middle - 5, 10, 10, { fill: '#b34700', stroke: '#b34700' }));
        return;
      }
      const { step } = entry;
      if (step.start === null || step.end === null) return;
      const from = xOf(inUnit(step.start));
      // A step too short to see still gets a sliver.
      const to = Math.max(from + 2, xOf(inUnit(step.end)));
      parts.push(rect(from, row.plotTop, to - from, row.plotBottom - row.plotTop, paintOf(step.controlled)));
    });
    return parts.join('\n');
  };
  return svgChart({ kind: 'journey-timeline', width, height, title: common.title, description, id: common.id, draw });
}
