import type { ChartFrame } from './ChartFrame';
import { chartLayout } from './chartLayout';
import { escapeXml } from './escapeXml';
import { coordinate } from './formatNumber';
import { wrapText } from './wrapText';

// FNV-1a, 32 bits: a short, stable digest of the chart's content for its default id.
function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * Wraps a chart body in an accessible SVG: explicit `width`, `height` and `viewBox`,
 * `role="img"`, a `<title>` and a `<desc>` named by `aria-labelledby`, and the title
 * drawn at the top. `draw` receives the id prefix to use for any ids it defines, and
 * draws as if the title took one line: a title too long for the width wraps onto more
 * lines (never widening the chart, which a phone would then shrink), and the body moves
 * down by the extra lines, the chart growing taller by as much.
 *
 * @internal
 */
export function svgChart(
  chart: ChartFrame & { readonly kind: string; readonly draw: (prefix: string) => string },
): string {
  // The description states every value the chart shows, so title and description tell
  // charts apart: equal charts get equal ids, different ones (almost surely) do not.
  // The width is part of it too: a report holds a chart drawn wide and narrow, whose ids
  // (and the patterns they name) must not collide.
  const prefix = chart.id ?? `${chart.kind}-${digest(`${chart.title}\n${chart.width}\n${chart.description}`)}`;
  const { margin, titleSize, titleLineHeight } = chartLayout;
  const titleLines = wrapText(chart.title, titleSize, chart.width - 2 * margin, true);
  const shift = (titleLines.length - 1) * titleLineHeight;
  const width = coordinate(chart.width);
  const height = coordinate(chart.height + shift);
  const body = chart.draw(prefix);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${prefix}-title ${prefix}-desc" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="12">`,
    `<title id="${prefix}-title">${escapeXml(chart.title)}</title>`,
    `<desc id="${prefix}-desc">${escapeXml(chart.description)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...titleLines.map(
      (line, index) =>
        `<text x="${margin}" y="${coordinate(22 + index * titleLineHeight)}" font-size="${titleSize}" font-weight="bold" fill="#1a1a1a">${escapeXml(line)}</text>`,
    ),
    shift === 0 ? body : `<g transform="translate(0 ${coordinate(shift)})">\n${body}\n</g>`,
    '</svg>',
  ].join('\n');
}
