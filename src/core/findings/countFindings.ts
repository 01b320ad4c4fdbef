import type { Finding } from './Finding';
import { assertFindings } from './findingChecks';

/**
 * How many findings there are of each severity.
 *
 * @category Findings
 */
export interface FindingCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  readonly total: number;
}

/**
 * Counts findings by severity, e.g. to decide a lint run's exit code.
 *
 * @param findings - Findings to count.
 * @returns Counts per severity and in total.
 *
 * @example
 * import { countFindings } from 'cxkit/core';
 *
 * countFindings([
 *   { rule: 'journey/no-owner', severity: 'error', message: 'Step has no owner.', path: ['steps', 2] },
 *   { rule: 'journey/few-steps', severity: 'info', message: 'Only two steps.', path: [] },
 * ])
 * // => { error: 1, warning: 0, info: 1, total: 2 }
 *
 * @category Findings
 */
export function countFindings(findings: readonly Finding[]): FindingCounts {
  assertFindings(findings);
  let error = 0;
  let warning = 0;
  let info = 0;
  for (const finding of findings) {
    if (finding.severity === 'error') error++;
    else if (finding.severity === 'warning') warning++;
    else info++;
  }
  return { error, warning, info, total: findings.length };
}
