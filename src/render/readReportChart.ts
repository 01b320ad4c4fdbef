import type { PropertyPath } from '../core/errors/PropertyPath';
import type { CheckedReportChart } from './CheckedReport';
import { raiseRender } from './messages';
import { readChartSvg } from './readChartSvg';
import { readReportId } from './readReportId';
import { readReportText } from './readReportText';

/**
 * Checks one chart of a section: its id (by default `<section>-chart-<n>`, counting from
 * 1), unique across the report since it names the chart's anchor and file; both its
 * drawings made inert; and its caption.
 *
 * @internal
 */
export function readReportChart(
  chart: unknown,
  sectionId: string,
  chartIndex: number,
  path: PropertyPath,
  chartIds: Set<string>,
): CheckedReportChart {
  const given = (chart ?? {}) as { id?: unknown; svg?: unknown; narrowSvg?: unknown; caption?: unknown };
  const id = given.id === undefined ? `${sectionId}-chart-${chartIndex + 1}` : readReportId(given.id, [...path, 'id']);
  if (chartIds.has(id)) raiseRender('DUPLICATE_ID', ['Chart id', id], { path: [...path, 'id'] });
  chartIds.add(id);
  return {
    id,
    svg: readChartSvg(given.svg, [...path, 'svg']),
    narrowSvg: given.narrowSvg === undefined ? undefined : readChartSvg(given.narrowSvg, [...path, 'narrowSvg']),
    caption: readReportText(given.caption, [...path, 'caption']),
  };
}
