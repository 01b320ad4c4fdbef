import { checkOptions } from '../errors/checkOptions';
import { describeValue } from '../errors/describeValue';
import type { PropertyPath } from '../errors/PropertyPath';
import { raise } from '../errors/raise';
import { createFinding } from './createFinding';
import type { Finding, Severity } from './Finding';
import type { RuleDefinition } from './RuleDefinition';
import type { TextSpan } from './TextSpan';

/**
 * The parts of a finding that differ from occurrence to occurrence of a rule.
 *
 * @category Findings
 */
export interface FindingDetails {
  /** What was found here. */
  readonly message: string;
  /** Where. Default `[]`. */
  readonly path?: PropertyPath;
  /** How to fix it. */
  readonly hint?: string | undefined;
  /** Overrides the rule's default severity for this finding. */
  readonly severity?: Severity;
  /** The matched part of the text at `path`, for findings about a phrase. */
  readonly span?: TextSpan | undefined;
}

/**
 * Makes a finding for a documented rule, taking its id and default severity from the
 * rule's definition so that the two cannot drift apart.
 *
 * @param rule - The rule's definition from its registry.
 * @param details - Message, path, hint, span, and optionally a severity override.
 * @returns A frozen finding.
 * @throws {@link CxError} as {@link createFinding} does.
 *
 * @example
 * import { defineRuleRegistry, findingFromRule } from 'cxkit/core';
 *
 * const rules = defineRuleRegistry([
 *   { id: 'journey/no-owner', summary: 'A step has no owner.', rationale: 'Unowned steps are where hand-offs fail.', severity: 'error' },
 * ]);
 * findingFromRule(rules['journey/no-owner'], { message: 'Step "invoice" has no owner.', path: ['steps', 4] })
 * // => { rule: 'journey/no-owner', severity: 'error', message: 'Step "invoice" has no owner.', path: ['steps', 4] }
 *
 * @category Findings
 */
export function findingFromRule(rule: RuleDefinition, details: FindingDetails): Finding {
  checkOptions(details, ['message', 'path', 'hint', 'severity', 'span'], 'details', true);
  if (typeof rule !== 'object' || rule === null || typeof rule.id !== 'string') {
    raise('INVALID_ARGUMENT', ['rule', 'a rule definition from a registry', describeValue(rule)], { path: ['rule'] });
  }
  return createFinding({
    rule: rule.id,
    severity: details.severity ?? rule.severity,
    message: details.message,
    path: details.path ?? [],
    hint: details.hint,
    span: details.span,
  });
}
