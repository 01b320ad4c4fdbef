import { hatchPattern } from './seriesStyles';
import { svgChart } from './svgChart';
import { attributes, line, rect, text } from './svgElements';
import type { WingToWingTimelineLayout } from './WingToWingTimelineLayout';

/**
 * Draws a laid-out wing-to-wing timeline as SVG: the headline and note, the grid and axis,
 * each row's label, bar (hatched, solid or outlined), whisker and words, and the plot's edge.
 *
 * @internal
 */
export function drawWingToWingTimeline(layout: WingToWingTimelineLayout): string {
  const { plot } = layout;
  const draw = (prefix: string) => {
    const hatch = `${prefix}-hatch`;
    const parts: string[] = [`<defs>${hatchPattern(hatch, '#b34700')}</defs>`];
    parts.push(
      text(layout.headline.x, layout.headline.y, layout.headline.words, { fill: '#1a1a1a', 'font-weight': 'bold' }),
    );
    parts.push(text(layout.note.x, layout.note.y, layout.note.words, { fill: '#555555' }));
    for (const tick of layout.ticks) {
      parts.push(line(tick.x, plot.top, tick.x, plot.bottom, { stroke: '#eeeeee', 'stroke-width': 1 }));
      parts.push(
        text(tick.x, plot.bottom + 14, tick.words, {
          'text-anchor': 'middle',
          fill: '#555555',
          'font-size': 10,
        }),
      );
    }
    const { axisTitle } = layout;
    parts.push(text(axisTitle.x, axisTitle.y, axisTitle.words, { 'text-anchor': 'middle', fill: '#333333' }));
    for (const row of layout.rows) {
      if (row.kind === 'stage') {
        parts.push(text(row.x, row.y, row.words, { 'font-weight': 'bold', fill: '#1a1a1a' }));
        continue;
      }
      parts.push(text(row.label.x, row.label.y, row.label.words, { 'text-anchor': 'end', fill: '#1a1a1a' }));
      if (row.bar !== null) {
        const paint =
          row.bar.fill === 'hatched'
            ? { fill: `url(#${hatch})`, stroke: '#b34700' }
            : row.bar.fill === 'solid'
              ? { fill: '#1f4e79', stroke: '#1f4e79' }
              : { fill: '#ffffff', stroke: '#37474f', 'stroke-dasharray': '3 2' };
        parts.push(rect(row.bar.x, row.bar.y, row.bar.width, 14, paint));
      }
      if (row.whisker !== null) {
        const { low, high, middle } = row.whisker;
        parts.push(line(low, middle, high, middle, { stroke: '#1a1a1a', 'stroke-width': 1.5 }));
        parts.push(line(low, middle - 5, low, middle + 5, { stroke: '#1a1a1a', 'stroke-width': 1.5 }));
        parts.push(line(high, middle - 5, high, middle + 5, { stroke: '#1a1a1a', 'stroke-width': 1.5 }));
      }
      parts.push(text(row.words.x, row.words.y, row.words.words, { fill: '#1a1a1a', 'font-size': 11 }));
    }
    parts.push(
      `<line${attributes({ x1: plot.left, y1: plot.top, x2: plot.left, y2: plot.bottom, stroke: '#555555' })}/>`,
    );
    return parts.join('\n');
  };
  // The layout carries the frame: its width, height, title, description and id.
  return svgChart({ ...layout, kind: 'wing-to-wing', draw });
}
