import { describeValue } from '../errors/describeValue';
import type { PropertyPath } from '../errors/PropertyPath';
import { raise } from '../errors/raise';
import type { Finding, RuleId, Severity } from './Finding';
import { severityRank } from './severities';
import type { TextSpan } from './TextSpan';

const ruleIdPattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*\/[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** @internal Checks a rule id's form; the error names `path`. */
export function assertRuleId(value: unknown, path: PropertyPath): asserts value is RuleId {
  if (typeof value !== 'string' || !ruleIdPattern.test(value)) {
    raise('INVALID_RULE_ID', [describeValue(value)], {
      path,
      details: { received: value },
    });
  }
}

/** @internal Checks a severity; the error names `path`. */
export function assertSeverity(value: unknown, path: PropertyPath): asserts value is Severity {
  if (typeof value !== 'string' || !Object.hasOwn(severityRank, value)) {
    raise('INVALID_SEVERITY', [describeValue(value)], {
      path,
      details: { received: value },
    });
  }
}

/** @internal Checks a finding's span: whole-number offsets from 0, `start <= end`, text as long as the span. */
export function assertSpan(value: unknown, path: PropertyPath): asserts value is TextSpan {
  const span = value as Partial<Record<keyof TextSpan, unknown>> | null;
  const isOffset = (offset: unknown): offset is number => Number.isSafeInteger(offset) && (offset as number) >= 0;
  if (
    typeof span !== 'object' ||
    span === null ||
    !isOffset(span.start) ||
    !isOffset(span.end) ||
    span.start > span.end ||
    typeof span.text !== 'string' ||
    span.text.length !== span.end - span.start
  ) {
    raise(
      'INVALID_ARGUMENT',
      [
        'span',
        '{ start, end, text } with whole-number offsets, start <= end and text of length end - start',
        describeValue(value),
      ],
      { path },
    );
  }
}

/** @internal Whether a part of a finding's path is a key or an index. */
export function isPathPart(part: unknown): part is string | number {
  return typeof part === 'string' || Number.isInteger(part);
}

/**
 * @internal Checks a list of findings once (they may come from JSON or another tool):
 * each must have a rule id, a severity, a message and a path. The error names the index.
 */
export function assertFindings(findings: unknown, argument = 'findings'): asserts findings is readonly Finding[] {
  if (!Array.isArray(findings)) {
    raise('INVALID_ARGUMENT', [argument, 'an array of findings', describeValue(findings)], { path: [argument] });
  }
  // An index loop, not forEach: a hole in a sparse array is a missing finding, not one to skip.
  for (let index = 0; index < findings.length; index++) {
    const finding: unknown = findings[index];
    if (typeof finding !== 'object' || finding === null) {
      raise('INVALID_ARGUMENT', [`${argument}[${index}]`, 'a finding', describeValue(finding)], { path: [index] });
    }
    const { rule, severity, message, path } = finding as Record<string, unknown>;
    assertRuleId(rule, [index, 'rule']);
    assertSeverity(severity, [index, 'severity']);
    if (typeof message !== 'string') {
      raise('INVALID_ARGUMENT', [`${argument}[${index}].message`, 'a string', describeValue(message)], {
        path: [index, 'message'],
      });
    }
    if (!Array.isArray(path) || !path.every(isPathPart)) {
      raise('INVALID_ARGUMENT', [`${argument}[${index}].path`, 'an array of keys and indexes', describeValue(path)], {
        path: [index, 'path'],
      });
    }
    // Every formatter writes the hint as text: anything else would fail deep inside one.
    const { hint } = finding as Record<string, unknown>;
    if (hint !== undefined && typeof hint !== 'string') {
      raise('INVALID_ARGUMENT', [`${argument}[${index}].hint`, 'a string', describeValue(hint)], {
        path: [index, 'hint'],
      });
    }
  }
}
