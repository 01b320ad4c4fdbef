import type { CheckedReportPoint } from './CheckedReport';
import { markdownText } from './markdownText';

/** @internal A section's key points as a list, each label a link to its section when it has one. */
export function writeMarkdownKeyPoints(points: readonly CheckedReportPoint[]): string[] {
  if (points.length === 0) return [];
  const lines = points.map((point) => {
    const label =
      point.section === undefined
        ? `**${markdownText(point.label)}**`
        : `**[${markdownText(point.label)}](#section-${point.section})**`;
    return `- ${label}: ${markdownText(point.text)}`;
  });
  return [...lines, ''];
}
