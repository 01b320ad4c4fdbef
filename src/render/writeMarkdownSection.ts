import type { CheckedReportSection } from './CheckedReport';
import type { MarkdownReportOptions } from './MarkdownReportOptions';
import { markdownParagraph, markdownText } from './markdownText';
import { writeMarkdownChart } from './writeMarkdownChart';
import { writeMarkdownFinding } from './writeMarkdownFinding';
import { writeMarkdownKeyPoints } from './writeMarkdownKeyPoints';
import { writeMarkdownTable } from './writeMarkdownTable';

/** @internal A section's findings, most serious first; set apart by a heading when charts or tables precede them. */
function writeMarkdownFindings(section: CheckedReportSection): string[] {
  if (section.findings.length === 0) return [];
  const heading = section.charts.length > 0 || section.tables.length > 0 ? ['### Findings', ''] : [];
  return [...heading, ...section.findings.map(writeMarkdownFinding), ''];
}

/** @internal One section of the Markdown report: its anchor and heading, summary, key points, charts, tables and findings. */
export function writeMarkdownSection(
  section: CheckedReportSection,
  chartFile: MarkdownReportOptions['chartFile'],
): string[] {
  return [
    // An explicit anchor: Markdown renderers derive heading anchors differently.
    `<a id="section-${section.id}"></a>`,
    '',
    `## ${markdownText(section.title)}`,
    '',
    ...section.summary.flatMap((paragraph) => [markdownParagraph(paragraph), '']),
    ...writeMarkdownKeyPoints(section.points),
    ...section.charts.flatMap((chart) => writeMarkdownChart(chart, chartFile)),
    ...section.tables.flatMap(writeMarkdownTable),
    ...writeMarkdownFindings(section),
  ];
}
