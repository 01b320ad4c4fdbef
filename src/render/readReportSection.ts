import { describeValue } from '../core/errors/describeValue';
import type { PropertyPath } from '../core/errors/PropertyPath';
import type { CheckedReportSection } from './CheckedReport';
import { raiseRender } from './messages';
import type { ReportSection } from './Report';
import type { ReportIds } from './ReportIds';
import { readReportChart } from './readReportChart';
import { readReportFindings } from './readReportFindings';
import { readReportId } from './readReportId';
import { readReportList } from './readReportList';
import { readReportPoint } from './readReportPoint';
import { readReportTable } from './readReportTable';
import { readReportText } from './readReportText';

/**
 * Checks one section of a report, in the order its errors are reported: its id (unique
 * in the report), its charts, its tables, then its title, summary, key points and
 * findings.
 *
 * @internal
 */
export function readReportSection(entry: unknown, sectionIndex: number, ids: ReportIds): CheckedReportSection {
  const at = (...rest: PropertyPath): PropertyPath => ['sections', sectionIndex, ...rest];
  if (typeof entry !== 'object' || entry === null) {
    raiseRender('INVALID_INPUT', [`report.sections.${sectionIndex}`, 'a section object', describeValue(entry)], {
      path: at(),
    });
  }
  const section = entry as ReportSection;
  const id = readReportId(section.id, at('id'));
  if (ids.sections.has(id)) raiseRender('DUPLICATE_ID', ['Section id', id], { path: at('id') });
  ids.sections.add(id);
  const charts = readReportList(section.charts, at('charts')).map((chart, chartIndex) =>
    readReportChart(chart, id, chartIndex, at('charts', chartIndex), ids.charts),
  );
  const tables = readReportList(section.tables, at('tables')).map((table, tableIndex) =>
    readReportTable(table, at('tables', tableIndex)),
  );
  return {
    id,
    title: readReportText(section.title, at('title')),
    summary: readReportList(section.summary, at('summary')).map((paragraph, index) =>
      readReportText(paragraph, at('summary', index)),
    ),
    points: readReportList(section.points, at('points')).map((point, index) =>
      readReportPoint(point, at('points', index), ids.links),
    ),
    charts,
    tables,
    findings: readReportFindings(section.findings, at('findings')),
  };
}
