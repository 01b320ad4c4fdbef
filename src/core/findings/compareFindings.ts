import type { PropertyPath } from '../errors/PropertyPath';
import type { Finding } from './Finding';
import { assertFindings } from './findingChecks';
import { severityRank } from './severities';

function comparePaths(left: PropertyPath, right: PropertyPath): number {
  const shared = Math.min(left.length, right.length);
  for (let position = 0; position < shared; position++) {
    const a = left[position] as string | number;
    const b = right[position] as string | number;
    if (a === b) continue;
    // Indexes sort numerically (items[2] before items[10]); keys sort by code unit so
    // that the order does not depend on the machine's locale.
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    if (typeof a === 'number') return -1;
    if (typeof b === 'number') return 1;
    return a < b ? -1 : 1;
  }
  return left.length - right.length;
}

function compareText(left: string, right: string): number {
  return left === right ? 0 : left < right ? -1 : 1;
}

// Within one text, findings about a phrase follow the text; a finding about the whole
// field (no span) comes before them.
function compareSpans(left: Finding['span'], right: Finding['span']): number {
  if (left === undefined || right === undefined) return (left === undefined ? 0 : 1) - (right === undefined ? 0 : 1);
  return left.start - right.start || left.end - right.end;
}

/**
 * Orders two findings: most serious first, then by path (document order), then by
 * span within the text at that path (findings without a span first), then by rule id,
 * then by message. A total order on findings that differ in these, so sorting is
 * deterministic.
 *
 * @param left - A finding.
 * @param right - Another finding.
 * @returns Negative when `left` comes first, positive when `right` does, `0` when equal.
 *
 * @example
 * import { compareFindings } from 'cxkit/core';
 *
 * const error = { rule: 'journey/no-owner', severity: 'error', message: 'Step has no owner.', path: ['steps', 3] } as const;
 * const info = { rule: 'journey/few-steps', severity: 'info', message: 'Only two steps.', path: [] } as const;
 * compareFindings(error, info) < 0 // => true
 *
 * @category Findings
 */
export function compareFindings(left: Finding, right: Finding): number {
  // Checked here too, so that a comparator handed to Array.prototype.sort never returns NaN.
  if (!Object.hasOwn(severityRank, left?.severity) || !Object.hasOwn(severityRank, right?.severity)) {
    assertFindings([left, right], 'compared findings');
  }
  return (
    severityRank[left.severity] - severityRank[right.severity] ||
    comparePaths(left.path, right.path) ||
    compareSpans(left.span, right.span) ||
    compareText(left.rule, right.rule) ||
    compareText(left.message, right.message)
  );
}
