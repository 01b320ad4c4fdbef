import { describeValue } from '../errors/describeValue';
import type { PropertyPath } from '../errors/PropertyPath';
import { raise } from '../errors/raise';
import type { RuleId, Severity } from './Finding';
import { severityRank } from './severities';

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
