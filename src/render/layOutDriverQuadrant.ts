import type { ClassifiedDriver, DriverQuadrant } from '../transfer/classifyDrivers';
import { tickLabelAnchor } from './axisLabel';
import { chartLayout, isNarrow } from './chartLayout';
import type { DriverQuadrantInput } from './DriverQuadrantInput';
import type { DriverQuadrantLayout } from './DriverQuadrantLayout';
import { formatNumber } from './formatNumber';
import { linearScale } from './linearScale';
import { niceTicks, ticksThatFit } from './niceTicks';
import { placeLabel, type TextBox, type TextPlacement, textBox } from './placeLabel';
import { quadrantWords } from './quadrantWords';
import { rankDrivers } from './rankDrivers';
import type { MarkerShape } from './seriesStyles';
import { wrapText } from './wrapText';

/**
 * Where a driver stands against its target, as a percentage of the target (of the
 * current value when the target is 0), the better way positive: drivers in different
 * units share one axis, and 0 is "on target".
 */
function relativeGap(driver: ClassifiedDriver): number {
  const base = driver.target !== 0 ? Math.abs(driver.target) : Math.abs(driver.current);
  const gap = base === 0 ? 0 : (100 * driver.gap) / base;
  // A target near 0 can make the share enormous (or overflow): beyond ±1000 % the point sits
  // at the edge and its label says so, so one driver cannot squash the others into a line.
  return Number.isNaN(gap) ? 0 : Math.max(-gapLimit, Math.min(gapLimit, gap));
}

const gapLimit = 1000;

function signedPercent(value: number): string {
  const written = formatNumber(value, 1);
  const sign = value > 0 && written !== '0' ? '+' : '';
  return `${Math.abs(value) >= gapLimit ? 'beyond ' : ''}${sign}${written}%`;
}

const quadrantOrder = ['concentrate-here', 'keep-up-the-good-work', 'low-priority', 'possible-overkill'] as const;

const shapeSymbols: Readonly<Record<MarkerShape, string>> = {
  triangle: '▲',
  circle: '●',
  square: '■',
  diamond: '◆',
  'triangle-down': '▼',
};

/**
 * Works out a driver quadrant from its checked input: the two axes and their ticks, the
 * plot's size from the key below it, where each driver and its number go, and the
 * description that states every value.
 *
 * @internal
 */
export function layOutDriverQuadrant(input: DriverQuadrantInput): DriverQuadrantLayout {
  const { common, drivers, names } = input;
  const threshold = input.importanceThreshold * 100;
  const gaps = drivers.map(relativeGap);
  const widest = Math.max(...gaps.map(Math.abs));
  const { fontSize, lineHeight, margin } = chartLayout;
  const width = common.width;
  const narrow = isNarrow(width);
  // Headroom beyond the outermost driver (15% across, 12% up) keeps every point and its
  // number off the frame and clear of the quadrant names in the corners.
  const acrossText = (tick: number) => `${tick > 0 ? '+' : ''}${formatNumber(tick, 1)}%`;
  const across = ticksThatFit(-widest * 1.15, widest * 1.15, width - margin - 4 - 60, acrossText, fontSize);
  const up = niceTicks(0, Math.max(threshold, ...drivers.map((driver) => driver.importance * 100)) * 1.12, 5);
  // Drivers are numbered most important first; the key below says what each number is.
  const order = rankDrivers(drivers);
  const numberOf = new Map(order.map((index, position) => [index, position + 1]));
  const keyText = (index: number) => {
    const driver = drivers[index] as ClassifiedDriver;
    return `${numberOf.get(index)} ${names[index]} (${signedPercent(gaps[index] as number)}), importance ${formatNumber(driver.importance * 100, 1)}%: ${quadrantWords[driver.quadrant].title.toLowerCase()}`;
  };
  const keyLines = order.map((index) => wrapText(keyText(index), fontSize, width - 2 * margin - 20));
  // On a phone the quadrants are named in the key, for those that hold a driver.
  const quadrantKey = narrow
    ? quadrantOrder.filter((quadrant) => drivers.some((driver) => driver.quadrant === quadrant))
    : [];
  // The axis title is centred on the plot, so it wraps to what fits either side of the centre.
  const titleCentre = (60 + width - margin - 4) / 2;
  const xTitle = wrapText(
    'Performance: gap to target, % of target (right is better)',
    fontSize,
    2 * Math.min(titleCentre - 2, width - 2 - titleCentre),
  );
  const keyHeight =
    quadrantKey.length * 20 + keyLines.reduce((sum, lines) => sum + lines.length * lineHeight + 4, 0) + 8;
  const plot = { left: 60, right: width - margin - 4, top: 46, bottom: 0 };
  const below = 26 + xTitle.length * lineHeight + 12 + keyHeight;
  const naturalPlot = narrow ? 240 : 330;
  const height = common.height ?? plot.top + naturalPlot + below;
  plot.bottom = Math.max(plot.top + 100, height - below);
  const xOf = linearScale(across.domain, [plot.left, plot.right]);
  const yOf = linearScale(up.domain, [plot.bottom, plot.top]);
  const zeroX = xOf(0);
  const thresholdY = yOf(threshold);
  const points = drivers.map((driver, index) => ({ x: xOf(gaps[index] as number), y: yOf(driver.importance * 100) }));
  const numberWords = drivers.map((_, index) => String(numberOf.get(index)));
  const labels = placeLabels(plot, zeroX, thresholdY, threshold, narrow, points, numberWords);

  const key = layOutKey(drivers, order, quadrantKey, keyLines, plot.bottom + 38 + xTitle.length * lineHeight + 8);
  return {
    width,
    height,
    title: common.title,
    id: common.id,
    description: describeDrivers(input),
    plot,
    zeroX,
    thresholdY,
    acrossTicks: across.ticks.map((tick) => {
      const placed = tickLabelAnchor(xOf(tick), acrossText(tick), fontSize, { left: 2, right: width - 2 });
      return {
        x: xOf(tick),
        label: { x: placed.x, y: plot.bottom + 20, anchor: placed.anchor },
        words: acrossText(tick),
      };
    }),
    upTicks: up.ticks.map((tick) => ({ y: yOf(tick), words: `${formatNumber(tick, 1)}%` })),
    fixedLabels: labels.fixed,
    points: drivers.map((driver, index) => {
      const point = points[index] as { x: number; y: number };
      return {
        ...point,
        shape: quadrantWords[driver.quadrant].shape,
        number: labels.numbers[index] as TextPlacement,
        words: numberWords[index] as string,
      };
    }),
    acrossTitle: { x: (plot.left + plot.right) / 2, top: plot.bottom + 38, lines: xTitle },
    upTitle: {
      x: 14,
      y: (plot.top + plot.bottom) / 2,
      words: narrow ? 'Importance (share of R²)' : 'Importance: share of explained variance',
    },
    quadrantKey: key.quadrants,
    driverKey: key.drivers,
  };
}

/** The key below the plot, from `top`: on a phone the quadrants that hold a driver, then every driver, most important first. */
function layOutKey(
  drivers: readonly ClassifiedDriver[],
  order: readonly number[],
  quadrantKey: readonly DriverQuadrant[],
  keyLines: readonly string[][],
  top: number,
): { quadrants: DriverQuadrantLayout['quadrantKey']; drivers: DriverQuadrantLayout['driverKey'] } {
  const { lineHeight } = chartLayout;
  let y = top;
  const quadrantEntries = quadrantKey.map((quadrant) => {
    const entry = { y, shape: quadrantWords[quadrant].shape, words: quadrantWords[quadrant].title };
    y += 20;
    return entry;
  });
  const driverEntries = order.map((index, position) => {
    const lines = keyLines[position] as string[];
    const entry = { y, shape: quadrantWords[(drivers[index] as ClassifiedDriver).quadrant].shape, lines };
    y += lines.length * lineHeight + 4;
    return entry;
  });
  return { quadrants: quadrantEntries, drivers: driverEntries };
}

/**
 * Places the fixed words first; each driver's number then takes the first spot around its
 * marker that clears them, the markers and the numbers placed before it.
 */
function placeLabels(
  plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number },
  zeroX: number,
  thresholdY: number,
  threshold: number,
  narrow: boolean,
  points: readonly { readonly x: number; readonly y: number }[],
  numberWords: readonly string[],
): { fixed: DriverQuadrantLayout['fixedLabels']; numbers: TextPlacement[] } {
  const { fontSize } = chartLayout;
  const taken: TextBox[] = [];
  const fixed: { placement: TextPlacement; words: string; bold: boolean }[] = [];
  const fixedText = (placement: TextPlacement, words: string, bold: boolean) => {
    taken.push(textBox(placement, words, fontSize, bold));
    fixed.push({ placement, words, bold });
  };
  fixedText({ x: zeroX + 4, y: plot.bottom - 6, anchor: 'start' }, 'On target', false);
  fixedText(
    { x: plot.right - 4, y: thresholdY - 4, anchor: 'end' },
    `${narrow ? 'Threshold' : 'Importance threshold'} ${formatNumber(threshold, 1)}%`,
    false,
  );
  if (!narrow) {
    const cornerText = (quadrant: DriverQuadrant) =>
      `${shapeSymbols[quadrantWords[quadrant].shape]} ${quadrantWords[quadrant].title}`;
    fixedText({ x: plot.left + 8, y: plot.top + 16, anchor: 'start' }, cornerText('concentrate-here'), true);
    fixedText({ x: plot.right - 8, y: plot.top + 16, anchor: 'end' }, cornerText('keep-up-the-good-work'), true);
    fixedText({ x: plot.left + 8, y: plot.bottom - 20, anchor: 'start' }, cornerText('low-priority'), true);
    fixedText({ x: plot.right - 8, y: plot.bottom - 20, anchor: 'end' }, cornerText('possible-overkill'), true);
  }
  for (const point of points) {
    taken.push({ left: point.x - 6, top: point.y - 6, right: point.x + 6, bottom: point.y + 6 });
  }
  const bounds = { left: plot.left + 2, top: plot.top + 2, right: plot.right - 2, bottom: plot.bottom - 2 };
  const numbers = points.map(({ x, y }, index) => {
    const candidates: TextPlacement[] = [
      { x: x + 9, y: y + 4, anchor: 'start' },
      { x: x - 9, y: y + 4, anchor: 'end' },
      { x, y: y - 9, anchor: 'middle' },
      { x, y: y + 19, anchor: 'middle' },
      { x: x + 9, y: y - 8, anchor: 'start' },
      { x: x - 9, y: y - 8, anchor: 'end' },
    ];
    return placeLabel(candidates, numberWords[index] as string, fontSize, bounds, taken);
  });
  return { fixed, numbers };
}

/** The description: the axes, then each quadrant's drivers with every value the chart shows. */
function describeDrivers(input: DriverQuadrantInput): string {
  const { drivers, names } = input;
  const threshold = input.importanceThreshold * 100;
  return [
    `Importance × performance of ${drivers.length} driver${drivers.length === 1 ? '' : 's'}: importance as the share of explained variance, important from ${formatNumber(threshold, 1)}%; performance as the gap to target in % of the target, positive when ahead.`,
    ...quadrantOrder.map((quadrant) => {
      const members = drivers.flatMap((driver, index) => (driver.quadrant === quadrant ? [{ driver, index }] : []));
      const list = members
        .map(
          ({ driver, index }) =>
            `${names[index]} (importance ${formatNumber(driver.importance * 100, 1)}%, current ${formatNumber(driver.current, 2)} against target ${formatNumber(driver.target, 2)}, ${driver.direction === 'lower-is-better' ? 'lower' : 'higher'} is better, ${signedPercent(relativeGap(driver))})`,
        )
        .join(', ');
      return `${quadrantWords[quadrant].title} (${quadrantWords[quadrant].shape}s): ${members.length === 0 ? 'none' : list}.`;
    }),
  ].join(' ');
}
