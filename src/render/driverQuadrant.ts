import { describeValue } from '../core/errors/describeValue';
import type { ClassifiedDriver, DriverClassification, DriverQuadrant } from '../transfer/classifyDrivers';
import { tickLabelAnchor } from './axisLabel';
import { chartLayout, isNarrow } from './chartLayout';
import { type ChartOptions, readChartOptions } from './chartOptions';
import { formatNumber } from './formatNumber';
import { linearScale } from './linearScale';
import { raiseRender } from './messages';
import { niceTicks, ticksThatFit } from './niceTicks';
import { placeLabel, type TextBox, type TextPlacement, textBox } from './placeLabel';
import { type MarkerShape, marker } from './seriesStyles';
import { svgChart } from './svgChart';
import { line, rect, text } from './svgElements';
import { wrapText } from './wrapText';

/**
 * Options for {@link driverQuadrant}.
 *
 * @category Charts
 */
export interface DriverQuadrantOptions extends ChartOptions {
  /** Each driver's name for people, by driver id (e.g. a metric tree node's title). Default: the ids. */
  readonly labels?: Readonly<Record<string, string>>;
}

const chartName = 'driverQuadrant';

const quadrantWords: Readonly<Record<DriverQuadrant, { title: string; shape: MarkerShape }>> = {
  'concentrate-here': { title: 'Concentrate here', shape: 'triangle' },
  'keep-up-the-good-work': { title: 'Keep up the good work', shape: 'circle' },
  'low-priority': { title: 'Low priority', shape: 'square' },
  'possible-overkill': { title: 'Possible overkill', shape: 'diamond' },
};

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

/**
 * Draws the importance × performance map of a transfer function's drivers: importance
 * (each driver's share of the explained variance) up, performance against target across
 * (the gap as a percentage of the target, better to the right, so drivers in different
 * units share the axis; beyond ±1000 % a driver sits at the edge, labelled "beyond"), the importance threshold and the target as lines, the four
 * quadrants named in their corners (in a key below at a phone's width, below 480 px),
 * and every driver as a numbered point, its name, gap and importance in the key below
 * the plot, so long names never crowd the plot. Each quadrant has its own marker shape as
 * well as its name.
 *
 * A driver with share `s` sits at `bottom − h · (100·s − lo) / (hi − lo)` on a plot `h`
 * high whose importance axis runs from `lo` to `hi` percent; one `g` % ahead of target at
 * `left + w · (g − lo) / (hi − lo)` on the performance axis.
 *
 * @param classification - What `classifyDrivers` returns.
 * @param options - `labels` and the common chart options; see {@link DriverQuadrantOptions}.
 * @returns The SVG, as a string.
 * @throws `CxError` `NO_DATA` (no drivers), `INVALID_INPUT` (a value that is not a finite number), `UNKNOWN_OPTION`.
 *
 * @example
 * import { classifyDrivers } from 'cxkit/transfer';
 * import { driverQuadrant } from 'cxkit/render';
 *
 * const map = classifyDrivers(
 *   { responseHours: { raw: 0.3, share: 0.6 }, courtesy: { raw: 0.1, share: 0.4 } },
 *   {
 *     responseHours: { current: 30, target: 24, direction: 'lower-is-better' },
 *     courtesy: { current: 4.6, target: 4.5 },
 *   },
 * );
 * const svg = driverQuadrant(map);
 * svg.includes('responseHours (-25%)') // => true
 * driverQuadrant({ importanceThreshold: 0.5, drivers: [] }) // throws CxError NO_DATA
 *
 * @category Charts
 */
export function driverQuadrant(classification: DriverClassification, options: DriverQuadrantOptions = {}): string {
  const common = readChartOptions(options, ['labels'], { width: 640, title: 'Drivers: importance × performance' });
  if (typeof classification !== 'object' || classification === null || !Array.isArray(classification.drivers)) {
    raiseRender('INVALID_INPUT', ['classification', 'what classifyDrivers returns', describeValue(classification)], {
      path: [],
    });
  }
  const labels = (options.labels ?? {}) as Readonly<Record<string, unknown>>;
  if (typeof labels !== 'object' || labels === null || Array.isArray(labels)) {
    raiseRender('INVALID_INPUT', ['Option labels', 'an object of driver names by driver id', describeValue(labels)], {
      path: ['labels'],
    });
  }
  const drivers: readonly ClassifiedDriver[] = classification.drivers;
  if (drivers.length === 0) raiseRender('NO_DATA', [chartName, 'the classification has no drivers']);
  const finite = (value: unknown, path: (string | number)[]) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      raiseRender('INVALID_INPUT', [path.join('.'), 'a finite number', describeValue(value)], { path });
    }
  };
  finite(classification.importanceThreshold, ['importanceThreshold']);
  drivers.forEach((driver, index) => {
    for (const field of ['importance', 'current', 'target', 'gap'] as const)
      finite(driver[field], ['drivers', index, field]);
    if (!Object.hasOwn(quadrantWords, driver.quadrant)) {
      raiseRender(
        'INVALID_INPUT',
        [`drivers.${index}.quadrant`, 'a quadrant of classifyDrivers', describeValue(driver.quadrant)],
        {
          path: ['drivers', index, 'quadrant'],
        },
      );
    }
  });
  const nameOf = (driver: ClassifiedDriver) => {
    const given = Object.hasOwn(labels, driver.driver) ? labels[driver.driver] : undefined;
    if (given !== undefined && (typeof given !== 'string' || given.trim() === '')) {
      raiseRender('INVALID_INPUT', [`Option labels.${driver.driver}`, 'a non-empty text', describeValue(given)], {
        path: ['labels', driver.driver],
      });
    }
    return (given as string | undefined) ?? driver.driver;
  };
  const threshold = classification.importanceThreshold * 100;
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
  const quadrantOrder = ['concentrate-here', 'keep-up-the-good-work', 'low-priority', 'possible-overkill'] as const;
  const shapeSymbols: Readonly<Record<MarkerShape, string>> = {
    triangle: '▲',
    circle: '●',
    square: '■',
    diamond: '◆',
    'triangle-down': '▼',
  };
  // Drivers are numbered most important first; the key below says what each number is.
  const order = drivers
    .map((_, index) => index)
    .sort((left, right) => (drivers[right]?.importance ?? 0) - (drivers[left]?.importance ?? 0));
  const numberOf = new Map(order.map((index, position) => [index, position + 1]));
  const keyText = (index: number) => {
    const driver = drivers[index] as ClassifiedDriver;
    return `${numberOf.get(index)} ${nameOf(driver)} (${signedPercent(gaps[index] as number)}), importance ${formatNumber(driver.importance * 100, 1)}%: ${quadrantWords[driver.quadrant].title.toLowerCase()}`;
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
  const plotLeft = 60;
  const plotRight = width - margin - 4;
  const plotTop = 46;
  const below = 26 + xTitle.length * lineHeight + 12 + keyHeight;
  const naturalPlot = narrow ? 240 : 330;
  const height = common.height ?? plotTop + naturalPlot + below;
  const plotBottom = Math.max(plotTop + 100, height - below);
  const xOf = linearScale(across.domain, [plotLeft, plotRight]);
  const yOf = linearScale(up.domain, [plotBottom, plotTop]);

  const description = [
    `Importance × performance of ${drivers.length} driver${drivers.length === 1 ? '' : 's'}: importance as the share of explained variance, important from ${formatNumber(threshold, 1)}%; performance as the gap to target in % of the target, positive when ahead.`,
    ...quadrantOrder.map((quadrant) => {
      const members = drivers.filter((driver) => driver.quadrant === quadrant);
      const list = members
        .map(
          (driver) =>
            `${nameOf(driver)} (importance ${formatNumber(driver.importance * 100, 1)}%, current ${formatNumber(driver.current, 2)} against target ${formatNumber(driver.target, 2)}, ${driver.direction === 'lower-is-better' ? 'lower' : 'higher'} is better, ${signedPercent(relativeGap(driver))})`,
        )
        .join(', ');
      return `${quadrantWords[quadrant].title} (${quadrantWords[quadrant].shape}s): ${members.length === 0 ? 'none' : list}.`;
    }),
  ].join(' ');

  const draw = () => {
    const parts: string[] = [];
    const zeroX = xOf(0);
    const thresholdY = yOf(threshold);
    parts.push(rect(plotLeft, plotTop, zeroX - plotLeft, thresholdY - plotTop, { fill: '#fbe9e7' }));
    for (const tick of across.ticks) {
      parts.push(line(xOf(tick), plotTop, xOf(tick), plotBottom, { stroke: '#eeeeee', 'stroke-width': 1 }));
      const placed = tickLabelAnchor(xOf(tick), acrossText(tick), fontSize, { left: 2, right: width - 2 });
      parts.push(text(placed.x, plotBottom + 20, acrossText(tick), { 'text-anchor': placed.anchor, fill: '#444444' }));
    }
    for (const tick of up.ticks) {
      parts.push(line(plotLeft, yOf(tick), plotRight, yOf(tick), { stroke: '#eeeeee', 'stroke-width': 1 }));
      parts.push(
        text(plotLeft - 6, yOf(tick) + 4, `${formatNumber(tick, 1)}%`, { 'text-anchor': 'end', fill: '#444444' }),
      );
    }
    parts.push(
      rect(plotLeft, plotTop, plotRight - plotLeft, plotBottom - plotTop, { fill: 'none', stroke: '#9e9e9e' }),
    );
    parts.push(
      line(zeroX, plotTop, zeroX, plotBottom, { stroke: '#1a1a1a', 'stroke-width': 1.5, 'stroke-dasharray': '6 3' }),
    );
    parts.push(
      line(plotLeft, thresholdY, plotRight, thresholdY, {
        stroke: '#1a1a1a',
        'stroke-width': 1.5,
        'stroke-dasharray': '6 3',
      }),
    );
    // The fixed words are placed first; each driver's number then takes the first spot
    // around its marker that clears them, the markers and the numbers placed before it.
    const taken: TextBox[] = [];
    const fixedText = (placement: TextPlacement, content: string, attributes: Record<string, string | number>) => {
      taken.push(textBox(placement, content, fontSize, attributes['font-weight'] === 'bold'));
      parts.push(text(placement.x, placement.y, content, { ...attributes, 'text-anchor': placement.anchor }));
    };
    fixedText({ x: zeroX + 4, y: plotBottom - 6, anchor: 'start' }, 'On target', { fill: '#1a1a1a' });
    fixedText(
      { x: plotRight - 4, y: thresholdY - 4, anchor: 'end' },
      `${narrow ? 'Threshold' : 'Importance threshold'} ${formatNumber(threshold, 1)}%`,
      { fill: '#1a1a1a' },
    );
    if (!narrow) {
      const corner = { 'font-weight': 'bold', fill: '#1a1a1a' };
      const cornerText = (quadrant: DriverQuadrant) =>
        `${shapeSymbols[quadrantWords[quadrant].shape]} ${quadrantWords[quadrant].title}`;
      fixedText({ x: plotLeft + 8, y: plotTop + 16, anchor: 'start' }, cornerText('concentrate-here'), corner);
      fixedText({ x: plotRight - 8, y: plotTop + 16, anchor: 'end' }, cornerText('keep-up-the-good-work'), corner);
      fixedText({ x: plotLeft + 8, y: plotBottom - 20, anchor: 'start' }, cornerText('low-priority'), corner);
      fixedText({ x: plotRight - 8, y: plotBottom - 20, anchor: 'end' }, cornerText('possible-overkill'), corner);
    }
    const points = drivers.map((driver, index) => ({ x: xOf(gaps[index] as number), y: yOf(driver.importance * 100) }));
    for (const point of points) {
      taken.push({ left: point.x - 6, top: point.y - 6, right: point.x + 6, bottom: point.y + 6 });
    }
    const bounds = { left: plotLeft + 2, top: plotTop + 2, right: plotRight - 2, bottom: plotBottom - 2 };
    drivers.forEach((driver, index) => {
      const { x, y } = points[index] as { x: number; y: number };
      parts.push(marker(quadrantWords[driver.quadrant].shape, x, y, '#1f4e79'));
      const label = String(numberOf.get(index));
      const candidates: TextPlacement[] = [
        { x: x + 9, y: y + 4, anchor: 'start' },
        { x: x - 9, y: y + 4, anchor: 'end' },
        { x, y: y - 9, anchor: 'middle' },
        { x, y: y + 19, anchor: 'middle' },
        { x: x + 9, y: y - 8, anchor: 'start' },
        { x: x - 9, y: y - 8, anchor: 'end' },
      ];
      const placement = placeLabel(candidates, label, fontSize, bounds, taken);
      parts.push(text(placement.x, placement.y, label, { 'text-anchor': placement.anchor, fill: '#1a1a1a' }));
    });
    xTitle.forEach((words, index) => {
      parts.push(
        text((plotLeft + plotRight) / 2, plotBottom + 38 + index * lineHeight, words, {
          'text-anchor': 'middle',
          fill: '#333333',
        }),
      );
    });
    parts.push(
      text(
        14,
        (plotTop + plotBottom) / 2,
        narrow ? 'Importance (share of R²)' : 'Importance: share of explained variance',
        {
          'text-anchor': 'middle',
          fill: '#333333',
          transform: `rotate(-90 14 ${formatNumber((plotTop + plotBottom) / 2)})`,
        },
      ),
    );
    let y = plotBottom + 38 + xTitle.length * lineHeight + 8;
    for (const quadrant of quadrantKey) {
      parts.push(marker(quadrantWords[quadrant].shape, margin + 6, y - 4, '#1f4e79'));
      parts.push(text(margin + 20, y, quadrantWords[quadrant].title, { fill: '#1a1a1a', 'font-weight': 'bold' }));
      y += 20;
    }
    order.forEach((index, position) => {
      const lines = keyLines[position] as string[];
      parts.push(
        marker(quadrantWords[(drivers[index] as ClassifiedDriver).quadrant].shape, margin + 6, y + 8, '#1f4e79'),
      );
      lines.forEach((words, lineIndex) => {
        parts.push(text(margin + 20, y + 12 + lineIndex * lineHeight, words, { fill: '#1a1a1a' }));
      });
      y += lines.length * lineHeight + 4;
    });
    return parts.join('\n');
  };
  return svgChart({ kind: 'driver-quadrant', width, height, title: common.title, description, id: common.id, draw });
}
