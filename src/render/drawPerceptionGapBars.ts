import { chartLayout } from './chartLayout';
import type { PerceptionGapBarsLayout } from './PerceptionGapBarsLayout';
import { rowTexts } from './rowTexts';
import { hatchPattern, type SeriesStyle, seriesStyles } from './seriesStyles';
import { svgChart } from './svgChart';
import { line, rect, text } from './svgElements';

/**
 * Draws a laid-out perception gap chart as SVG: the hatch pattern, the legend, the level
 * grid and axis, then each row's texts and its solid and hatched bars with their means.
 *
 * @internal
 */
export function drawPerceptionGapBars(layout: PerceptionGapBarsLayout): string {
  const { lineHeight, margin } = chartLayout;
  const styleA = seriesStyles[0] as SeriesStyle;
  const styleB = seriesStyles[1] as SeriesStyle;
  const draw = (prefix: string) => {
    const hatch = `${prefix}-hatch`;
    // The first group solid, the second hatched: they tell apart without colour.
    const paints = [
      { fill: styleA.colour, stroke: styleA.colour },
      { fill: `url(#${hatch})`, stroke: styleB.colour },
    ];
    const parts: string[] = [`<defs>${hatchPattern(hatch, styleB.colour)}</defs>`];
    layout.legend.forEach((entry, index) => {
      parts.push(
        index === 0
          ? rect(margin, entry.top, 14, 10, { fill: styleA.colour })
          : rect(margin, entry.top, 14, 10, paints[1] as (typeof paints)[number]),
      );
      entry.lines.forEach((words, lineIndex) => {
        parts.push(text(margin + 22, entry.top + 9 + lineIndex * lineHeight, words, { fill: '#1a1a1a' }));
      });
    });
    const { axis } = layout;
    for (const level of axis.levels) {
      parts.push(line(level.x, axis.gridTop, level.x, axis.top, { stroke: '#e0e0e0', 'stroke-width': 1 }));
      parts.push(text(level.x, axis.top + 16, level.words, { 'text-anchor': 'middle', fill: '#444444' }));
    }
    parts.push(text(axis.title.x, axis.title.y, axis.title.words, { 'text-anchor': 'middle', fill: '#444444' }));
    for (const row of layout.rows) {
      parts.push(rowTexts(row.placed));
      row.bars.forEach((bar, index) => {
        if (bar.end === null) {
          parts.push(text(bar.left + 4, bar.top + 11, bar.words, { fill: '#444444' }));
          return;
        }
        parts.push(rect(bar.left, bar.top, bar.end - bar.left, 13, paints[index] as (typeof paints)[number]));
        parts.push(text(bar.end + 4, bar.top + 11, bar.words, { fill: '#1a1a1a' }));
      });
    }
    return parts.join('\n');
  };
  // The layout carries the frame: its width, height, title, description and id.
  return svgChart({ ...layout, kind: 'perception-gaps', draw });
}
