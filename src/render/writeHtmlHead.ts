import type { CheckedReport } from './CheckedReport';
import { escapeXml } from './escapeXml';
import { htmlReportStyles } from './htmlReportStyles';
import { writeChartFitRules } from './writeChartFitRules';

/** The page's content-security policy: nothing may load or run but the inline styles. */
const contentSecurityPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** @internal The HTML report's lines up to its body: the page's policy, title and styles. */
export function writeHtmlHead(checked: CheckedReport): string[] {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    // A second wall behind the chart check: even markup that slipped through could not run
    // a script, load a style sheet or fetch anything; inline styles and data: images only.
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeXml(checked.title)}</title>`,
    `<style>\n${[htmlReportStyles, ...writeChartFitRules(checked.sections)].join('\n')}\n</style>`,
    '</head>',
  ];
}
