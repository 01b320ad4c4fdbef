import { chartLayout } from './chartLayout';
import type { DriverQuadrantLayout } from './DriverQuadrantLayout';
import { formatNumber } from './formatNumber';
import { marker } from './seriesStyles';
import { svgChart } from './svgChart';
import { line, rect, text } from './svgElements';

/**
 * Draws a laid-out driver quadrant as SVG: the shaded "concentrate here" corner, grid and
 * ticks, the target and threshold lines, the fixed words, each driver's marker and number,
 * the axis titles and the key.
 *
 * @internal
 */
export function drawDriverQuadrant(layout: DriverQuadrantLayout): string {
  const { lineHeight, margin } = chartLayout;
  const { plot, zeroX, thresholdY } = layout;
  const draw = () => {
    const parts: string[] = [];
    parts.push(rect(plot.left, plot.top, zeroX - plot.left, thresholdY - plot.top, { fill: '#fbe9e7' }));
    for (const tick of layout.acrossTicks) {
      parts.push(line(tick.x, plot.top, tick.x, plot.bottom, { stroke: '#eeeeee', 'stroke-width': 1 }));
      parts.push(text(tick.label.x, tick.label.y, tick.words, { 'text-anchor': tick.label.anchor, fill: '#444444' }));
    }
    for (const tick of layout.upTicks) {
      parts.push(line(plot.left, tick.y, plot.right, tick.y, { stroke: '#eeeeee', 'stroke-width': 1 }));
      parts.push(text(plot.left - 6, tick.y + 4, tick.words, { 'text-anchor': 'end', fill: '#444444' }));
    }
    parts.push(
      rect(plot.left, plot.top, plot.right - plot.left, plot.bottom - plot.top, { fill: 'none', stroke: '#9e9e9e' }),
    );
    parts.push(
      line(zeroX, plot.top, zeroX, plot.bottom, { stroke: '#1a1a1a', 'stroke-width': 1.5, 'stroke-dasharray': '6 3' }),
    );
    parts.push(
      line(plot.left, thresholdY, plot.right, thresholdY, {
        stroke: '#1a1a1a',
        'stroke-width': 1.5,
        'stroke-dasharray': '6 3',
      }),
    );
    for (const { placement, words, bold } of layout.fixedLabels) {
      const paint = bold ? { 'font-weight': 'bold', fill: '#1a1a1a' } : { fill: '#1a1a1a' };
      parts.push(text(placement.x, placement.y, words, { ...paint, 'text-anchor': placement.anchor }));
    }
    for (const point of layout.points) {
      parts.push(marker(point.shape, point.x, point.y, '#1f4e79'));
      parts.push(
        text(point.number.x, point.number.y, point.words, { 'text-anchor': point.number.anchor, fill: '#1a1a1a' }),
      );
    }
    const { acrossTitle, upTitle } = layout;
    acrossTitle.lines.forEach((words, index) => {
      parts.push(
        text(acrossTitle.x, acrossTitle.top + index * lineHeight, words, { 'text-anchor': 'middle', fill: '#333333' }),
      );
    });
    parts.push(
      text(upTitle.x, upTitle.y, upTitle.words, {
        'text-anchor': 'middle',
        fill: '#333333',
        transform: `rotate(-90 ${upTitle.x} ${formatNumber(upTitle.y)})`,
      }),
    );
    for (const entry of layout.quadrantKey) {
      parts.push(marker(entry.shape, margin + 6, entry.y - 4, '#1f4e79'));
      parts.push(text(margin + 20, entry.y, entry.words, { fill: '#1a1a1a', 'font-weight': 'bold' }));
    }
    for (const entry of layout.driverKey) {
      parts.push(marker(entry.shape, margin + 6, entry.y + 8, '#1f4e79'));
      entry.lines.forEach((words, lineIndex) => {
        parts.push(text(margin + 20, entry.y + 12 + lineIndex * lineHeight, words, { fill: '#1a1a1a' }));
      });
    }
    return parts.join('\n');
  };
  // The layout carries the frame: its width, height, title, description and id.
  return svgChart({ ...layout, kind: 'driver-quadrant', draw });
}
