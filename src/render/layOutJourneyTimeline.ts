import { chartLayout } from './chartLayout';
import { formatNumber } from './formatNumber';
import type { JourneyTimelineInput } from './JourneyTimelineInput';
import type { JourneyTimelineLayout } from './JourneyTimelineLayout';
import { layOutTimeAxis } from './layOutTimeAxis';
import { layoutRows } from './layoutRows';
import { linearScale } from './linearScale';
import { ticksThatFit } from './niceTicks';
import type { RowSpec } from './RowLayout';
import { timeUnits } from './timeUnits';
import { wrapText } from './wrapText';

type Step = JourneyTimelineInput['steps'][number];

/**
 * Works out a journey timeline from its checked input: a row per step under its stage's
 * heading and one for the whole journey, the note and the legend of the kinds drawn, the
 * time axis that fits the longest offset, each step's bar and the journey's whisker, and
 * the description.
 *
 * @internal
 */
export function layOutJourneyTimeline(input: JourneyTimelineInput): JourneyTimelineLayout {
  const { common, end, steps, unit, longest } = input;
  const inUnit = (ms: number) => ms / timeUnits.milliseconds[unit];
  const { specs, drawn } = nameRows(input);

  const { fontSize, lineHeight, margin } = chartLayout;
  const width = common.width;
  const note = `Each step from its median start to its median end over ${input.cases} finished case${input.cases === 1 ? '' : 's'}; gaps are waits no step covers.`;
  const noteLines = wrapText(note, fontSize, width - 2 * margin);
  // The legend names only the kinds of step drawn.
  const kinds = [
    ...(steps.some((step) => step.controlled && step.start !== null) ? [true] : []),
    ...(steps.some((step) => !step.controlled && step.start !== null) ? [false] : []),
  ];
  const legendTop = 44 + noteLines.length * lineHeight;
  const layout = layoutRows(specs, { width, top: legendTop + kinds.length * 20 + 4, maxLabelShare: 0.42 });
  const tickText = (tick: number) => formatNumber(tick, 2);
  const axis = ticksThatFit(0, inUnit(longest), layout.plotRight - layout.plotLeft, tickText, fontSize);
  const xOf = linearScale(axis.domain, [layout.plotLeft, layout.plotRight]);
  const axisTop = layout.bottom + 4;
  const height = common.height ?? axisTop + 40;
  const endX = xOf(inUnit(end.p50));

  return {
    width,
    height,
    title: common.title,
    id: common.id,
    description: describeTimeline(input),
    note: noteLines.map((words, index) => ({ x: margin, y: 44 + index * lineHeight, words })),
    legend: kinds.map((controlled, index) => ({
      x: margin,
      y: legendTop + index * 20,
      controlled,
      words: controlled ? 'Controlled by the company' : 'Not controlled by the company',
    })),
    axis: layOutTimeAxis({
      layout,
      top: axisTop,
      ticks: axis.ticks,
      xOf,
      tickText,
      width,
      title: `${unit} from the start of the journey`,
    }),
    endX,
    rows: layout.rows.map((row, index) => {
      const entry = drawn[index];
      const middle = (row.plotTop + row.plotBottom) / 2;
      if (entry === 'end')
        return { placed: row, mark: { kind: 'whisker', low: xOf(inUnit(end.p5)), high: xOf(inUnit(end.p95)), middle } };
      if (entry === undefined || entry === 'header' || entry.start === null || entry.end === null) {
        return { placed: row, mark: { kind: 'none' } };
      }
      const from = xOf(inUnit(entry.start));
      // A step too short to see still gets a sliver.
      const to = Math.max(from + 2, xOf(inUnit(entry.end)));
      return {
        placed: row,
        mark: {
          kind: 'bar',
          x: from,
          y: row.plotTop,
          width: to - from,
          height: row.plotBottom - row.plotTop,
          controlled: entry.controlled,
        },
      };
    }),
  };
}

/**
 * The rows, top to bottom: each stage's heading before its first step, a row per step with
 * its span in words, and last the whole journey; with what each row's plot shows.
 */
function nameRows(input: JourneyTimelineInput): { specs: RowSpec[]; drawn: Array<Step | 'end' | 'header'> } {
  const { end, steps, unit } = input;
  // Words in the chart keep one decimal, and a no-break space keeps a number with its unit.
  const fixedNumber = (ms: number) => (ms / timeUnits.milliseconds[unit]).toFixed(1);
  const shortSpan = (from: number, to: number) =>
    `${fixedNumber(from)}–${fixedNumber(to)}\u00a0${timeUnits.short[unit]}`;
  const specs: RowSpec[] = [];
  const drawn: Array<Step | 'end' | 'header'> = [];
  let stage: string | undefined;
  for (const step of steps) {
    if (step.stage !== undefined && step.stage !== stage) {
      stage = step.stage;
      specs.push({ kind: 'header', label: step.stage });
      drawn.push('header');
    }
    specs.push({
      kind: 'row',
      label: stepLabel(step),
      value: step.start === null || step.end === null ? 'no finished case' : shortSpan(step.start, step.end),
      plotHeight: 14,
    });
    drawn.push(step);
  }
  const endValue = `P50\u00a0${fixedNumber(end.p50)}\u00a0${timeUnits.short[unit]} (P5–P95\u00a0${shortSpan(end.p5, end.p95)})`;
  specs.push({ kind: 'row', label: 'The whole journey, wing to wing', value: endValue, bold: true, plotHeight: 14 });
  drawn.push('end');
  return { specs, drawn };
}

/** A step's name, with who controls it when the timeline says. */
function stepLabel(step: Step): string {
  return step.control === undefined ? step.name : `${step.name} (${step.control})`;
}

/** The description: the journey and its cases, every step's span, and the whole journey's P50, P5 and P95. */
function describeTimeline(input: JourneyTimelineInput): string {
  const { end, steps, unit } = input;
  const number = (ms: number) => formatNumber(ms / timeUnits.milliseconds[unit], 1);
  const dayWord = timeUnits.singular[unit];
  const span = (from: number, to: number) => `${dayWord} ${number(from)} to ${dayWord} ${number(to)}`;
  return [
    `${input.journey}: a typical case, over ${input.cases} finished case${input.cases === 1 ? '' : 's'}, in ${unit} from the start of the journey.`,
    ...steps.map(
      (step) =>
        `${stepLabel(step)}: ${step.start === null || step.end === null ? 'no finished case completed it' : span(step.start, step.end)}${step.controlled ? ', controlled by the company' : ''}.`,
    ),
    `The whole journey: P50 ${number(end.p50)} ${unit}, P5 to P95 ${number(end.p5)} to ${number(end.p95)}.`,
  ].join(' ');
}
