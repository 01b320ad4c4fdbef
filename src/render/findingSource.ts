import type { ReportFinding } from './Report';

/** @internal Where a report finding was found, as both builders write it: `file:line`, the file alone, or none. */
export function findingSource(finding: ReportFinding): string | undefined {
  if (finding.file === undefined) return undefined;
  return finding.line === undefined ? finding.file : `${finding.file}:${finding.line}`;
}
