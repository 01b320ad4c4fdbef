import { describeValue } from '../core/errors/describeValue';
import type { PropertyPath } from '../core/errors/PropertyPath';
import type { Finding } from '../core/findings/Finding';
import { sortFindings } from '../core/findings/sortFindings';
import { raiseRender } from './messages';
import type { ReportFinding } from './Report';
import { readReportList } from './readReportList';

/**
 * Checks a section's findings and sorts them most serious first. The core checks the
 * finding itself (sortFindings); the file and line are the report's own.
 *
 * @internal
 */
export function readReportFindings(value: unknown, path: PropertyPath): readonly ReportFinding[] {
  const findings = readReportList(value, path);
  findings.forEach((finding, index) => {
    if (typeof finding !== 'object' || finding === null) return;
    const { file, line, hint } = finding as { file?: unknown; line?: unknown; hint?: unknown };
    if (file !== undefined && (typeof file !== 'string' || file === '')) {
      raiseRender(
        'INVALID_INPUT',
        [`report.${[...path, index, 'file'].join('.')}`, 'a file name', describeValue(file)],
        { path: [...path, index, 'file'] },
      );
    }
    if (line !== undefined && (typeof line !== 'number' || !Number.isInteger(line) || line < 1)) {
      raiseRender(
        'INVALID_INPUT',
        [`report.${[...path, index, 'line'].join('.')}`, 'a line number from 1', describeValue(line)],
        { path: [...path, index, 'line'] },
      );
    }
    if (hint !== undefined && typeof hint !== 'string') {
      raiseRender('INVALID_INPUT', [`report.${[...path, index, 'hint'].join('.')}`, 'text', describeValue(hint)], {
        path: [...path, index, 'hint'],
      });
    }
  });
  return sortFindings(findings as Finding[]) as ReportFinding[];
}
