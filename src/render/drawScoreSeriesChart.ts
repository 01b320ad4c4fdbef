import { chartLayout } from './chartLayout';
import type { ScoreSeriesChartLayout } from './ScoreSeriesChartLayout';
import { drawSeriesPlot } from './scoreSeriesPlot';
import { marker, type SeriesStyle, seriesStyles, seriesSwatch } from './seriesStyles';
import { svgChart } from './svgChart';
import { line, rect, text } from './svgElements';

/**
 * Draws a laid-out score series chart as SVG: the unit, the plot, the series' names at
 * their lines and the legend's swatches and words.
 *
 * @internal
 */
export function drawScoreSeriesChart(layout: ScoreSeriesChartLayout): string {
  const { lineHeight, margin } = chartLayout;
  const draw = () => {
    const parts: string[] = [
      text(layout.unitLabel.x, layout.unitLabel.y, layout.unitLabel.words, { fill: '#444444' }),
      drawSeriesPlot(layout.plot),
    ];
    for (const label of layout.endLabels) {
      parts.push(text(label.x, label.y, label.words, { fill: label.colour, 'font-weight': 'bold' }));
    }
    // The notes' swatches are drawn in the neutral style, so they do not read as a series.
    const neutral = seriesStyles[seriesStyles.length - 1] as SeriesStyle;
    for (const entry of layout.legend) {
      const middle = entry.middle;
      if (entry.kind === 'series' && entry.style !== undefined) parts.push(seriesSwatch(margin, middle, entry.style));
      else if (entry.kind === 'shade') parts.push(rect(margin, middle - 7, 24, 14, { fill: '#f6dcc0' }));
      else if (entry.kind === 'band')
        parts.push(rect(margin, middle - 6, 24, 12, { fill: neutral.colour, 'fill-opacity': 0.14 }));
      else if (entry.kind === 'hollow') parts.push(marker('circle', margin + 12, middle, neutral.colour, true));
      else
        parts.push(
          line(margin, middle, margin + 24, middle, {
            stroke: neutral.colour,
            'stroke-width': 1,
            'stroke-dasharray': '1 4',
            'stroke-linecap': 'round',
          }),
        );
      entry.lines.forEach((words, lineIndex) => {
        parts.push(text(margin + 34, middle + 4 + lineIndex * lineHeight, words, { fill: '#1a1a1a' }));
      });
    }
    return parts.join('\n');
  };
  // The layout carries the frame: its width, height, title, description and id.
  return svgChart({ ...layout, kind: 'score-series', draw });
}
