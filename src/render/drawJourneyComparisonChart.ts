import { chartLayout } from './chartLayout';
import { formatNumber } from './formatNumber';
import type { JourneyComparisonChartLayout } from './JourneyComparisonChartLayout';
import { rowTexts } from './rowTexts';
import { svgChart } from './svgChart';
import { line, rect, text } from './svgElements';

// Before is hollow, thin and gray; after filled, thick and dark: the two tell apart without color.
const sides = {
  before: { colour: '#757575', width: 1.5, hollow: true },
  after: { colour: '#1f4e79', width: 3, hollow: false },
} as const;

/**
 * Draws a laid-out journey comparison as SVG: the note, the legend, the marked step's
 * shading, the time axis, then each row's texts and both sides' intervals and medians.
 *
 * @internal
 */
export function drawJourneyComparisonChart(layout: JourneyComparisonChartLayout): string {
  const { lineHeight, margin } = chartLayout;
  const draw = () => {
    const parts: string[] = layout.note.map((noteLine) =>
      text(noteLine.x, noteLine.y, noteLine.words, { fill: '#444444' }),
    );
    for (const entry of layout.legend) {
      const middle = entry.middle;
      if (entry.kind === 'shade') parts.push(rect(margin, middle - 7, 24, 14, { fill: '#fbe3c8' }));
      else {
        const side = sides[entry.kind];
        parts.push(line(margin, middle, margin + 24, middle, { stroke: side.colour, 'stroke-width': side.width }));
        parts.push(
          `<circle cx="${margin + 12}" cy="${middle}" r="4.5" fill="${side.hollow ? '#ffffff' : side.colour}" stroke="${side.colour}" stroke-width="1.5"/>`,
        );
      }
      entry.lines.forEach((words, lineIndex) => {
        parts.push(text(margin + 34, middle + 4 + lineIndex * lineHeight, words, { fill: '#1a1a1a' }));
      });
    }
    for (const shade of layout.shades)
      parts.push(rect(shade.x, shade.y, shade.width, shade.height, { fill: '#fbe3c8' }));
    const { axis } = layout;
    for (const tick of axis.ticks) {
      parts.push(line(tick.x, axis.gridTop, tick.x, axis.top, { stroke: '#e6e6e6', 'stroke-width': 1 }));
      parts.push(text(tick.label.x, tick.label.y, tick.words, { 'text-anchor': tick.label.anchor, fill: '#444444' }));
    }
    parts.push(line(axis.left, axis.top, axis.right, axis.top, { stroke: '#555555', 'stroke-width': 1 }));
    parts.push(text(axis.title.x, axis.title.y, axis.title.words, { 'text-anchor': 'middle', fill: '#333333' }));
    for (const row of layout.rows) {
      parts.push(rowTexts(row.placed));
      for (const marks of row.sides) {
        const style = sides[marks.side];
        parts.push(line(marks.p5, marks.y, marks.p95, marks.y, { stroke: style.colour, 'stroke-width': style.width }));
        parts.push(
          `<circle cx="${formatNumber(marks.p50, 2)}" cy="${formatNumber(marks.y, 2)}" r="4.5" fill="${style.hollow ? '#ffffff' : style.colour}" stroke="${style.colour}" stroke-width="1.5"/>`,
        );
      }
    }
    return parts.join('\n');
  };
  // The layout carries the frame: its width, height, title, description and id.
  return svgChart({ ...layout, kind: 'journey-comparison', draw });
}
