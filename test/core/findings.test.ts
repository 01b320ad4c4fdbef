import { describe, expect, it } from 'vitest';
import {
  combineRuleRegistries,
  countFindings,
  createFinding,
  defineRuleRegistry,
  type Finding,
  filterFindings,
  findingFromRule,
  type RuleDefinition,
  sortFindings,
} from '../../src/core/index';
import { expectCxError } from '../expectCxError';

const noOwner: Finding = { rule: 'journey/no-owner', severity: 'error', message: 'no owner', path: ['steps', 10] };
const noOwnerEarlier: Finding = {
  rule: 'journey/no-owner',
  severity: 'error',
  message: 'no owner',
  path: ['steps', 2],
};
const vague: Finding = { rule: 'mission/vague-wish', severity: 'warning', message: 'vague', path: ['statement'] };
const fewSteps: Finding = { rule: 'journey/few-steps', severity: 'info', message: 'few', path: [] };
const boundary: Finding = { rule: 'journey/inside-out', severity: 'error', message: 'inside out', path: ['boundary'] };

describe('createFinding', () => {
  it('makes a frozen finding, with a hint only when given', () => {
    const finding = createFinding({
      rule: 'journey/no-owner',
      severity: 'error',
      message: 'no owner',
      path: ['steps', 1],
    });
    expect(finding).toEqual({ rule: 'journey/no-owner', severity: 'error', message: 'no owner', path: ['steps', 1] });
    expect('hint' in finding).toBe(false);
    expect(Object.isFrozen(finding)).toBe(true);
    expect(Object.isFrozen(finding.path)).toBe(true);
    const hinted = createFinding({ rule: 'journey/no-owner', severity: 'error', message: 'm', hint: 'Name an owner.' });
    expect(hinted.hint).toBe('Name an owner.');
    expect(hinted.path).toEqual([]);
  });

  it("does not share the caller's path array", () => {
    const path = ['steps', 1];
    const finding = createFinding({ rule: 'journey/no-owner', severity: 'error', message: 'm', path });
    path.push('owner');
    expect(finding.path).toEqual(['steps', 1]);
  });

  it('carries a span into the text at its path, copied and frozen, only when given', () => {
    const statement = 'We will be world-class.';
    // By hand: "world-class" starts after "We will be " (11 characters) and is 11 long.
    const span = { start: 11, end: 22, text: 'world-class' };
    expect(statement.slice(span.start, span.end)).toBe(span.text);
    const finding = createFinding({ rule: 'mission/vague-wish', severity: 'warning', message: 'm', span });
    expect(finding.span).toEqual(span);
    expect(finding.span).not.toBe(span);
    expect(Object.isFrozen(finding.span)).toBe(true);
    expect('span' in createFinding({ rule: 'mission/vague-wish', severity: 'warning', message: 'm' })).toBe(false);
    const registry = defineRuleRegistry([wishRule]);
    expect(findingFromRule(registry['mission/vague-wish'], { message: 'm', path: ['statement'], span }).span).toEqual(
      span,
    );
  });

  it.each([
    [{ start: -1, end: 2, text: 'ab' }],
    [{ start: 3, end: 2, text: '' }],
    [{ start: 0, end: 1.5, text: 'a' }],
    [{ start: 0, end: 2, text: 'abc' }],
    [{ start: 0, end: 2 }],
    ['0-2'],
  ])('refuses the span %j at its path', (span) => {
    expectCxError(
      () => createFinding({ rule: 'mission/vague-wish', severity: 'warning', message: 'm', span } as never),
      'INVALID_ARGUMENT',
      ['span'],
    );
  });

  it.each([
    [{ rule: 'no-slash', severity: 'error', message: 'm' }, 'INVALID_RULE_ID', ['rule']],
    [{ rule: 'Journey/NoOwner', severity: 'error', message: 'm' }, 'INVALID_RULE_ID', ['rule']],
    [{ rule: 'journey/no-owner', severity: 'fatal', message: 'm' }, 'INVALID_SEVERITY', ['severity']],
    [{ rule: 'journey/no-owner', severity: 'error', message: '  ' }, 'INVALID_ARGUMENT', ['message']],
    [{ rule: 'journey/no-owner', severity: 'error', message: 'm', path: [1.5] }, 'INVALID_ARGUMENT', ['path']],
    [{ rule: 'journey/no-owner', severity: 'error', message: 'm', path: 'steps' }, 'INVALID_ARGUMENT', ['path']],
    [{ rule: 'journey/no-owner', severity: 'error', message: 'm', hint: 7 }, 'INVALID_ARGUMENT', ['hint']],
  ])('refuses %j with %s at %j', (input, code, path) => {
    expectCxError(() => createFinding(input as never), code, path);
  });
});

describe('sortFindings', () => {
  it('orders findings at one path by span, a finding without a span first', () => {
    const at = (start: number, end: number, rule: Finding['rule'] = 'mission/vague-wish'): Finding => ({
      ...vague,
      rule,
      span: { start, end, text: 'x'.repeat(end - start) },
    });
    // By hand: same severity and path, so spans decide (start, then end), before the rule id.
    expect(sortFindings([at(30, 40), at(2, 9, 'mission/empty-superlative'), vague, at(2, 5)])).toEqual([
      vague,
      at(2, 5),
      at(2, 9, 'mission/empty-superlative'),
      at(30, 40),
    ]);
  });

  it('orders by severity, then path in document order, then rule', () => {
    const sorted = sortFindings([fewSteps, noOwner, vague, boundary, noOwnerEarlier]);
    // By hand: errors first; among them ['boundary'] < ['steps', 2] < ['steps', 10] (keys by
    // code unit, indexes numerically); then the warning; then the info.
    expect(sorted).toEqual([boundary, noOwnerEarlier, noOwner, vague, fewSteps]);
  });

  it('leaves its input alone', () => {
    const input = [fewSteps, noOwner];
    sortFindings(input);
    expect(input).toEqual([fewSteps, noOwner]);
  });

  it('puts an index before a key at the same depth, and a parent before its children', () => {
    const index: Finding = { ...noOwner, path: ['steps', 0] };
    const key: Finding = { ...noOwner, path: ['steps', 'summary'] };
    const parent: Finding = { ...noOwner, path: ['steps'] };
    expect(sortFindings([key, index, parent])).toEqual([parent, index, key]);
  });

  it('refuses findings from JSON whose path or hint formatters could not write', () => {
    const finding = { rule: 'journey/no-owner', severity: 'error', message: 'm', path: ['steps', 0] };
    expectCxError(() => sortFindings([finding, { ...finding, hint: ['read', 'this'] }] as never), 'INVALID_ARGUMENT', [
      1,
      'hint',
    ]);
    expectCxError(() => sortFindings([{ ...finding, path: ['steps', { index: 0 }] }] as never), 'INVALID_ARGUMENT', [
      0,
      'path',
    ]);
    expect(sortFindings([{ ...finding, hint: 'Name an owner.' }] as never)).toHaveLength(1);
  });
});

describe('filterFindings', () => {
  const all = [noOwner, vague, fewSteps, boundary];

  it('keeps findings at least as serious as asked', () => {
    expect(filterFindings(all, { minSeverity: 'error' })).toEqual([noOwner, boundary]);
    expect(filterFindings(all, { minSeverity: 'warning' })).toEqual([noOwner, vague, boundary]);
    expect(filterFindings(all, { minSeverity: 'info' })).toEqual(all);
    expect(filterFindings(all)).toEqual(all);
  });

  it('keeps and drops rules, and keeps a path subtree', () => {
    expect(filterFindings(all, { rules: ['journey/no-owner', 'mission/vague-wish'] })).toEqual([noOwner, vague]);
    expect(filterFindings(all, { excludeRules: ['journey/no-owner'] })).toEqual([vague, fewSteps, boundary]);
    expect(filterFindings(all, { pathPrefix: ['steps'] })).toEqual([noOwner]);
    expect(filterFindings(all, { pathPrefix: ['steps', 2] })).toEqual([]);
  });

  it('refuses a bad severity or list', () => {
    expectCxError(() => filterFindings(all, { minSeverity: 'fatal' as never }), 'INVALID_SEVERITY', ['minSeverity']);
    expectCxError(() => filterFindings(all, { rules: 'journey/no-owner' as never }), 'INVALID_OPTION', ['rules']);
  });
});

describe('countFindings', () => {
  it('counts by severity', () => {
    expect(countFindings([noOwner, vague, fewSteps, boundary])).toEqual({ error: 2, warning: 1, info: 1, total: 4 });
    expect(countFindings([])).toEqual({ error: 0, warning: 0, info: 0, total: 0 });
  });
});

const wishRule: RuleDefinition<'mission/vague-wish'> = {
  id: 'mission/vague-wish',
  summary: 'A wish, not a commitment.',
  rationale: 'Wishes cannot be measured.',
  severity: 'warning',
};

describe('rule registries', () => {
  it('are frozen and keyed by id', () => {
    const registry = defineRuleRegistry([wishRule]);
    expect(Object.isFrozen(registry)).toBe(true);
    expect(registry['mission/vague-wish']).toEqual(wishRule);
  });

  it('refuse a duplicate, a malformed id, a missing rationale, naming the index', () => {
    expectCxError(() => defineRuleRegistry([wishRule, wishRule]), 'DUPLICATE_RULE', [1, 'id']);
    expectCxError(() => defineRuleRegistry([{ ...wishRule, id: '__proto__' as never }]), 'INVALID_RULE_ID', [0, 'id']);
    expectCxError(() => defineRuleRegistry([{ ...wishRule, rationale: '' }]), 'INVALID_ARGUMENT', [0, 'rationale']);
    expectCxError(() => defineRuleRegistry([{ ...wishRule, severity: 'high' as never }]), 'INVALID_SEVERITY', [
      0,
      'severity',
    ]);
    expectCxError(() => defineRuleRegistry('rules' as never), 'INVALID_ARGUMENT', []);
  });

  it('combine without overriding', () => {
    const first = defineRuleRegistry([wishRule]);
    const second = defineRuleRegistry([{ ...wishRule, id: 'journey/no-owner', severity: 'error' }]);
    expect(Object.keys(combineRuleRegistries(first, second))).toEqual(['mission/vague-wish', 'journey/no-owner']);
    expectCxError(() => combineRuleRegistries(first, second, first), 'DUPLICATE_RULE', [2, 'mission/vague-wish']);
  });

  it('give findings their id and default severity, which a finding may override', () => {
    const registry = defineRuleRegistry([wishRule]);
    const finding = findingFromRule(registry['mission/vague-wish'], { message: 'vague', path: ['statement'] });
    expect(finding).toEqual({ rule: 'mission/vague-wish', severity: 'warning', message: 'vague', path: ['statement'] });
    expect(findingFromRule(wishRule, { message: 'vague', severity: 'error' }).severity).toBe('error');
  });
});
