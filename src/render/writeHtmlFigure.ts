import type { CheckedReportChart } from './CheckedReport';
import { chartBreakpoint } from './chartBreakpoint';
import { escapeXml } from './escapeXml';

/**
 * A chart as a figure with its caption. A chart with a narrow drawing carries both, and
 * the class of its width tells the page's styles which to show (see `writeChartFitRules`).
 *
 * @internal
 */
export function writeHtmlFigure(chart: CheckedReportChart): string[] {
  const drawings =
    chart.narrowSvg === undefined
      ? [`<figure id="chart-${chart.id}">`, chart.svg]
      : [
          `<figure id="chart-${chart.id}" class="fit-${chartBreakpoint(chart.svg)}">`,
          '<div class="chart-wide">',
          chart.svg,
          '</div>',
          '<div class="chart-narrow">',
          chart.narrowSvg,
          '</div>',
        ];
  return [...drawings, `<figcaption>${escapeXml(chart.caption)}</figcaption>`, '</figure>'];
}
