import type { PropertyPath } from '../core/errors/PropertyPath';
import { inertSvg } from './inertSvg';
import { raiseRender } from './messages';
import { readReportText } from './readReportText';

/**
 * Checks that a chart's svg is one `<svg>` element with nothing that runs or loads, and
 * returns it re-written from what the XML parser read (see `inertSvg`). The report
 * builders insert charts into the page, so this is what keeps a report self-contained
 * and inert even when a caller passes SVG of their own.
 *
 * @internal
 */
export function readChartSvg(value: unknown, path: PropertyPath): string {
  const checked = inertSvg(readReportText(value, path).trim());
  if ('problem' in checked) raiseRender('UNSAFE_SVG', [checked.problem], { path });
  return checked.svg;
}
