import { formatPath } from '../core/errors/formatPath';
import { escapeXml } from './escapeXml';
import type { Report } from './Report';
import { findingSource, readReport } from './readReport';

// Inline styles only: the file must open anywhere, offline, and print cleanly.
const styles = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #1a1a1a; background: #ffffff; line-height: 1.5; max-width: 960px; margin: 0 auto; padding: 24px; }
h1 { font-size: 1.8rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.35rem; border-bottom: 1px solid #d0d0d0; padding-bottom: 0.2rem; margin-top: 2.2rem; }
h3 { font-size: 1.05rem; }
.subtitle { font-size: 1.1rem; color: #444444; margin-top: 0; }
.for { color: #444444; }
nav ol { padding-left: 1.4rem; }
figure { margin: 1.2rem 0; }
figure svg { max-width: 100%; height: auto; display: block; }
figcaption { color: #444444; font-size: 0.9rem; margin-top: 0.3rem; }
table { border-collapse: collapse; margin: 1rem 0; font-size: 0.95rem; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.3rem; }
th, td { border: 1px solid #c8c8c8; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
th.number, td.number { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.word { white-space: nowrap; }
.findings { padding-left: 1.2rem; }
.findings li { margin-bottom: 0.5rem; }
.severity { font-weight: bold; }
.severity-error { color: #b00020; }
.severity-warning { color: #8a5300; }
.severity-info { color: #1f4e79; }
.hint { color: #444444; }
.file { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em; color: #444444; }
@media print {
  body { max-width: none; padding: 0; }
  nav { break-after: page; }
  section { break-before: page; }
  figure, table, .findings li { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`.trim();

/** The page's content-security policy: nothing may load or run but the inline styles. */
const contentSecurityPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

// A number, optionally signed or compared (< 0.001), with a short unit or a percent sign.
const numberCell = /^[<>≤≥]? ?[-+−]?\d[\d,]*(\.\d+)?(e[-+]?\d+)? ?(%|[a-z]{1,5})?$/;

const severityWords: Readonly<Record<string, string>> = { error: 'Error', warning: 'Warning', info: 'Info' };

/**
 * Writes a report as one self-contained HTML file: inline CSS (with print rules: the
 * contents on its own page, each section starting a page, no chart or table split), the
 * charts' SVG inline, a table of contents linking every section, tables with captions
 * and column headers, and findings most serious first with rule id, path and hint. No
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
  const parts: string[] = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    // A second wall behind the chart check: even markup that slipped through could not run
    // a script, load a style sheet or fetch anything; inline styles and data: images only.
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeXml(checked.title)}</title>`,
    `<style>\n${styles}\n</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeXml(checked.title)}</h1>`,
  ];
  if (checked.subtitle !== undefined) parts.push(`<p class="subtitle">${escapeXml(checked.subtitle)}</p>`);
  if (checked.generatedFor !== undefined)
    parts.push(`<p class="for">Prepared for ${escapeXml(checked.generatedFor)}.</p>`);
  parts.push('</header>', '<nav aria-labelledby="contents">', '<h2 id="contents">Contents</h2>', '<ol>');
  for (const section of checked.sections) {
    parts.push(`<li><a href="#section-${section.id}">${escapeXml(section.title)}</a></li>`);
  }
  parts.push('</ol>', '</nav>', '<main>');
  for (const section of checked.sections) {
    parts.push(
      `<section id="section-${section.id}" aria-labelledby="section-${section.id}-heading">`,
      `<h2 id="section-${section.id}-heading">${escapeXml(section.title)}</h2>`,
    );
    for (const paragraph of section.summary) parts.push(`<p>${escapeXml(paragraph)}</p>`);
    for (const chart of section.charts) {
      parts.push(
        `<figure id="chart-${chart.id}">`,
        chart.svg,
        `<figcaption>${escapeXml(chart.caption)}</figcaption>`,
        '</figure>',
      );
    }
    for (const table of section.tables) {
      // A column of numbers (with a unit or a percent sign at most) is set right-aligned in
      // even-width digits and never wrapped, so "65.0 d" stays on one line and decimals align.
      const numeric = table.columns.map(
        (_, column) =>
          table.rows.some((row) => row[column] !== '') &&
          table.rows.every(
            (row) => row[column] === '' || row[column] === '–' || numberCell.test(row[column] as string),
          ),
      );
      // A column of single words (ids, dates, codes) does not break them at their hyphens.
      const unbroken = table.columns.map((_, column) =>
        table.rows.every((row) => !/\s/.test(row[column] as string) && (row[column] as string).length <= 40),
      );
      const cellClass = (column: number) =>
        numeric[column] ? ' class="number"' : unbroken[column] ? ' class="word"' : '';
      parts.push('<table>', `<caption>${escapeXml(table.caption)}</caption>`, '<thead><tr>');
      table.columns.forEach((column, index) => {
        parts.push(`<th scope="col"${numeric[index] ? ' class="number"' : ''}>${escapeXml(column)}</th>`);
      });
      parts.push('</tr></thead>', '<tbody>');
      for (const row of table.rows) {
        parts.push(`<tr>${row.map((cell, index) => `<td${cellClass(index)}>${escapeXml(cell)}</td>`).join('')}</tr>`);
      }
      parts.push('</tbody>', '</table>');
    }
    if (section.findings.length > 0) {
      // A heading sets the findings apart from charts and tables; alone, they need none.
      const alone = section.charts.length === 0 && section.tables.length === 0;
      parts.push(...(alone ? [] : ['<h3>Findings</h3>']), '<ul class="findings">');
      for (const finding of section.findings) {
        const severity = severityWords[finding.severity] ?? finding.severity;
        const where =
          finding.path.length === 0 ? '' : ` <span class="path">(at ${escapeXml(formatPath(finding.path))})</span>`;
        const hint = finding.hint === undefined ? '' : `<br><span class="hint">Hint: ${escapeXml(finding.hint)}</span>`;
        const source = findingSource(finding);
        const file = source === undefined ? '' : `<span class="file">${escapeXml(source)}</span> `;
        parts.push(
          `<li>${file}<span class="severity severity-${escapeXml(finding.severity)}">${escapeXml(severity)}</span> <code>${escapeXml(finding.rule)}</code>: ${escapeXml(finding.message)}${where}${hint}</li>`,
        );
      }
      parts.push('</ul>');
    }
    parts.push('</section>');
  }
  parts.push('</main>', '</body>', '</html>');
  return `${parts.join('\n')}\n`;
}
