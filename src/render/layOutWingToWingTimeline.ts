import type { DurationStatistics } from '../journeys/DurationStatistics';
import { formatNumber } from './formatNumber';
import { linearScale } from './linearScale';
import { niceTicks } from './niceTicks';
import { textWidth, widestText } from './textWidth';
import { timeUnits } from './timeUnits';
import type { WingToWingTimelineInput } from './WingToWingTimelineInput';
import type { WingToWingTimelineLayout } from './WingToWingTimelineLayout';

/**
 * Works out a wing-to-wing timeline from its checked input: the axis in the unit, the
 * rows' words, the label column and plot (the chart growing wider so no words are cut
 * off), each row's bar and whisker, and the description.
 *
 * @internal
 */
export function layOutWingToWingTimeline(input: WingToWingTimelineInput): WingToWingTimelineLayout {
  const { common, journeyTitle, businessTime, finishedCases, controlledShare, rows, unit, longest } = input;
  const inUnit = (ms: number) => ms / timeUnits.milliseconds[unit];
  const business = businessTime ? 'business ' : '';
  const short = timeUnits.short[unit];
  const axis = niceTicks(0, inUnit(longest), 6);

  const statisticsWords = (statistics: DurationStatistics | null) =>
    statistics === null
      ? 'no case completed it'
      : `P50 ${formatNumber(inUnit(statistics.p50), 1)} ${short}, P5–P95 ${formatNumber(inUnit(statistics.p5), 1)}–${formatNumber(inUnit(statistics.p95), 1)}, mean ${formatNumber(inUnit(statistics.mean), 1)}, n = ${statistics.count}`;
  const shareWords =
    controlledShare === null
      ? 'Controlled share: not defined (no wing-to-wing time)'
      : `Controlled share: ${formatNumber(controlledShare * 100, 1)}% of wing-to-wing time`;
  const fillWords = { hatched: 'hatched', solid: 'solid: controlled', outline: 'outlined: not controlled' } as const;
  const description = [
    `${journeyTitle}, measured wing to wing over ${finishedCases} finished case${finishedCases === 1 ? '' : 's'}, in ${business}${unit}.`,
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
  const { labelRight, plotLeft, plotRight, width } = measureColumns(
    rows,
    common.width,
    statisticsWords,
    `${shareWords}.`,
  );
  const xOf = linearScale(axis.domain, [plotLeft, plotRight]);

  return {
    width,
    height,
    title: common.title,
    id: common.id,
    description,
    headline: { x: 12, y: 44, words: `${shareWords}.` },
    note: { x: 12, y: 62, words: `Bars end at the median; whiskers span P5 to P95. In ${business}${unit}.` },
    plot: { left: plotLeft, top, bottom },
    ticks: axis.ticks.map((tick) => ({ x: xOf(tick), words: formatNumber(tick, 2) })),
    axisTitle: { x: (plotLeft + plotRight) / 2, y: bottom + 32, words: `${business}${unit}` },
    rows: rows.map((row, index) => {
      const rowTop = top + index * rowHeight;
      if (row.kind === 'stage') return { kind: 'stage', x: 12, y: rowTop + 17, words: row.label };
      const { statistics } = row;
      return {
        kind: 'duration',
        label: { x: labelRight, y: rowTop + 17, words: row.label },
        bar:
          statistics === null
            ? null
            : { x: plotLeft, y: rowTop + 6, width: xOf(inUnit(statistics.p50)) - plotLeft, fill: row.fill },
        whisker:
          statistics === null
            ? null
            : { low: xOf(inUnit(statistics.p5)), high: xOf(inUnit(statistics.p95)), middle: rowTop + 13 },
        words: { x: plotRight + 12, y: rowTop + 17, words: statisticsWords(statistics) },
      };
    }),
  };
}

/**
 * The label column's right edge, the plot's edges and the chart's width. No DOM to measure
 * text: widths are estimated from the characters (textWidth), so long step names and
 * statistics are never cut off. The left column and the right text grow past their
 * defaults; the plot keeps the width it would have in a chart of the requested width, and
 * the chart grows to fit.
 */
function measureColumns(
  rows: WingToWingTimelineInput['rows'],
  requestedWidth: number,
  statisticsWords: (statistics: DurationStatistics | null) => string,
  headline: string,
): { labelRight: number; plotLeft: number; plotRight: number; width: number } {
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
  const plotWidth = Math.max(100, requestedWidth - 240 - 290);
  const plotRight = plotLeft + plotWidth;
  const width = Math.max(
    requestedWidth,
    plotRight +
      12 +
      widestText(
        measured.map((row) => statisticsWords(row.statistics)),
        11,
      ) +
      12,
    12 + stageWidth + 12,
    12 + textWidth(headline, 12, true) + 12,
  );
  return { labelRight, plotLeft, plotRight, width };
}
