import type { Report } from './Report';
import { readReport } from './readReport';
import { writeHtmlContents } from './writeHtmlContents';
import { writeHtmlHead } from './writeHtmlHead';
import { writeHtmlSection } from './writeHtmlSection';
import { writeHtmlTitle } from './writeHtmlTitle';

/**
 * Writes a report as one self-contained HTML file: inline CSS (with print rules: the
 * contents on its own page, each section starting a page, no chart or table split), the
 * first section (the report's opening, such as its summary) before a table of contents
 * linking every section, key points whose labels link to their sections, the charts' SVG
 * inline, tables with captions and column headers, and findings most serious first with
 * rule id, path and hint. It reads from a phone's 360 px up without scrolling sideways:
 * long words break, each table row becomes a card on a narrow screen, and a chart with a
 * `narrowSvg` shows that drawing wherever its wide one would have to shrink below its own
 * width. No
 * script and no external URL, so it opens offline; the page carries its own content
 * security policy (`default-src 'none'; style-src 'unsafe-inline'; img-src data:`), so a
 * browser would refuse to run or fetch anything even if something slipped in. All text is
 * escaped, and each chart's SVG is parsed as XML and re-written from an allow-list of
 * inert SVG elements and attributes: no scripts, event handlers, animation, links,
 * foreign objects, CSS or references outside the chart (see the security guide). Numbers in tables are written with at most four decimals.
 *
 * @param report - The report; see {@link Report}.
 * @returns The HTML document, ending with a newline.
 * @throws `CxError` `NO_DATA` (no sections), `INVALID_INPUT`, `DUPLICATE_ID`, `UNSAFE_SVG` (a chart that is not one
 *   inert `<svg>` element), `NON_FINITE`.
 *
 * @example
 * import { htmlReport } from 'cxkit/render';
 *
 * const html = htmlReport({
 *   title: 'CX report <2026>',
 *   sections: [{ id: 'journeys', title: 'Journeys', summary: ['The shop got faster; customers did not notice.'] }],
 * });
 * html.startsWith('<!doctype html>') // => true
 * html.includes('<title>CX report &lt;2026&gt;</title>') // => true
 * html.includes('<a href="#section-journeys">Journeys</a>') // => true
 * html.includes('<script') // => false
 *
 * @category Reports
 */
export function htmlReport(report: Report): string {
  const checked = readReport(report);
  // The first section opens the report (its summary); the contents follow it. A report
  // of one section starts with the contents.
  const contentsBefore = checked.sections.length === 1 ? 0 : 1;
  const parts = [
    ...writeHtmlHead(checked),
    '<body>',
    ...writeHtmlTitle(checked),
    '<main>',
    ...checked.sections.flatMap((section, sectionIndex) => [
      ...(sectionIndex === contentsBefore ? writeHtmlContents(checked.sections) : []),
      ...writeHtmlSection(section),
    ]),
    '</main>',
    '</body>',
    '</html>',
  ];
  return `${parts.join('\n')}\n`;
}
