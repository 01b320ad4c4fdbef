import { formatPath } from '../core/errors/formatPath';
import { escapeXml } from './escapeXml';
import { findingSource } from './findingSource';
import type { Report } from './Report';
import { readReport } from './readReport';

// Inline styles only: the file must open anywhere, offline, and print cleanly. From a
// phone's 360 px up nothing scrolls sideways: long words break, tables become one card
// per row, and each chart that has a narrow drawing shows it where the wide one would
// not fit at its own width (the rules per width are added below).
const styles = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #1a1a1a; background: #ffffff; line-height: 1.5; max-width: 960px; margin: 0 auto; padding: 24px; overflow-wrap: anywhere; }
h1 { font-size: 1.8rem; margin-bottom: 0.2rem; overflow-wrap: normal; }
h2 { font-size: 1.35rem; border-bottom: 1px solid #d0d0d0; padding-bottom: 0.2rem; margin-top: 2.2rem; }
h3 { font-size: 1.05rem; }
.subtitle { font-size: 1.1rem; color: #444444; margin-top: 0; }
.for { color: #444444; }
nav ol { padding-left: 1.4rem; }
.points { padding-left: 1.2rem; }
.points li { margin-bottom: 0.6rem; }
.points .label { font-weight: bold; }
figure { margin: 1.2rem 0; }
figure svg { max-width: 100%; height: auto; display: block; }
figure .chart-narrow { display: none; }
figure .chart-narrow svg { width: 100%; max-width: 520px; }
figcaption { color: #444444; font-size: 0.9rem; margin-top: 0.3rem; }
table { border-collapse: collapse; margin: 1rem 0; font-size: 0.95rem; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.3rem; }
th, td { border: 1px solid #c8c8c8; padding: 4px 8px; text-align: left; vertical-align: top; overflow-wrap: normal; }
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
@media (max-width: 480px) {
  body { padding: 16px; }
  h1 { font-size: 1.5rem; }
}
@media (max-width: 720px) {
  table, tbody, tr, td, caption { display: block; }
  thead { display: none; }
  tr { border: 1px solid #c8c8c8; margin-bottom: 0.6rem; }
  td, td.word, td.number { border: none; border-bottom: 1px solid #eeeeee; text-align: left; white-space: normal; overflow-wrap: anywhere; }
  td:last-child { border-bottom: none; }
  td::before { content: attr(data-label) ": "; font-weight: bold; }
}
@media print {
  body { max-width: none; padding: 0; }
  nav { break-before: page; break-after: page; }
  main > section ~ section { break-before: page; }
  figure, table, .findings li { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`.trim();

// Page margins either side, in px, as the styles above set them.
const pagePadding = { wide: 24, narrow: 16, narrowBelow: 480 } as const;

/**
 * The screen width below which a chart's wide drawing would have to shrink to fit the
 * page (so its text would read smaller than drawn), and the narrow one is shown instead.
 */
function chartBreakpoint(svg: string): number {
  const width = Number(/^<svg\b[^>]*?\swidth="([\d.]+)"/.exec(svg)?.[1] ?? '0');
  const padding = width + 2 * pagePadding.wide < pagePadding.narrowBelow ? pagePadding.narrow : pagePadding.wide;
  return Math.ceil(width + 2 * padding);
}

/** The page's content-security policy: nothing may load or run but the inline styles. */
const contentSecurityPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

// A number, optionally signed or compared (< 0.001), with a short unit or a percent sign.
const numberCell = /^[<>≤≥]? ?[-+−]?\d[\d,]*(\.\d+)?(e[-+]?\d+)? ?(%|[a-z]{1,5})?$/;

const severityWords: Readonly<Record<string, string>> = { error: 'Error', warning: 'Warning', info: 'Info' };

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
  const breakpoints = [
    ...new Set(
      checked.sections.flatMap((section) =>
        section.charts.flatMap((chart) => (chart.narrowSvg === undefined ? [] : [chartBreakpoint(chart.svg)])),
      ),
    ),
  ].sort((left, right) => left - right);
  const chartRules = breakpoints.map(
    (breakpoint) =>
      `@media (max-width: ${breakpoint - 0.02}px) { .fit-${breakpoint} > .chart-wide { display: none; } .fit-${breakpoint} > .chart-narrow { display: block; } }`,
  );
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
    `<style>\n${[styles, ...chartRules].join('\n')}\n</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeXml(checked.title)}</h1>`,
  ];
  if (checked.subtitle !== undefined) parts.push(`<p class="subtitle">${escapeXml(checked.subtitle)}</p>`);
  if (checked.generatedFor !== undefined)
    parts.push(`<p class="for">Prepared for ${escapeXml(checked.generatedFor)}.</p>`);
  parts.push('</header>', '<main>');
  const contents = [
    '<nav aria-labelledby="contents">',
    '<h2 id="contents">Contents</h2>',
    '<ol>',
    ...checked.sections.map((section) => `<li><a href="#section-${section.id}">${escapeXml(section.title)}</a></li>`),
    '</ol>',
    '</nav>',
  ];
  // The first section opens the report (its summary); the contents follow it. A report
  // of one section starts with the contents.
  const contentsBefore = checked.sections.length === 1 ? 0 : 1;
  checked.sections.forEach((section, sectionIndex) => {
    if (sectionIndex === contentsBefore) parts.push(...contents);
    parts.push(
      `<section id="section-${section.id}" aria-labelledby="section-${section.id}-heading">`,
      `<h2 id="section-${section.id}-heading">${escapeXml(section.title)}</h2>`,
    );
    for (const paragraph of section.summary) parts.push(`<p>${escapeXml(paragraph)}</p>`);
    if (section.points.length > 0) {
      parts.push('<ul class="points">');
      for (const point of section.points) {
        const label =
          point.section === undefined
            ? `<span class="label">${escapeXml(point.label)}</span>`
            : `<a class="label" href="#section-${point.section}">${escapeXml(point.label)}</a>`;
        parts.push(`<li>${label}: ${escapeXml(point.text)}</li>`);
      }
      parts.push('</ul>');
    }
    for (const chart of section.charts) {
      if (chart.narrowSvg === undefined) {
        parts.push(`<figure id="chart-${chart.id}">`, chart.svg);
      } else {
        parts.push(
          `<figure id="chart-${chart.id}" class="fit-${chartBreakpoint(chart.svg)}">`,
          '<div class="chart-wide">',
          chart.svg,
          '</div>',
          '<div class="chart-narrow">',
          chart.narrowSvg,
          '</div>',
        );
      }
      parts.push(`<figcaption>${escapeXml(chart.caption)}</figcaption>`, '</figure>');
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
      // On a phone each row becomes a card, each cell led by its column's name.
      const labels = table.columns.map((column) => ` data-label="${escapeXml(column)}"`);
      parts.push('<table>', `<caption>${escapeXml(table.caption)}</caption>`, '<thead><tr>');
      table.columns.forEach((column, index) => {
        parts.push(`<th scope="col"${numeric[index] ? ' class="number"' : ''}>${escapeXml(column)}</th>`);
      });
      parts.push('</tr></thead>', '<tbody>');
      for (const row of table.rows) {
        parts.push(
          `<tr>${row.map((cell, index) => `<td${cellClass(index)}${labels[index]}>${escapeXml(cell)}</td>`).join('')}</tr>`,
        );
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
  });
  parts.push('</main>', '</body>', '</html>');
  return `${parts.join('\n')}\n`;
}
