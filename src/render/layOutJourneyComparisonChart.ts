import type { DurationStatistics } from '../journeys/DurationStatistics';
import { chartLayout } from './chartLayout';
import { formatNumber } from './formatNumber';
import type { JourneyComparisonChartInput } from './JourneyComparisonChartInput';
import type { JourneyComparisonChartLayout } from './JourneyComparisonChartLayout';
import { layOutTimeAxis } from './layOutTimeAxis';
import { layoutRows } from './layoutRows';
import { linearScale } from './linearScale';
import { ticksThatFit } from './niceTicks';
import type { PlacedRow, RowLayout, RowSpec } from './RowLayout';
import { stackLegend } from './stackLegend';
import { timeUnits } from './timeUnits';
import { wrapText } from './wrapText';

type Row = JourneyComparisonChartInput['rows'][number];

/** How far a row's median moved, after less before, in milliseconds; `null` when a side has none. */
function change(row: Row): number | null {
  return row.before === null || row.after === null ? null : row.after.p50 - row.before.p50;
}

/**
 * Works out a journey comparison from its checked input: the note and legend, the rows
 * with their values beside them, the time axis that fits the longest P95, where each
 * side's interval goes, and the description.
 *
 * @internal
 */
export function layOutJourneyComparisonChart(input: JourneyComparisonChartInput): JourneyComparisonChartLayout {
  const { common, beforeLabel, afterLabel, rows, highlight, highlightNote, unit, longest } = input;
  const short = timeUnits.short[unit];
  const inUnit = (ms: number) => ms / timeUnits.milliseconds[unit];
  const signed = (ms: number) => `${ms > 0 ? '+' : ms < 0 ? '−' : '±'}${inUnit(Math.abs(ms)).toFixed(1)} ${short}`;
  // Words beside the rows keep one decimal; no-break spaces keep a number with its unit
  // and the arrow with its numbers, so a phone's line breaks only between them.
  const fixedNumber = (ms: number) => inUnit(ms).toFixed(1);
  const valueWords = (row: Row) => {
    const moved = change(row);
    const was = row.before === null ? '–' : fixedNumber(row.before.p50);
    const is = row.after === null ? `–\u00a0${short}` : `${fixedNumber(row.after.p50)}\u00a0${short}`;
    const shown = moved !== null && (row.id === highlight || row.total);
    return `${was}\u00a0→\u00a0${is}${shown ? ` (${signed(moved).replace(' ', '\u00a0')})` : ''}`;
  };

  const { fontSize, lineHeight, margin } = chartLayout;
  const width = common.width;
  const note = `Each marker is the median (P50), each line P5 to P95, on one time axis: ${beforeLabel} hollow and gray, ${afterLabel} filled and dark.`;
  const noteLines = wrapText(note, fontSize, width - 2 * margin);
  const legendTop = 44 + noteLines.length * lineHeight + 4;
  const legend = [
    { kind: 'before' as const, words: beforeLabel },
    { kind: 'after' as const, words: afterLabel },
    ...(highlight === null ? [] : [{ kind: 'shade' as const, words: `Shaded: ${highlightNote}` }]),
  ];
  const stacked = stackLegend(legend, width - 2 * margin - 34, legendTop);
  const specs: RowSpec[] = rows.map((row) => ({
    kind: 'row',
    label: row.name,
    value: valueWords(row),
    bold: row.id !== null && row.id === highlight,
    plotHeight: 22,
  }));
  const layout = layoutRows(specs, { width, top: legendTop + stacked.height + 4, maxLabelShare: 0.4 });
  const tickText = (tick: number) => formatNumber(tick, 2);
  const axis = ticksThatFit(0, inUnit(longest), layout.plotRight - layout.plotLeft, tickText, fontSize);
  const xOf = linearScale(axis.domain, [layout.plotLeft, layout.plotRight]);
  const axisTop = layout.bottom + 4;
  const height = common.height ?? axisTop + 40;

  return {
    width,
    height,
    title: common.title,
    id: common.id,
    description: describeComparison(input),
    note: noteLines.map((words, index) => ({ x: margin, y: 44 + index * lineHeight, words })),
    legend: stacked.rows,
    shades: shadeMarkedStep(layout, rows, highlight, width),
    axis: layOutTimeAxis({ layout, top: axisTop, ticks: axis.ticks, xOf, tickText, width, title: unit }),
    rows: layout.rows.map((row, index) => ({
      placed: row,
      sides: markSides(row, rows[index], (ms) => xOf(inUnit(ms))),
    })),
  };
}

/** The shading behind the marked step's row and, on a wide chart, behind its label when that runs taller. */
function shadeMarkedStep(
  layout: RowLayout,
  rows: readonly Row[],
  highlight: string | null,
  width: number,
): { x: number; y: number; width: number; height: number }[] {
  const { fontSize, margin } = chartLayout;
  const shades: { x: number; y: number; width: number; height: number }[] = [];
  layout.rows.forEach((row, index) => {
    const entry = rows[index];
    if (entry !== undefined && entry.id !== null && entry.id === highlight) {
      shades.push({
        x: margin / 2,
        y: row.plotTop - 4,
        width: width - margin,
        height: row.plotBottom - row.plotTop + 8,
      });
      // In a wide chart the row's label sits beside its lines: shade it too.
      if (!layout.narrow) {
        const textTop = Math.min(...row.texts.map((placed) => placed.y)) - fontSize;
        const textBottom = Math.max(...row.texts.map((placed) => placed.y)) + 4;
        if (textTop < row.plotTop - 4 || textBottom > row.plotBottom + 4) {
          shades.push({ x: margin / 2, y: textTop, width: width - margin, height: textBottom - textTop });
        }
      }
    }
  });
  return shades;
}

/** Where each side's interval of a row goes: the before side a quarter down its plot, the after side a quarter up. */
function markSides(
  row: PlacedRow,
  entry: Row | undefined,
  x: (ms: number) => number,
): JourneyComparisonChartLayout['rows'][number]['sides'] {
  const quarter = (row.plotBottom - row.plotTop) / 4;
  return (
    [
      ['before', row.plotTop + quarter],
      ['after', row.plotBottom - quarter],
    ] as const
  ).flatMap(([side, y]) => {
    const statistics = entry?.[side] ?? null;
    if (statistics === null) return [];
    return [{ side, y, p5: x(statistics.p5), p50: x(statistics.p50), p95: x(statistics.p95) }];
  });
}

/** The description: the unit, then every row's medians, change and intervals on both sides. */
function describeComparison(input: JourneyComparisonChartInput): string {
  const { beforeLabel, afterLabel, rows, highlight, highlightNote, unit } = input;
  const short = timeUnits.short[unit];
  const inUnit = (ms: number) => ms / timeUnits.milliseconds[unit];
  const number = (ms: number) => formatNumber(inUnit(ms), 1);
  const signed = (ms: number) => `${ms > 0 ? '+' : ms < 0 ? '−' : '±'}${inUnit(Math.abs(ms)).toFixed(1)} ${short}`;
  const statisticsWords = (statistics: DurationStatistics | null) =>
    statistics === null
      ? 'no case completed it'
      : `P50 ${number(statistics.p50)} ${short}, P5 to P95 ${number(statistics.p5)} to ${number(statistics.p95)}`;
  return [
    `${beforeLabel} and ${afterLabel}, in ${unit}.`,
    ...rows.map((row) => {
      const moved = change(row);
      return `${row.name}: P50 ${row.before === null ? '–' : `${number(row.before.p50)} ${short}`} in ${beforeLabel}, ${row.after === null ? '–' : `${number(row.after.p50)} ${short}`} in ${afterLabel}${moved === null ? '' : ` (${signed(moved)})`}; ${beforeLabel} ${statisticsWords(row.before)}; ${afterLabel} ${statisticsWords(row.after)}${row.id !== null && row.id === highlight ? `. Marked: ${highlightNote}` : ''}.`;
    }),
  ].join(' ');
}
