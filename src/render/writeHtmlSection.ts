import type { CheckedReportSection } from './CheckedReport';
import { escapeXml } from './escapeXml';
import { writeHtmlFigure } from './writeHtmlFigure';
import { writeHtmlFindings } from './writeHtmlFindings';
import { writeHtmlKeyPoints } from './writeHtmlKeyPoints';
import { writeHtmlTable } from './writeHtmlTable';

/** @internal One section of the HTML report: its heading, summary, key points, charts, tables and findings. */
export function writeHtmlSection(section: CheckedReportSection): string[] {
  return [
    `<section id="section-${section.id}" aria-labelledby="section-${section.id}-heading">`,
    `<h2 id="section-${section.id}-heading">${escapeXml(section.title)}</h2>`,
    ...section.summary.map((paragraph) => `<p>${escapeXml(paragraph)}</p>`),
    ...writeHtmlKeyPoints(section.points),
    ...section.charts.flatMap((chart) => writeHtmlFigure(chart)),
    ...section.tables.flatMap((table) => writeHtmlTable(table)),
    ...writeHtmlFindings(section),
    '</section>',
  ];
}
