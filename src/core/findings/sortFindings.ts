import { compareFindings } from './compareFindings';
import type { Finding } from './Finding';
import { assertFindings } from './findingChecks';

/**
 * Returns the findings ordered most serious first, then in document order (by path,
 * then by span within a text), then by rule id. The input is not changed.
 *
 * @param findings - Findings in any order.
 * @returns A new, sorted array.
 *
 * @example
 * import { sortFindings } from 'cxkit/core';
 *
 * const sorted = sortFindings([
 *   { rule: 'journey/few-steps', severity: 'info', message: 'Only two steps.', path: [] },
 *   { rule: 'journey/no-owner', severity: 'error', message: 'Step has no owner.', path: ['steps', 10] },
 *   { rule: 'journey/no-owner', severity: 'error', message: 'Step has no owner.', path: ['steps', 2] },
 * ]);
 * sorted.map((finding) => finding.path) // => [['steps', 2], ['steps', 10], []]
 *
 * @category Findings
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  assertFindings(findings);
  return [...findings].sort(compareFindings);
}
