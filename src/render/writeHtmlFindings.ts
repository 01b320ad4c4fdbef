import type { CheckedReportSection } from './CheckedReport';
import { writeHtmlFinding } from './writeHtmlFinding';

/** @internal A section's findings as a list, most serious first (as `readReport` sorted them). */
export function writeHtmlFindings(section: CheckedReportSection): string[] {
  if (section.findings.length === 0) return [];
  // A heading sets the findings apart from charts and tables; alone, they need none.
  const alone = section.charts.length === 0 && section.tables.length === 0;
  return [
    ...(alone ? [] : ['<h3>Findings</h3>']),
    '<ul class="findings">',
    ...section.findings.map((finding) => writeHtmlFinding(finding)),
    '</ul>',
  ];
}
