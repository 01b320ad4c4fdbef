import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  addBusinessDays,
  bucketByPeriod,
  businessDaysBetween,
  combineRuleRegistries,
  compareFindings,
  countFindings,
  createFinding,
  defineDocumentType,
  documentJsonSchema,
  filterFindings,
  findingFromRule,
  formatPath,
  identifierSchema,
  parseInstant,
  parseInstants,
  parsePeriodLabel,
  periodOf,
  rollingWindows,
  sortFindings,
  toIdentifier,
  toSafeResult,
  trailingWindow,
} from '../../src/core/index';
import { expectCxError } from '../expectCxError';

// Bad input to every core function not covered beside its own tests: each must raise a
// CxError whose code and path say what is wrong and where, never TypeError, NaN or a default.

describe('misspelled and unknown options are errors, never ignored', () => {
  it.each([
    ['periodOf', () => periodOf(0, 'day', { timezone: 'Europe/Berlin' } as never), 'timezone'],
    ['bucketByPeriod', () => bucketByPeriod([0], 'day', { fillGap: true } as never), 'fillGap'],
    ['parseInstant', () => parseInstant(0, { zone: 'UTC' } as never), 'zone'],
    ['parseInstants', () => parseInstants([0], { feild: 'at' } as never), 'feild'],
    ['parsePeriodLabel', () => parsePeriodLabel('2026', { weekStartsOn: 1 } as never), 'weekStartsOn'],
    ['rollingWindows', () => rollingWindows({ from: 0, to: 0 }, { unit: 'day', size: 1, steps: 2 } as never), 'steps'],
    ['trailingWindow', () => trailingWindow(0, { unit: 'day', size: 1, current: true } as never), 'current'],
    ['businessDaysBetween', () => businessDaysBetween(0, 1, { holiday: ['2026-12-25'] } as never), 'holiday'],
    ['addBusinessDays', () => addBusinessDays(0, 1, { weekends: [0] } as never), 'weekends'],
    ['filterFindings', () => filterFindings([], { severity: 'error' } as never), 'severity'],
    ['createFinding', () => createFinding({ rule: 'a/b', severity: 'info', message: 'm', hnt: 'x' } as never), 'hnt'],
    [
      'findingFromRule',
      () => findingFromRule({ id: 'a/b', summary: 's', rationale: 'r', severity: 'info' }, { mesage: 'm' } as never),
      'mesage',
    ],
  ])('%s', (_name, compute, key) => {
    expectCxError(compute, 'UNKNOWN_OPTION', [key]);
  });

  it('suggests the option meant', () => {
    const error = expectCxError(() => periodOf(0, 'day', { timezone: 'UTC' } as never), 'UNKNOWN_OPTION', ['timezone']);
    expect(error.message).toMatchInlineSnapshot(
      `"Unknown option "timezone"; did you mean "timeZone"? Known options: timeZone, weekStartsOn."`,
    );
  });

  it('refuses a __proto__ option from parsed JSON', () => {
    expectCxError(() => periodOf(0, 'day', JSON.parse('{"__proto__": {"timeZone": "Asia/Tokyo"}}')), 'UNKNOWN_OPTION', [
      '__proto__',
    ]);
  });

  it('refuses options that are not an object', () => {
    expectCxError(() => periodOf(0, 'day', 'UTC' as never), 'INVALID_ARGUMENT', ['options']);
    expectCxError(() => bucketByPeriod([0], 'day', { fillGaps: 'yes' as never }), 'INVALID_OPTION', ['fillGaps']);
    expectCxError(() => trailingWindow(0, { unit: 'day', size: 1, includeCurrent: 1 as never }), 'INVALID_OPTION', [
      'includeCurrent',
    ]);
  });
});

describe('findings from outside are checked before they are counted or sorted', () => {
  const good = { rule: 'journey/no-owner', severity: 'error', message: 'm', path: [] } as const;

  it('names the index and field of a malformed finding', () => {
    const bad = [good, { ...good, severity: 'critical' }];
    expectCxError(() => countFindings(bad as never), 'INVALID_SEVERITY', [1, 'severity']);
    expectCxError(() => sortFindings(bad as never), 'INVALID_SEVERITY', [1, 'severity']);
    expectCxError(() => filterFindings(bad as never), 'INVALID_SEVERITY', [1, 'severity']);
    expectCxError(() => countFindings([good, { ...good, rule: 'norule' }] as never), 'INVALID_RULE_ID', [1, 'rule']);
    expectCxError(() => countFindings([{ ...good, path: 'steps' }] as never), 'INVALID_ARGUMENT', [0, 'path']);
    expectCxError(() => countFindings([{ ...good, message: 3 }] as never), 'INVALID_ARGUMENT', [0, 'message']);
    expectCxError(() => countFindings([null] as never), 'INVALID_ARGUMENT', [0]);
    expectCxError(() => countFindings('findings' as never), 'INVALID_ARGUMENT', ['findings']);
  });

  it('never lets a comparator return NaN', () => {
    expectCxError(() => compareFindings(good, { ...good, severity: 'fatal' } as never), 'INVALID_SEVERITY', [
      1,
      'severity',
    ]);
  });
});

describe('other arguments', () => {
  it('formatPath refuses what is not a path', () => {
    expectCxError(() => formatPath('steps' as never), 'INVALID_ARGUMENT', ['path']);
    expectCxError(() => formatPath(['steps', 1.5]), 'INVALID_ARGUMENT', ['path']);
    expectCxError(() => formatPath(['steps', -1]), 'INVALID_ARGUMENT', ['path']);
    expectCxError(() => formatPath([{}] as never), 'INVALID_ARGUMENT', ['path']);
  });

  it('toSafeResult needs a function', () => {
    expectCxError(() => toSafeResult(42 as never), 'INVALID_ARGUMENT', ['compute']);
  });

  it('combineRuleRegistries needs registries', () => {
    expectCxError(() => combineRuleRegistries(null as never), 'INVALID_ARGUMENT', [0]);
  });

  it('findingFromRule needs a rule definition', () => {
    expectCxError(() => findingFromRule(undefined as never, { message: 'm' }), 'INVALID_ARGUMENT', ['rule']);
  });

  it('documentJsonSchema needs a document type', () => {
    expectCxError(() => documentJsonSchema({ kind: 'x' } as never), 'INVALID_ARGUMENT', ['type']);
  });

  it('defineDocumentType refuses an unknown definition field', () => {
    expectCxError(
      () => defineDocumentType({ kind: 'note', schemaVersion: 1, shape: {}, migration: {} } as never),
      'UNKNOWN_OPTION',
      ['migration'],
    );
  });

  it('identifiers refuse what cannot be an id, naming the path', () => {
    for (const value of ['', ' lead', 'a b', '__proto__', 'x'.repeat(129), 7, null]) {
      expectCxError(() => toIdentifier(value, ['steps', 2, 'id']), 'INVALID_IDENTIFIER', ['steps', 2, 'id']);
    }
    expect(toIdentifier('journey.engine-repair:v2')).toBe('journey.engine-repair:v2');
    const result = z.strictObject({ id: identifierSchema('StepId') }).safeParse({ id: 'has space' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['id']);
  });
});
