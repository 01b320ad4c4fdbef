import type { PortfolioChartLayout } from './PortfolioChartLayout';
import { rowTexts } from './rowTexts';
import { hatchPattern } from './seriesStyles';
import { svgChart } from './svgChart';
import { line, rect, text } from './svgElements';

/**
 * Draws a laid-out portfolio chart as SVG: the headline and note, the headings and ticks,
 * each row's texts and bars (solid when funded, hatched when excluded) and the budget.
 *
 * @internal
 */
export function drawPortfolioChart(layout: PortfolioChartLayout): string {
  const draw = (prefix: string) => {
    const hatch = `${prefix}-hatch`;
    const parts: string[] = [`<defs>${hatchPattern(hatch, '#6d6d6d')}</defs>`];
    for (const entry of layout.headline) {
      parts.push(text(entry.x, entry.y, entry.words, { fill: '#1a1a1a', 'font-weight': 'bold' }));
    }
    for (const entry of layout.note) parts.push(text(entry.x, entry.y, entry.words, { fill: '#444444' }));
    for (const { placement, words } of layout.headings) {
      parts.push(
        text(placement.x, placement.y, words, {
          'text-anchor': placement.anchor,
          fill: '#333333',
          'font-weight': 'bold',
        }),
      );
    }
    for (const tick of layout.ticks) {
      parts.push(line(tick.x, tick.top, tick.x, tick.bottom, { stroke: '#eeeeee' }));
      parts.push(text(tick.label.x, tick.label.y, tick.words, { 'text-anchor': tick.label.anchor, fill: '#444444' }));
    }
    for (const row of layout.rows) {
      parts.push(rowTexts(row.placed));
      const paint = row.funded ? { fill: '#1f4e79', stroke: '#1f4e79' } : { fill: `url(#${hatch})`, stroke: '#6d6d6d' };
      for (const bar of row.bars) parts.push(rect(bar.x, bar.y, bar.width, bar.height, paint));
    }
    const budgetPaint = { stroke: '#b00020', 'stroke-width': 2, 'stroke-dasharray': '6 3' };
    for (const segment of layout.budget.segments) {
      parts.push(line(segment.x, segment.top, segment.x, segment.bottom, budgetPaint));
    }
    const { label } = layout.budget;
    if (label !== null) {
      parts.push(
        text(label.placement.x, label.placement.y, label.words, {
          'text-anchor': label.placement.anchor,
          fill: '#b00020',
          'font-weight': 'bold',
        }),
      );
    }
    return parts.join('\n');
  };
  // The layout carries the frame: its width, height, title, description and id.
  return svgChart({ ...layout, kind: 'portfolio', draw });
}
