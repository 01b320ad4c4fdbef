import type { CheckedReportPoint } from './CheckedReport';
import { escapeXml } from './escapeXml';

/** @internal A section's key points as a list, each label a link to its section when it names one. */
export function writeHtmlKeyPoints(points: readonly CheckedReportPoint[]): string[] {
  if (points.length === 0) return [];
  const items = points.map((point) => {
    const label =
      point.section === undefined
        ? `<span class="label">${escapeXml(point.label)}</span>`
        : `<a class="label" href="#section-${point.section}">${escapeXml(point.label)}</a>`;
    return `<li>${label}: ${escapeXml(point.text)}</li>`;
  });
  return ['<ul class="points">', ...items, '</ul>'];
}
