import { checkOptions } from '../errors/checkOptions';
import { describeValue } from '../errors/describeValue';
import type { PropertyPath } from '../errors/PropertyPath';
import { raise } from '../errors/raise';
import type { Finding, RuleId, Severity } from './Finding';
import { assertFindings, assertSeverity } from './findingChecks';
import { severityRank } from './severities';

/**
 * Which findings {@link filterFindings} keeps. Every criterion given must hold.
 *
 * @category Findings
 */
export interface FilterFindingsOptions {
  /** Keep findings at least this serious (`'warning'` keeps errors and warnings). Default: all. */
  readonly minSeverity?: Severity;
  /** Keep only these rules. Default: all rules. */
  readonly rules?: readonly RuleId[];
  /** Drop these rules (applied after `rules`). Default: none. */
  readonly excludeRules?: readonly RuleId[];
  /** Keep findings at or below this path, e.g. `['steps', 3]`. Default: `[]` (everything). */
  readonly pathPrefix?: PropertyPath;
}

/**
 * Keeps the findings that meet every criterion given. The input is not changed.
 *
 * @param findings - Findings to filter.
 * @param options - The criteria; see {@link FilterFindingsOptions}.
 * @returns A new array, in the input's order.
 * @throws {@link CxError} `INVALID_SEVERITY` when `minSeverity` is not a severity; `INVALID_OPTION` when a list option is not an array.
 *
 * @example
 * import { filterFindings } from 'cxkit/core';
 *
 * const findings = [
 *   { rule: 'journey/no-owner', severity: 'error', message: 'Step has no owner.', path: ['steps', 2] },
 *   { rule: 'journey/few-steps', severity: 'info', message: 'Only two steps.', path: [] },
 * ] as const;
 * filterFindings(findings, { minSeverity: 'warning' }).length // => 1
 * filterFindings(findings, { pathPrefix: ['steps'] })[0]?.rule // => 'journey/no-owner'
 *
 * @category Findings
 */
export function filterFindings(findings: readonly Finding[], options: FilterFindingsOptions = {}): Finding[] {
  checkOptions(options, ['minSeverity', 'rules', 'excludeRules', 'pathPrefix']);
  assertFindings(findings);
  const { minSeverity, rules, excludeRules, pathPrefix = [] } = options;
  if (minSeverity !== undefined) assertSeverity(minSeverity, ['minSeverity']);
  for (const [name, list] of [
    ['rules', rules],
    ['excludeRules', excludeRules],
    ['pathPrefix', pathPrefix],
  ] as const) {
    if (list !== undefined && !Array.isArray(list)) {
      raise('INVALID_OPTION', [name, 'an array', describeValue(list)], {
        path: [name],
      });
    }
  }
  const threshold = minSeverity === undefined ? Number.POSITIVE_INFINITY : severityRank[minSeverity];
  const included = rules === undefined ? undefined : new Set<string>(rules);
  const excluded = new Set<string>(excludeRules ?? []);
  return findings.filter(
    (finding) =>
      severityRank[finding.severity] <= threshold &&
      (included === undefined || included.has(finding.rule)) &&
      !excluded.has(finding.rule) &&
      pathPrefix.every((part, position) => finding.path[position] === part),
  );
}
