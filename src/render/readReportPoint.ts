import type { PropertyPath } from '../core/errors/PropertyPath';
import type { CheckedReportPoint } from './CheckedReport';
import type { ReportPoint } from './Report';
import type { ReportIds } from './ReportIds';
import { readReportId } from './readReportId';
import { readReportText } from './readReportText';

/**
 * Checks one key point of a section. Its link to a section is noted in `links`, to be
 * checked once every section of the report is known.
 *
 * @internal
 */
export function readReportPoint(point: unknown, path: PropertyPath, links: ReportIds['links']): CheckedReportPoint {
  const given = (point ?? {}) as ReportPoint;
  const link = given.section === undefined ? undefined : readReportId(given.section, [...path, 'section']);
  if (link !== undefined) links.push({ id: link, path: [...path, 'section'] });
  return {
    label: readReportText(given.label, [...path, 'label']),
    text: readReportText(given.text, [...path, 'text']),
    section: link,
  };
}
