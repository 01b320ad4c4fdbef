import { escapeXml } from './escapeXml';
import { coordinate } from './formatNumber';
import { textWidth } from './textWidth';

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
 * drawn at the top. `draw` receives the id prefix to use for any ids it defines.
 *
 * @internal
 */
export function svgChart(chart: {
  readonly kind: string;
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly description: string;
  readonly id: string | undefined;
  readonly draw: (prefix: string) => string;
}): string {
  // The description states every value the chart shows, so title and description tell
  // charts apart: equal charts get equal ids, different ones (almost surely) do not.
  const prefix = chart.id ?? `${chart.kind}-${digest(`${chart.title}\n${chart.description}`)}`;
  // A title longer than the chart is wide widens it: the title is never cut off.
  const width = coordinate(Math.max(chart.width, 12 + textWidth(chart.title, 15, true) + 12));
  const height = coordinate(chart.height);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${prefix}-title ${prefix}-desc" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="12">`,
    `<title id="${prefix}-title">${escapeXml(chart.title)}</title>`,
    `<desc id="${prefix}-desc">${escapeXml(chart.description)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="12" y="22" font-size="15" font-weight="bold" fill="#1a1a1a">${escapeXml(chart.title)}</text>`,
    chart.draw(prefix),
    '</svg>',
  ].join('\n');
}
