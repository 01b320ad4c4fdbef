import { chartLayout } from './chartLayout';
import type { ScoreSeriesPanelsLayout } from './ScoreSeriesPanelsLayout';
import { drawSeriesPlot } from './scoreSeriesPlot';
import { seriesSwatch } from './seriesStyles';
import { svgChart } from './svgChart';
import { line, rect, text } from './svgElements';

/**
 * Draws a laid-out score series panel chart as SVG: the unit line, each panel's heading
 * and plot, and the legend's swatches and words.
 *
 * @internal
 */
export function drawScoreSeriesPanels(layout: ScoreSeriesPanelsLayout): string {
  const { lineHeight, margin } = chartLayout;
  const { style } = layout;
  const draw = () => {
    const parts: string[] = [text(layout.unitLabel.x, layout.unitLabel.y, layout.unitLabel.words, { fill: '#444444' })];
    for (const panel of layout.panels) {
      for (const heading of panel.heading) {
        parts.push(text(heading.x, heading.y, heading.words, { 'font-weight': 'bold', fill: '#1a1a1a' }));
      }
      parts.push(drawSeriesPlot(panel.plot));
    }
    for (const entry of layout.legend) {
      const middle = entry.middle;
      if (entry.kind === 'series') parts.push(seriesSwatch(margin, middle, style));
      else if (entry.kind === 'reference')
        parts.push(line(margin, middle, margin + 24, middle, { stroke: '#9e9e9e', 'stroke-width': 1.5 }));
      else if (entry.kind === 'shade') parts.push(rect(margin, middle - 7, 24, 14, { fill: '#f6dcc0' }));
      else if (entry.kind === 'band')
        parts.push(rect(margin, middle - 6, 24, 12, { fill: style.colour, 'fill-opacity': 0.14 }));
      else
        parts.push(
          `<circle cx="${margin + 12}" cy="${middle}" r="3.5" fill="#ffffff" stroke="${style.colour}" stroke-width="1.5"/>`,
        );
      entry.lines.forEach((words, lineIndex) => {
        parts.push(text(margin + 34, middle + 4 + lineIndex * lineHeight, words, { fill: '#1a1a1a' }));
      });
    }
    return parts.join('\n');
  };
  // The layout carries the frame: its width, height, title, description and id.
  return svgChart({ ...layout, kind: 'score-panels', draw });
}
