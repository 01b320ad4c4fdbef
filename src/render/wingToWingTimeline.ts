import { describeValue } from '../core/errors/describeValue';
import type { CaseMeasure } from '../journeys/CaseMeasure';
import type { DurationStatistics } from '../journeys/DurationStatistics';
import type { JourneyMeasure } from '../journeys/JourneyMeasure';
import { type ChartOptions, readChartOptions } from './chartOptions';
import { formatNumber } from './formatNumber';
import { linearScale } from './linearScale';
import { raiseRender } from './messages';
import { niceTicks } from './niceTicks';
import { hatchPattern } from './seriesStyles';
import { svgChart } from './svgChart';
import { attributes, line, rect, text } from './svgElements';
import { textWidth, widestText } from './textWidth';
import type { TimelineUnit } from './timeUnits';

/**
 * The parts of a journey document the timeline reads: its id and title, its stages and
 * which stage each step belongs to. A parsed `journey` document fits as it is.
 *
 * @category Charts
 */
export interface TimelineJourney {
  readonly id: string;
  readonly title: string;
  readonly stages: readonly { readonly id: string; readonly name: string }[];
  readonly steps: readonly { readonly id: string; readonly stage: string }[];
}

/**
 * Options for {@link wingToWingTimeline}.
 *
 * @category Charts
 */
export interface WingToWingTimelineOptions extends ChartOptions {
  /**
   * The unit of the axis and labels. Default: days when the longest P95 is 2 days or
   * more, else hours when it is 2 hours or more, else minutes.
   */
  readonly unit?: TimelineUnit;
}

const chartName = 'wingToWingTimeline';
const unitMs: Readonly<Record<TimelineUnit, number>> = { days: 86_400_000, hours: 3_600_000, minutes: 60_000 };
const unitShort: Readonly<Record<TimelineUnit, string>> = { days: 'd', hours: 'h', minutes: 'min' };

type Row =
  | { readonly kind: 'stage'; readonly label: string }
  | {
      readonly kind: 'duration';
      readonly label: string;
      readonly statistics: DurationStatistics | null;
      readonly fill: 'hatched' | 'solid' | 'outline';
    };

function checkStatistics(statistics: DurationStatistics | null, path: (string | number)[]): void {
  if (statistics === null) return;
  for (const field of ['count', 'mean', 'p5', 'p50', 'p95'] as const) {
    const value: unknown = statistics[field];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      raiseRender(
        'INVALID_INPUT',
        [`measure.${[...path, field].join('.')}`, 'a finite duration ≥ 0', describeValue(value)],
        {
          path: [...path, field],
        },
      );
    }
  }
}

/**
 * Draws a journey measured wing to wing: first what the customer felt (boundary to
 * boundary), the part the company controlled and the waiting no step covers; then every
 * step under its stage. Each row is a bar to the median (P50) with a whisker from P5 to
 * P95 — customers feel the spread, not only the average — and the numbers in words.
 * The customer-felt row is hatched, controlled rows solid, the rest outlined, and each
 * row says which it is, so nothing depends on colour. The controlled share of wing-to-wing
 * time is stated in a sentence under the title.
 *
 * A duration `t` sits at `left + w · t / hi` on an axis from 0 to `hi` (a nice number at
 * or above the longest P95) that is `w` wide.
 *
 * @param measure - What `measureJourney` returns (with or without cases).
 * @param journey - The journey document measured, for its stages (see {@link TimelineJourney}).
 * @param options - `unit` and the common chart options; see {@link WingToWingTimelineOptions}.
 * @returns The SVG, as a string.
 * @throws `CxError` `NO_DATA` (no finished case), `MISMATCHED_INPUT` (the measure is of another journey, or names
 *   a step the journey does not have), `INVALID_INPUT`, `UNKNOWN_OPTION`.
 *
 * @example
 * import { measureJourney, parseJourney } from 'cxkit/journeys';
 * import { wingToWingTimeline } from 'cxkit/render';
 *
 * const journey = parseJourney({
 *   kind: 'journey', schemaVersion: 1, id: 'engine-repair', title: 'Engine repair',
 *   customer: { segment: 'airlines' },
 *   boundary: { start: 'engine-removed', end: 'engine-reinstalled' },
 *   events: [
 *     { name: 'engine-removed', perspective: 'customer' },
 *     { name: 'engine-received', perspective: 'internal' },
 *     { name: 'engine-shipped', perspective: 'internal' },
 *     { name: 'engine-reinstalled', perspective: 'customer' },
 *   ],
 *   stages: [{ id: 'repair', name: 'Repair', phase: 'support' }],
 *   steps: [{ id: 'shop', stage: 'repair', name: 'Shop visit', owner: 'service', control: 'company',
 *     startEvent: 'engine-received', endEvent: 'engine-shipped' }],
 * });
 * const measure = measureJourney(journey, [
 *   { caseId: 'ENG-1', event: 'engine-removed', at: '2026-03-01' },
 *   { caseId: 'ENG-1', event: 'engine-received', at: '2026-03-04' },
 *   { caseId: 'ENG-1', event: 'engine-shipped', at: '2026-03-14' },
 *   { caseId: 'ENG-1', event: 'engine-reinstalled', at: '2026-03-20' },
 * ], { asOf: '2026-03-31' });
 * wingToWingTimeline(measure, journey).includes('Controlled share: 52.6% of wing-to-wing time') // => true
 *
 * @category Charts
 */
export function wingToWingTimeline(
  measure: JourneyMeasure<readonly CaseMeasure[] | null>,
  journey: TimelineJourney,
  options: WingToWingTimelineOptions = {},
): string {
  if (
    typeof measure !== 'object' ||
    measure === null ||
    typeof measure.summary !== 'object' ||
    !Array.isArray(measure.steps)
  ) {
    raiseRender('INVALID_INPUT', ['measure', 'what measureJourney returns', describeValue(measure)], { path: [] });
  }
  if (
    typeof journey !== 'object' ||
    journey === null ||
    !Array.isArray(journey.stages) ||
    !Array.isArray(journey.steps)
  ) {
    raiseRender('INVALID_INPUT', ['journey', 'the journey document measured', describeValue(journey)], {
      path: ['journey'],
    });
  }
  if (measure.journey !== journey.id) {
    raiseRender('MISMATCHED_INPUT', [
      `the measure is of journey ${JSON.stringify(measure.journey)} but the journey given is ${JSON.stringify(journey.id)}`,
    ]);
  }
  const common = readChartOptions(options, ['unit'], {
    width: 820,
    title: `${journey.title}: customer-felt and controlled time`,
  });
  const { summary } = measure;
  if (summary.wingToWing === null)
    raiseRender('NO_DATA', [chartName, 'no case finished, so nothing was measured wing to wing']);
  checkStatistics(summary.wingToWing, ['summary', 'wingToWing']);
  checkStatistics(summary.controlled, ['summary', 'controlled']);
  checkStatistics(summary.waiting, ['summary', 'waiting']);
  const stageOfStep = new Map(journey.steps.map((step) => [step.id, step.stage]));
  for (const step of measure.steps) {
    if (!stageOfStep.has(step.id)) {
      raiseRender('MISMATCHED_INPUT', [`the measure has step ${JSON.stringify(step.id)}, which the journey does not`]);
    }
    checkStatistics(summary.steps[step.id] ?? null, ['summary', 'steps', step.id]);
  }
  const share = summary.controlledShare;
  if (share !== null && (typeof share !== 'number' || !Number.isFinite(share))) {
    raiseRender('INVALID_INPUT', ['measure.summary.controlledShare', 'a finite number or null', describeValue(share)], {
      path: ['summary', 'controlledShare'],
    });
  }

  const controlledBy = new Set<string>(measure.controlledBy);
  const rows: Row[] = [
    { kind: 'duration', label: 'Wing to wing (customer felt)', statistics: summary.wingToWing, fill: 'hatched' },
    { kind: 'duration', label: 'Controlled by the company', statistics: summary.controlled, fill: 'solid' },
    { kind: 'duration', label: 'Waiting (no step running)', statistics: summary.waiting, fill: 'outline' },
  ];
  for (const stage of journey.stages) {
    const steps = measure.steps.filter((step) => stageOfStep.get(step.id) === stage.id);
    if (steps.length === 0) continue;
    rows.push({ kind: 'stage', label: stage.name });
    for (const step of steps) {
      rows.push({
        kind: 'duration',
        label: `${step.name} (${step.control})`,
        statistics: summary.steps[step.id] ?? null,
        fill: controlledBy.has(step.control) ? 'solid' : 'outline',
      });
    }
  }
  const longest = Math.max(
    ...rows.map((row) => (row.kind === 'duration' && row.statistics !== null ? row.statistics.p95 : 0)),
  );
  let unit = options.unit;
  if (unit === undefined)
    unit = longest >= 2 * unitMs.days ? 'days' : longest >= 2 * unitMs.hours ? 'hours' : 'minutes';
  if (!Object.hasOwn(unitMs, unit)) {
    raiseRender('INVALID_OPTION', ['unit', '"days", "hours" or "minutes"', describeValue(unit)], {
      path: ['unit'],
    });
  }
  const inUnit = (ms: number) => ms / unitMs[unit];
  const business = measure.time === 'business' ? 'business ' : '';
  const short = unitShort[unit];
  const axis = niceTicks(0, inUnit(longest), 6);

  const statisticsWords = (statistics: DurationStatistics | null) =>
    statistics === null
      ? 'no case completed it'
      : `P50 ${formatNumber(inUnit(statistics.p50), 1)} ${short}, P5–P95 ${formatNumber(inUnit(statistics.p5), 1)}–${formatNumber(inUnit(statistics.p95), 1)}, mean ${formatNumber(inUnit(statistics.mean), 1)}, n = ${statistics.count}`;
  const shareWords =
    share === null
      ? 'Controlled share: not defined (no wing-to-wing time)'
      : `Controlled share: ${formatNumber(share * 100, 1)}% of wing-to-wing time`;
  const fillWords = { hatched: 'hatched', solid: 'solid: controlled', outline: 'outlined: not controlled' } as const;
  const description = [
    `${journey.title}, measured wing to wing over ${summary.wingToWing.count} finished case${summary.wingToWing.count === 1 ? '' : 's'}, in ${business}${unit}.`,
    `${shareWords}.`,
    ...rows.map((row) =>
      row.kind === 'stage'
        ? `Stage ${row.label}:`
        : `${row.label} (${fillWords[row.fill]}): ${statisticsWords(row.statistics)}.`,
    ),
  ].join(' ');

  const rowHeight = 26;
  const top = 78;
  const bottom = top + rows.length * rowHeight;
  const height = common.height ?? bottom + 44;
  // No DOM to measure text: widths are estimated from the characters (textWidth), so
  // long step names and statistics are never cut off. The left column and the right text
  // grow past their defaults; the plot keeps the width it would have in a chart of the
  // requested width, and the chart grows to fit.
  const measured = rows.filter((row) => row.kind !== 'stage');
  const stageWidth = widestText(
    rows.filter((row) => row.kind === 'stage').map((row) => row.label),
    12,
    true,
  );
  const labelRight = Math.max(
    230,
    12 +
      widestText(
        measured.map((row) => row.label),
        12,
      ),
  );
  const plotLeft = labelRight + 10;
  const plotWidth = Math.max(100, common.width - 240 - 290);
  const plotRight = plotLeft + plotWidth;
  const width = Math.max(
    common.width,
    plotRight +
      12 +
      widestText(
        measured.map((row) => statisticsWords(row.statistics)),
        11,
      ) +
      12,
    12 + stageWidth + 12,
    12 + textWidth(`${shareWords}.`, 12, true) + 12,
  );
  const xOf = linearScale(axis.domain, [plotLeft, plotRight]);

  const draw = (prefix: string) => {
    const hatch = `${prefix}-hatch`;
    const parts: string[] = [`<defs>${hatchPattern(hatch, '#b34700')}</defs>`];
    parts.push(text(12, 44, `${shareWords}.`, { fill: '#1a1a1a', 'font-weight': 'bold' }));
    parts.push(
      text(12, 62, `Bars end at the median; whiskers span P5 to P95. In ${business}${unit}.`, { fill: '#555555' }),
    );
    for (const tick of axis.ticks) {
      parts.push(line(xOf(tick), top, xOf(tick), bottom, { stroke: '#eeeeee', 'stroke-width': 1 }));
      parts.push(
        text(xOf(tick), bottom + 14, formatNumber(tick, 2), {
          'text-anchor': 'middle',
          fill: '#555555',
          'font-size': 10,
        }),
      );
    }
    parts.push(
      text((plotLeft + plotRight) / 2, bottom + 32, `${business}${unit}`, { 'text-anchor': 'middle', fill: '#333333' }),
    );
    rows.forEach((row, index) => {
      const rowTop = top + index * rowHeight;
      if (row.kind === 'stage') {
        parts.push(text(12, rowTop + 17, row.label, { 'font-weight': 'bold', fill: '#1a1a1a' }));
        return;
      }
      parts.push(text(labelRight, rowTop + 17, row.label, { 'text-anchor': 'end', fill: '#1a1a1a' }));
      const { statistics } = row;
      if (statistics !== null) {
        const paint =
          row.fill === 'hatched'
            ? { fill: `url(#${hatch})`, stroke: '#b34700' }
            : row.fill === 'solid'
              ? { fill: '#1f4e79', stroke: '#1f4e79' }
              : { fill: '#ffffff', stroke: '#37474f', 'stroke-dasharray': '3 2' };
        parts.push(rect(plotLeft, rowTop + 6, xOf(inUnit(statistics.p50)) - plotLeft, 14, paint));
        const middle = rowTop + 13;
        const low = xOf(inUnit(statistics.p5));
        const high = xOf(inUnit(statistics.p95));
        parts.push(line(low, middle, high, middle, { stroke: '#1a1a1a', 'stroke-width': 1.5 }));
        parts.push(line(low, middle - 5, low, middle + 5, { stroke: '#1a1a1a', 'stroke-width': 1.5 }));
        parts.push(line(high, middle - 5, high, middle + 5, { stroke: '#1a1a1a', 'stroke-width': 1.5 }));
      }
      parts.push(text(plotRight + 12, rowTop + 17, statisticsWords(statistics), { fill: '#1a1a1a', 'font-size': 11 }));
    });
    parts.push(`<line${attributes({ x1: plotLeft, y1: top, x2: plotLeft, y2: bottom, stroke: '#555555' })}/>`);
    return parts.join('\n');
  };
  return svgChart({ kind: 'wing-to-wing', width, height, title: common.title, description, id: common.id, draw });
}
