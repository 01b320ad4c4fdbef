import { checkOptions } from '../errors/checkOptions';
import { describeValue } from '../errors/describeValue';
import type { PropertyPath } from '../errors/PropertyPath';
import { raise } from '../errors/raise';
import type { Finding, RuleId, Severity } from './Finding';
import { assertRuleId, assertSeverity } from './findingChecks';

/**
 * What {@link createFinding} takes.
 *
 * @category Findings
 */
export interface CreateFindingInput {
  /** The rule id, `module/kebab-name`. */
  readonly rule: RuleId;
  /** How much it matters. */
  readonly severity: Severity;
  /** What was found; must not be empty. */
  readonly message: string;
  /** Where it was found. Default `[]` (the whole document). */
  readonly path?: PropertyPath;
  /** How to fix it; omitted from the finding when not given. */
  readonly hint?: string | undefined;
}

/**
 * Makes a {@link Finding}, checking its parts once so that every finding in cxkit is
 * well formed (a valid rule id and severity, a non-empty message).
 *
 * @param input - The rule, severity, message, and optionally path and hint.
 * @returns A frozen finding.
 * @throws {@link CxError} `INVALID_RULE_ID`, `INVALID_SEVERITY` or `INVALID_ARGUMENT` naming the field.
 *
 * @example
 * import { createFinding } from 'cxkit/core';
 *
 * createFinding({
 *   rule: 'mission/vague-wish',
 *   severity: 'warning',
 *   message: '"Exceed expectations" is a wish, not a strategy.',
 *   path: ['statement'],
 * })
 * // => { rule: 'mission/vague-wish', severity: 'warning', message: '"Exceed expectations" is a wish, not a strategy.', path: ['statement'] }
 *
 * @category Findings
 */
export function createFinding(input: CreateFindingInput): Finding {
  checkOptions(input, ['rule', 'severity', 'message', 'path', 'hint'], 'input');
  assertRuleId(input.rule, ['rule']);
  assertSeverity(input.severity, ['severity']);
  if (typeof input.message !== 'string' || input.message.trim() === '') {
    raise('INVALID_ARGUMENT', ['message', 'a non-empty string', describeValue(input.message)], {
      path: ['message'],
    });
  }
  const path = input.path ?? [];
  if (!Array.isArray(path) || !path.every((part) => typeof part === 'string' || Number.isInteger(part))) {
    raise('INVALID_ARGUMENT', ['path', 'an array of keys and indexes', describeValue(path)], {
      path: ['path'],
    });
  }
  const finding: Finding =
    input.hint === undefined
      ? {
          rule: input.rule,
          severity: input.severity,
          message: input.message,
          path: Object.freeze([...path]),
        }
      : {
          rule: input.rule,
          severity: input.severity,
          message: input.message,
          path: Object.freeze([...path]),
          hint: input.hint,
        };
  return Object.freeze(finding);
}
