import type { CheckedReportSection } from './CheckedReport';
import { escapeXml } from './escapeXml';

/** @internal The HTML report's table of contents: a link to every section, in order. */
export function writeHtmlContents(sections: readonly CheckedReportSection[]): string[] {
  return [
    '<nav aria-labelledby="contents">',
    '<h2 id="contents">Contents</h2>',
    '<ol>',
    ...sections.map((section) => `<li><a href="#section-${section.id}">${escapeXml(section.title)}</a></li>`),
    '</ol>',
    '</nav>',
  ];
}
