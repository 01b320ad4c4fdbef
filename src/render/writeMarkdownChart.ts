import { describeValue } from '../core/errors/describeValue';
import type { CheckedReportChart } from './CheckedReport';
import { escapeXml } from './escapeXml';
import type { MarkdownReportOptions } from './MarkdownReportOptions';
import { markdownText } from './markdownText';
import { raiseRender } from './messages';

/**
 * @internal One chart: inline SVG in an HTML block, or, when `chartFile` says where its
 * file will be, an image with its caption. The path is checked: it goes into the
 * Markdown between angle brackets, which a `<`, `>` or line break would end.
 */
export function writeMarkdownChart(chart: CheckedReportChart, chartFile: MarkdownReportOptions['chartFile']): string[] {
  if (chartFile === undefined) {
    return [
      `<figure id="chart-${chart.id}">`,
      chart.svg,
      `<figcaption>${escapeXml(chart.caption)}</figcaption>`,
      '</figure>',
      '',
    ];
  }
  const path = chartFile(chart.id);
  if (typeof path !== 'string' || path.trim() === '' || /[<>\r\n]/.test(path)) {
    raiseRender(
      'INVALID_INPUT',
      [`chartFile("${chart.id}")`, 'a non-empty path without <, > or line breaks', describeValue(path)],
      { path: ['chartFile'] },
    );
  }
  return [`![${markdownText(chart.caption)}](<${path}>)`, '', `*${markdownText(chart.caption)}*`, ''];
}
