import { describeValue } from '../core/errors/describeValue';
import type { ClassifiedDriver, DriverClassification, DriverQuadrant } from '../transfer/classifyDrivers';
import { type ChartOptions, readChartOptions } from './chartOptions';
import { formatNumber } from './formatNumber';
import { linearScale } from './linearScale';
import { raiseRender } from './messages';
import { niceTicks } from './niceTicks';
import { placeLabel, type TextBox, type TextPlacement, textBox } from './placeLabel';
import { type MarkerShape, marker } from './seriesStyles';
import { svgChart } from './svgChart';
import { line, rect, text } from './svgElements';

/**
 * Options for {@link driverQuadrant}: the common chart options.
 *
 * @category Charts
 */
export type DriverQuadrantOptions = ChartOptions;

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
 * quadrants named in their corners, and every driver as a point labelled with its name
 * and gap. Each quadrant has its own marker shape as well as its name.
 *
 * A driver with share `s` sits at `bottom − h · (100·s − lo) / (hi − lo)` on a plot `h`
 * high whose importance axis runs from `lo` to `hi` percent; one `g` % ahead of target at
 * `left + w · (g − lo) / (hi − lo)` on the performance axis.
 *
 * @param classification - What `classifyDrivers` returns.
 * @param options - The common chart options.
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
  const common = readChartOptions(options, [], { width: 640, title: 'Drivers: importance × performance' });
  if (typeof classification !== 'object' || classification === null || !Array.isArray(classification.drivers)) {
    raiseRender('INVALID_INPUT', ['classification', 'what classifyDrivers returns', describeValue(classification)], {
      path: [],
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
  const threshold = classification.importanceThreshold * 100;
  const gaps = drivers.map(relativeGap);
  const widest = Math.max(...gaps.map(Math.abs));
  // Headroom beyond the outermost driver (15% across, 12% up) keeps every point and its
  // label off the frame and clear of the quadrant names in the corners.
  const across = niceTicks(-widest * 1.15, widest * 1.15, 6);
  const up = niceTicks(0, Math.max(threshold, ...drivers.map((driver) => driver.importance * 100)) * 1.12, 5);

  const width = common.width;
  const height = common.height ?? 480;
  const plotLeft = 64;
  const plotRight = width - 24;
  const plotTop = 46;
  const plotBottom = height - 62;
  const xOf = linearScale(across.domain, [plotLeft, plotRight]);
  const yOf = linearScale(up.domain, [plotBottom, plotTop]);

  const description = [
    `Importance × performance of ${drivers.length} driver${drivers.length === 1 ? '' : 's'}: importance as the share of explained variance, important from ${formatNumber(threshold, 1)}%; performance as the gap to target in % of the target, positive when ahead.`,
    ...(['concentrate-here', 'keep-up-the-good-work', 'low-priority', 'possible-overkill'] as const).map((quadrant) => {
      const members = drivers.filter((driver) => driver.quadrant === quadrant);
      const list = members
        .map(
          (driver) =>
            `${driver.driver} (importance ${formatNumber(driver.importance * 100, 1)}%, current ${formatNumber(driver.current, 2)} against target ${formatNumber(driver.target, 2)}, ${driver.direction === 'lower-is-better' ? 'lower' : 'higher'} is better, ${signedPercent(relativeGap(driver))})`,
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
      parts.push(
        text(xOf(tick), plotBottom + 14, `${tick > 0 ? '+' : ''}${formatNumber(tick, 1)}%`, {
          'text-anchor': 'middle',
          fill: '#555555',
          'font-size': 10,
        }),
      );
    }
    for (const tick of up.ticks) {
      parts.push(line(plotLeft, yOf(tick), plotRight, yOf(tick), { stroke: '#eeeeee', 'stroke-width': 1 }));
      parts.push(
        text(plotLeft - 6, yOf(tick) + 4, `${formatNumber(tick, 1)}%`, {
          'text-anchor': 'end',
          fill: '#555555',
          'font-size': 10,
        }),
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
    // The fixed words are placed first; each driver's label then takes the first spot
    // around its marker that clears them, the markers and the labels placed before it.
    const taken: TextBox[] = [];
    const fixedText = (placement: TextPlacement, content: string, attributes: Record<string, string | number>) => {
      const fontSize = typeof attributes['font-size'] === 'number' ? attributes['font-size'] : 12;
      taken.push(textBox(placement, content, fontSize, attributes['font-weight'] === 'bold'));
      parts.push(text(placement.x, placement.y, content, { ...attributes, 'text-anchor': placement.anchor }));
    };
    fixedText({ x: zeroX + 4, y: plotBottom - 6, anchor: 'start' }, 'On target', { fill: '#1a1a1a', 'font-size': 10 });
    fixedText(
      { x: plotRight - 4, y: thresholdY - 4, anchor: 'end' },
      `Importance threshold ${formatNumber(threshold, 1)}%`,
      { fill: '#1a1a1a', 'font-size': 10 },
    );
    const corner = { 'font-weight': 'bold', fill: '#1a1a1a' };
    fixedText(
      { x: plotLeft + 8, y: plotTop + 16, anchor: 'start' },
      `▲ ${quadrantWords['concentrate-here'].title}`,
      corner,
    );
    fixedText(
      { x: plotRight - 8, y: plotTop + 16, anchor: 'end' },
      `● ${quadrantWords['keep-up-the-good-work'].title}`,
      corner,
    );
    fixedText(
      { x: plotLeft + 8, y: plotBottom - 20, anchor: 'start' },
      `■ ${quadrantWords['low-priority'].title}`,
      corner,
    );
    fixedText(
      { x: plotRight - 8, y: plotBottom - 20, anchor: 'end' },
      `◆ ${quadrantWords['possible-overkill'].title}`,
      corner,
    );
    const points = drivers.map((driver, index) => ({ x: xOf(gaps[index] as number), y: yOf(driver.importance * 100) }));
    for (const point of points) {
      taken.push({ left: point.x - 6, top: point.y - 6, right: point.x + 6, bottom: point.y + 6 });
    }
    const bounds = { left: plotLeft + 2, top: plotTop + 2, right: plotRight - 2, bottom: plotBottom - 2 };
    drivers.forEach((driver, index) => {
      const { x, y } = points[index] as { x: number; y: number };
      parts.push(marker(quadrantWords[driver.quadrant].shape, x, y, '#1f4e79'));
      const label = `${driver.driver} (${signedPercent(gaps[index] as number)})`;
      // Beside the marker, on the side with more room first: just above, below, then higher up.
      const beside = (dx: number, anchor: 'start' | 'end'): TextPlacement[] =>
        [-6, 16, -20, -34].map((dy) => ({ x: x + dx, y: y + dy, anchor }));
      const candidates =
        x > (plotLeft + plotRight) / 2
          ? [...beside(-8, 'end'), ...beside(8, 'start')]
          : [...beside(8, 'start'), ...beside(-8, 'end')];
      const placement = placeLabel(candidates, label, 12, bounds, taken);
      parts.push(text(placement.x, placement.y, label, { 'text-anchor': placement.anchor, fill: '#1a1a1a' }));
    });
    parts.push(
      text((plotLeft + plotRight) / 2, plotBottom + 32, 'Performance: gap to target, % of target (right is better)', {
        'text-anchor': 'middle',
        fill: '#333333',
      }),
    );
    parts.push(
      text(14, (plotTop + plotBottom) / 2, 'Importance: share of explained variance', {
        'text-anchor': 'middle',
        fill: '#333333',
        transform: `rotate(-90 14 ${formatNumber((plotTop + plotBottom) / 2)})`,
      }),
    );
    return parts.join('\n');
  };
  return svgChart({ kind: 'driver-quadrant', width, height, title: common.title, description, id: common.id, draw });
}
