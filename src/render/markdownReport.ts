import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import type { MarkdownReportOptions } from './MarkdownReportOptions';
import { raiseRender } from './messages';
import type { Report } from './Report';
import { readReport } from './readReport';
import { writeMarkdownContents } from './writeMarkdownContents';
import { writeMarkdownSection } from './writeMarkdownSection';
import { writeMarkdownTitle } from './writeMarkdownTitle';

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
  const lines = writeMarkdownTitle(checked);
  // The first section opens the report (its summary); the contents follow it. A report
  // of one section starts with the contents.
  const contentsBefore = checked.sections.length === 1 ? 0 : 1;
  checked.sections.forEach((section, sectionIndex) => {
    if (sectionIndex === contentsBefore) lines.push(...writeMarkdownContents(checked.sections));
    lines.push(...writeMarkdownSection(section, chartFile));
  });
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
