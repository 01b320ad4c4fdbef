import { describeValue } from '../core/errors/describeValue';
import type { CheckedReport } from './CheckedReport';
import { checkPointLinks } from './checkPointLinks';
import { raiseRender } from './messages';
import type { Report } from './Report';
import type { ReportIds } from './ReportIds';
import { readReportList } from './readReportList';
import { readReportSection } from './readReportSection';
import { readReportText } from './readReportText';

/**
 * Checks a report once for both builders, in the order its errors are reported: the
 * report itself, its title, that it has sections, its subtitle and who it is for, each
 * section in turn, and last every key point's link (which may name a later section).
 *
 * @internal
 */
export function readReport(report: Report): CheckedReport {
  if (typeof report !== 'object' || report === null || Array.isArray(report)) {
    raiseRender('INVALID_INPUT', ['report', 'an object { title, sections }', describeValue(report)], { path: [] });
  }
  const title = readReportText(report.title, ['title']);
  if (title.trim() === '')
    raiseRender('INVALID_INPUT', ['report.title', 'a non-empty text', '""'], { path: ['title'] });
  const sections = readReportList(report.sections, ['sections']);
  if (sections.length === 0) raiseRender('NO_DATA', ['The report', 'it has no sections']);
  const ids: ReportIds = { sections: new Set(), charts: new Set(), links: [] };
  const checked: CheckedReport = {
    title,
    subtitle: report.subtitle === undefined ? undefined : readReportText(report.subtitle, ['subtitle']),
    generatedFor: report.generatedFor === undefined ? undefined : readReportText(report.generatedFor, ['generatedFor']),
    sections: sections.map((entry, sectionIndex) => readReportSection(entry, sectionIndex, ids)),
  };
  checkPointLinks(ids);
  return checked;
}
