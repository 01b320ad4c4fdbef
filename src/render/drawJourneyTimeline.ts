import type { JourneyTimelineLayout } from './JourneyTimelineLayout';
import { rowTexts } from './rowTexts';
import { svgChart } from './svgChart';
import { line, rect, text } from './svgElements';

const endColour = '#b34700';

// Controlled steps are solid, the others outlined and dashed: they tell apart without colour.
function paintOf(controlled: boolean) {
  return controlled
    ? { fill: '#1f4e79', stroke: '#1f4e79' }
    : { fill: '#ffffff', stroke: '#37474f', 'stroke-dasharray': '4 2', 'stroke-width': 1.5 };
}

/**
 * Draws a laid-out journey timeline as SVG: the note, the legend, the time axis, the
 * median end down the chart, then each row's texts and its bar or whisker.
 *
 * @internal
 */
export function drawJourneyTimeline(layout: JourneyTimelineLayout): string {
  const draw = () => {
    const parts: string[] = layout.note.map((noteLine) =>
      text(noteLine.x, noteLine.y, noteLine.words, { fill: '#444444' }),
    );
    for (const entry of layout.legend) {
      parts.push(rect(entry.x, entry.y - 4, 24, 12, paintOf(entry.controlled)));
      parts.push(text(entry.x + 32, entry.y + 6, entry.words, { fill: '#1a1a1a' }));
    }
    const { axis, endX } = layout;
    for (const tick of axis.ticks) {
      parts.push(line(tick.x, axis.gridTop, tick.x, axis.top, { stroke: '#e6e6e6', 'stroke-width': 1 }));
      parts.push(text(tick.label.x, tick.label.y, tick.words, { 'text-anchor': tick.label.anchor, fill: '#444444' }));
    }
    parts.push(line(axis.left, axis.top, axis.right, axis.top, { stroke: '#555555', 'stroke-width': 1 }));
    parts.push(text(axis.title.x, axis.title.y, axis.title.words, { 'text-anchor': 'middle', fill: '#333333' }));
    // The median end, down the whole chart: where a typical customer has the engine back.
    parts.push(
      line(endX, axis.gridTop, endX, axis.top, { stroke: endColour, 'stroke-width': 1.5, 'stroke-dasharray': '5 3' }),
    );
    for (const { placed, mark } of layout.rows) {
      parts.push(rowTexts(placed));
      if (mark.kind === 'bar') {
        parts.push(rect(mark.x, mark.y, mark.width, mark.height, paintOf(mark.controlled)));
      } else if (mark.kind === 'whisker') {
        const { low, high, middle } = mark;
        const stroke = { stroke: endColour, 'stroke-width': 2 };
        parts.push(line(low, middle, high, middle, stroke));
        parts.push(line(low, middle - 6, low, middle + 6, stroke));
        parts.push(line(high, middle - 6, high, middle + 6, stroke));
        parts.push(rect(endX - 5, middle - 5, 10, 10, { fill: endColour, stroke: endColour }));
      }
    }
    return parts.join('\n');
  };
  // The layout carries the frame: its width, height, title, description and id.
  return svgChart({ ...layout, kind: 'journey-timeline', draw });
}
