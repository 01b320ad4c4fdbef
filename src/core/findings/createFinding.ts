import { checkOptions } from '../errors/checkOptions';
import { describeValue } from '../errors/describeValue';
import type { PropertyPath } from '../errors/PropertyPath';
import { raise } from '../errors/raise';
import type { Finding, RuleId, Severity } from './Finding';
import { assertRuleId, assertSeverity, assertSpan, isPathPart } from './findingChecks';
import type { TextSpan } from './TextSpan';

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
  /** The matched part of the text at `path`; omitted from the finding when not given. */
  readonly span?: TextSpan | undefined;
}

/**
 * Makes a {@link Finding}, checking its parts once so that every finding in cxkit is
 * well formed (a valid rule id and severity, a non-empty message, a span whose offsets
 * are whole numbers from 0 with `start <= end` and whose text is as long as the span).
 *
 * @param input - The rule, severity, message, and optionally path, hint and span.
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
  checkOptions(input, ['rule', 'severity', 'message', 'path', 'hint', 'span'], 'input', true);
  assertRuleId(input.rule, ['rule']);
  assertSeverity(input.severity, ['severity']);
  if (typeof input.message !== 'string' || input.message.trim() === '') {
    raise('INVALID_ARGUMENT', ['message', 'a non-empty string', describeValue(input.message)], {
      path: ['message'],
    });
  }
  const path = input.path ?? [];
  if (!Array.isArray(path) || !path.every(isPathPart)) {
    raise('INVALID_ARGUMENT', ['path', 'an array of keys and indexes', describeValue(path)], {
      path: ['path'],
    });
  }
  if (input.hint !== undefined && typeof input.hint !== 'string') {
    raise('INVALID_ARGUMENT', ['hint', 'a string', describeValue(input.hint)], { path: ['hint'] });
  }
  if (input.span !== undefined) assertSpan(input.span, ['span']);
  // Optional parts are left out rather than set to undefined, so findings compare and
  // serialize the same whichever way they were made.
  const finding: { -readonly [Key in keyof Finding]: Finding[Key] } = {
    rule: input.rule,
    severity: input.severity,
    message: input.message,
    path: Object.freeze([...path]),
  };
  if (input.hint !== undefined) finding.hint = input.hint;
  if (input.span !== undefined) {
    finding.span = Object.freeze({ start: input.span.start, end: input.span.end, text: input.span.text });
  }
  return Object.freeze(finding);
}
