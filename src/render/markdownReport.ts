import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { formatPath } from '../core/errors/formatPath';
import { escapeXml } from './escapeXml';
import { findingSource } from './findingSource';
import { markdownParagraph, markdownText } from './markdownText';
import { raiseRender } from './messages';
import type { Report, ReportFinding } from './Report';
import { readReport } from './readReport';

/**
 * Options for {@link markdownReport}.
 *
 * @category Reports
 */
export interface MarkdownReportOptions {
  /**
   * Where each chart's SVG file will be, by chart id (relative to the Markdown file):
   * charts then appear as images, and the caller writes the files. Default: every chart
   * inline, as an HTML block.
   */
  readonly chartFile?: (chartId: string) => string;
}

const severityWords: Readonly<Record<string, string>> = { error: 'Error', warning: 'Warning', info: 'Info' };

/** @internal One finding as a Markdown list item. */
export function findingLine(finding: ReportFinding): string {
  const rule = /^[a-z0-9-]+\/[a-z0-9-]+$/i.test(finding.rule) ? `\`${finding.rule}\`` : markdownText(finding.rule);
  const where = finding.path.length === 0 ? '' : ` (at ${markdownText(formatPath(finding.path))})`;
  const hint = finding.hint === undefined ? '' : ` Hint: ${markdownText(finding.hint)}`;
  const source = findingSource(finding);
  const file = source === undefined ? '' : `${markdownText(source)} `;
  return `- ${file}**${severityWords[finding.severity] ?? markdownText(finding.severity)}** ${rule}: ${markdownText(finding.message)}${where}${hint}`;
}

/**
 * Writes a report as Markdown: the title, subtitle and who it is for; the first section
 * (the report's opening, such as its summary), then a list of contents; then each
 * section with its paragraphs, key points (each label a link to its section), charts (as images when `chartFile`
 * says where their files are, else inline SVG in an HTML block), tables with captions,
 * and findings most serious first with rule id, path and hint. All text is escaped, so a
 * label can neither open an HTML tag nor start Markdown emphasis, links or table cells.
 * Numbers in tables are written with at most four decimals.
 *
 * @param report - The report; see {@link Report}.
 * @param options - `chartFile`; see {@link MarkdownReportOptions}.
 * @returns The Markdown text, ending with a newline.
 * @throws `CxError` `NO_DATA` (no sections), `INVALID_INPUT` (a field of the wrong type, a row with the wrong number
 *   of cells, a bad id or chart path), `DUPLICATE_ID`, `UNSAFE_SVG` (a chart that is not one inert `<svg>` element),
 *   `NON_FINITE`, `UNKNOWN_OPTION`.
 *
 * @example
 * import { markdownReport } from 'cxkit/render';
 *
 * const markdown = markdownReport({
 *   title: 'CX report',
 *   sections: [
 *     {
 *       id: 'nps',
 *       title: 'Relationship NPS',
 *       summary: ['NPS dips every December.'],
 *       tables: [{ caption: 'By quarter', columns: ['Quarter', 'NPS'], rows: [['2026-Q3', 31.25], ['2026-Q4', 18]] }],
 *     },
 *   ],
 * });
 * markdown.split('\n').slice(0, 3) // => ['# CX report', '', '## Contents']
 * markdown.includes('| 2026-Q3 | 31.25 |') // => true
 * markdownReport({ title: 'Empty', sections: [] }) // throws CxError NO_DATA
 *
 * @category Reports
 */
export function markdownReport(report: Report, options: MarkdownReportOptions = {}): string {
  checkOptions(options, ['chartFile']);
  const { chartFile } = options;
  if (chartFile !== undefined && typeof chartFile !== 'function') {
    raiseRender('INVALID_OPTION', ['chartFile', 'a function from chart id to path', describeValue(chartFile)], {
      path: ['chartFile'],
    });
  }
  const checked = readReport(report);
  const lines: string[] = [`# ${markdownText(checked.title)}`, ''];
  if (checked.subtitle !== undefined) lines.push(`*${markdownText(checked.subtitle)}*`, '');
  if (checked.generatedFor !== undefined) lines.push(`Prepared for ${markdownText(checked.generatedFor)}.`, '');
  const contents = [
    '## Contents',
    '',
    ...checked.sections.map((section) => `- [${markdownText(section.title)}](#section-${section.id})`),
    '',
  ];
  // The first section opens the report (its summary); the contents follow it. A report
  // of one section starts with the contents.
  const contentsBefore = checked.sections.length === 1 ? 0 : 1;
  checked.sections.forEach((section, sectionIndex) => {
    if (sectionIndex === contentsBefore) lines.push(...contents);
    // An explicit anchor: Markdown renderers derive heading anchors differently.
    lines.push(`<a id="section-${section.id}"></a>`, '', `## ${markdownText(section.title)}`, '');
    for (const paragraph of section.summary) lines.push(markdownParagraph(paragraph), '');
    if (section.points.length > 0) {
      for (const point of section.points) {
        const label =
          point.section === undefined
            ? `**${markdownText(point.label)}**`
            : `**[${markdownText(point.label)}](#section-${point.section})**`;
        lines.push(`- ${label}: ${markdownText(point.text)}`);
      }
      lines.push('');
    }
    for (const chart of section.charts) {
      if (chartFile === undefined) {
        lines.push(
          `<figure id="chart-${chart.id}">`,
          chart.svg,
          `<figcaption>${escapeXml(chart.caption)}</figcaption>`,
          '</figure>',
          '',
        );
      } else {
        const path = chartFile(chart.id);
        if (typeof path !== 'string' || path.trim() === '' || /[<>\r\n]/.test(path)) {
          raiseRender(
            'INVALID_INPUT',
            [`chartFile("${chart.id}")`, 'a non-empty path without <, > or line breaks', describeValue(path)],
            { path: ['chartFile'] },
          );
        }
        lines.push(`![${markdownText(chart.caption)}](<${path}>)`, '', `*${markdownText(chart.caption)}*`, '');
      }
    }
    for (const table of section.tables) {
      lines.push(`**${markdownText(table.caption)}**`, '');
      lines.push(`| ${table.columns.map(markdownText).join(' | ')} |`);
      lines.push(`| ${table.columns.map(() => '---').join(' | ')} |`);
      for (const row of table.rows) lines.push(`| ${row.map(markdownText).join(' | ')} |`);
      lines.push('');
    }
    if (section.findings.length > 0) {
      // A heading sets the findings apart from charts and tables; alone, they need none.
      if (section.charts.length > 0 || section.tables.length > 0) lines.push('### Findings', '');
      for (const finding of section.findings) lines.push(findingLine(finding));
      lines.push('');
    }
  });
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
