import { chartLayout } from './chartLayout';
import type { MaturityRadarLayout } from './MaturityRadarLayout';
import { legendEntry, marker } from './seriesStyles';
import { svgChart } from './svgChart';
import { attributes, line, pathData, text } from './svgElements';

/**
 * Draws a laid-out maturity radar as SVG: the level rings, the axes and their labels, each
 * outline (broken where a dimension is unscored) with its markers, the legend and the key.
 *
 * @internal
 */
export function drawMaturityRadar(layout: MaturityRadarLayout): string {
  const { fontSize, lineHeight } = chartLayout;
  const { centre } = layout;
  const draw = () => {
    const parts: string[] = [];
    for (const ring of layout.rings) {
      parts.push(
        `<path${attributes({ d: pathData(ring.points, true), fill: 'none', stroke: '#c8c8c8', 'stroke-width': 1 })}/>`,
      );
      parts.push(text(ring.label.x, ring.label.y, ring.label.words, { fill: '#444444' }));
    }
    for (const axis of layout.axes) {
      parts.push(line(centre.x, centre.y, axis.end[0], axis.end[1], { stroke: '#9e9e9e', 'stroke-width': 1 }));
      parts.push(
        text(axis.label.x, axis.label.y, axis.words, {
          'text-anchor': axis.label.anchor,
          fill: '#1a1a1a',
          'font-weight': axis.bold ? 'bold' : undefined,
        }),
      );
    }
    for (const { points, style, strokeWidth } of layout.outlines) {
      const complete = points.every((point) => point !== null);
      let d: string;
      if (complete) d = pathData(points as [number, number][], true);
      else {
        // An unscored dimension breaks the outline: only edges between two scored axes are drawn.
        const edges: string[] = [];
        points.forEach((point, index) => {
          const next = points[(index + 1) % points.length];
          if (point !== null && next !== null && next !== undefined) edges.push(pathData([point, next]));
        });
        d = edges.join(' ');
      }
      if (d !== '') {
        parts.push(
          `<path${attributes({ d, fill: complete ? style.colour : 'none', 'fill-opacity': complete ? 0.08 : undefined, stroke: style.colour, 'stroke-width': strokeWidth, 'stroke-dasharray': style.dash, 'stroke-linejoin': 'round' })}/>`,
        );
      }
      if (style.marker !== undefined) {
        for (const point of points)
          if (point !== null) parts.push(marker(style.marker, point[0], point[1], style.colour));
      }
    }
    for (const entry of layout.legend) parts.push(legendEntry(entry.x, entry.y, entry.style, entry.words));
    for (const entry of layout.key) {
      entry.lines.forEach((words, lineIndex) => {
        parts.push(text(12, entry.top + fontSize + lineIndex * lineHeight, words, { fill: '#1a1a1a' }));
      });
    }
    return parts.join('\n');
  };
  // The layout carries the frame: its width, height, title, description and id.
  return svgChart({ ...layout, kind: 'maturity-radar', draw });
}
