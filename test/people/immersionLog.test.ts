import { describe, expect, it } from 'vitest';
import type { CxValidationError } from '../../src/core/index';
import {
  auditImmersionLog,
  type ImmersionLog,
  parseImmersionLog,
  peopleRules,
  safeParseImmersionLog,
} from '../../src/people/index';
import { expectCxError } from '../expectCxError';

const leaders = [
  { id: 'catherine-doyle', name: 'Catherine Doyle', function: 'Operations' },
  { id: 'rajiv-menon', name: 'Rajiv Menon', function: 'Finance' },
  { id: 'owen-hartley', function: 'Sales' },
];
const log = (entries: object[], changes: Record<string, unknown> = {}): ImmersionLog =>
  parseImmersionLog({
    kind: 'immersion-log',
    schemaVersion: 1,
    id: 'in-their-shoes',
    title: 'Leaders in the customer’s shoes',
    leaders,
    entries,
    ...changes,
  });
const entry = (id: string, leader: string, date: string, changes: Record<string, unknown> = {}) => ({
  id,
  leader,
  task: 'Called the AOG desk at night as an airline duty engineer',
  date,
  found: ['Four minutes on hold before a person answered.'],
  ledTo: { recommendation: 'night-desk' },
  ...changes,
});
const rules = (findings: readonly { rule: string; path: readonly unknown[] }[]) =>
  findings.map((finding) => [finding.rule, finding.path]);

describe('immersion-log documents', () => {
  it('read a log of leaders and what they found', () => {
    const parsed = log([entry('i1', 'rajiv-menon', '2026-09-14', { phase: 'support', journey: 'engine-repair' })]);
    expect(parsed.entries[0]).toMatchObject({ leader: 'rajiv-menon', phase: 'support', journey: 'engine-repair' });
  });

  it('refuse an entry by an undeclared leader, ids used twice, an empty ledTo, nothing found', () => {
    const result = safeParseImmersionLog({
      kind: 'immersion-log',
      schemaVersion: 1,
      id: 'in-their-shoes',
      title: 'Leaders',
      leaders: [...leaders, leaders[0]],
      entries: [
        entry('i1', 'ceo', '2026-09-14'),
        entry('i1', 'rajiv-menon', '2026-09-14', { ledTo: {} }),
        entry('i2', 'rajiv-menon', '2026-09-14', { found: [] }),
      ],
    });
    expect(result.success).toBe(false);
    expect(!result.success && (result.error as CxValidationError).issues.map((issue) => issue.path)).toEqual([
      ['entries', 2, 'found'],
      ['leaders', 3, 'id'],
      ['entries', 1, 'id'],
      ['entries', 0, 'leader'],
      ['entries', 1, 'ledTo'],
    ]);
  });
});

describe('auditImmersionLog', () => {
  it('finds leaders gone too long without, by the log’s cadence or the default 90 days', () => {
    // As of 2026-11-01, 90 days back is 2026-08-03 (Aug 3 → Nov 1: 28 + 30 + 31 + 1 = 90 days).
    const entries = [entry('i1', 'catherine-doyle', '2026-08-04'), entry('i2', 'rajiv-menon', '2026-08-03')];
    const findings = auditImmersionLog(log(entries), { asOf: '2026-11-01' });
    expect(rules(findings)).toEqual([
      ['immersion/leader-not-immersed', ['leaders', 1]],
      ['immersion/leader-not-immersed', ['leaders', 2]],
    ]);
    expect(findings.map((finding) => finding.message)).toEqual([
      'Rajiv Menon (rajiv-menon) (Finance) last did what customers do on 2026-08-03, 90 or more days before 2026-11-01.',
      'owen-hartley (Sales) has no immersion recorded: no customer task lived first-hand.',
    ]);
    expect(findings[0]?.severity).toBe(peopleRules['immersion/leader-not-immersed'].severity);
    // everyDays 120 in the log reaches back to 2026-07-04; 30 in the options to 2026-10-02.
    expect(rules(auditImmersionLog(log(entries, { everyDays: 120 }), { asOf: '2026-11-01' }))).toEqual([
      ['immersion/leader-not-immersed', ['leaders', 2]],
    ]);
    expect(auditImmersionLog(log(entries, { everyDays: 120 }), { asOf: '2026-11-01', everyDays: 30 })).toHaveLength(3);
  });

  it('finds what led nowhere once the follow-up period has passed', () => {
    // 30 days before 2026-11-01 is 2026-10-02.
    const entries = [
      entry('i1', 'catherine-doyle', '2026-10-02', { ledTo: undefined }),
      entry('i2', 'rajiv-menon', '2026-10-03', { ledTo: undefined }),
      entry('i3', 'owen-hartley', '2026-10-01'),
    ];
    const findings = auditImmersionLog(log(entries), { asOf: '2026-11-01' });
    expect(rules(findings)).toEqual([['immersion/finding-led-nowhere', ['entries', 0, 'ledTo']]]);
    expect(findings[0]?.message).toBe(
      'What catherine-doyle found on 2026-10-02 (Called the AOG desk at night as an airline duty engineer) has led to no recommendation or action after 30 or more days.',
    );
    expect(auditImmersionLog(log(entries), { asOf: '2026-11-01', followUpDays: 60 })).toEqual([]);
  });

  it('checks recommendations against the decision logs, when given', () => {
    const entries = [
      entry('i1', 'catherine-doyle', '2026-10-20'),
      entry('i2', 'rajiv-menon', '2026-10-20', { ledTo: { action: 'One contact for invoice queries.' } }),
      entry('i3', 'owen-hartley', '2026-10-20', { ledTo: { recommendation: 're-promise-return-date' } }),
    ];
    expect(auditImmersionLog(log(entries), { asOf: '2026-11-01' })).toEqual([]);
    expect(
      rules(auditImmersionLog(log(entries), { asOf: '2026-11-01', recommendations: ['re-promise-return-date'] })),
    ).toEqual([['immersion/unknown-recommendation', ['entries', 0, 'ledTo', 'recommendation']]]);
  });

  it('notes leaders who lived only the buyer’s journey in the last year', () => {
    const buying = [
      entry('i1', 'catherine-doyle', '2026-10-20', { phase: 'consider' }),
      entry('i2', 'rajiv-menon', '2026-10-20', { phase: 'buy' }),
      entry('i3', 'owen-hartley', '2026-10-20'),
      // More than a year before asOf: not counted.
      entry('i0', 'owen-hartley', '2025-10-01', { phase: 'support' }),
    ];
    expect(rules(auditImmersionLog(log(buying), { asOf: '2026-11-01' }))).toEqual([
      ['immersion/buyer-journey-only', ['entries']],
    ]);
    const whole = [...buying, entry('i4', 'owen-hartley', '2026-06-01', { phase: 'renew' })];
    expect(auditImmersionLog(log(whole), { asOf: '2026-11-01' })).toEqual([]);
  });

  it('leaves out entries dated after asOf', () => {
    const entries = leaders.map((leader, index) => entry(`i${index}`, leader.id, '2026-11-02'));
    expect(auditImmersionLog(log(entries), { asOf: '2026-11-01' })).toHaveLength(3);
  });

  it('reads asOf on the team’s calendar', () => {
    const entries = leaders.map((leader, index) => entry(`i${index}`, leader.id, '2026-08-04'));
    // 01:00 UTC on 2 November is still 1 November in New York. On 2 November, 2026-08-04
    // is 90 days back (too long); on 1 November it is 89.
    expect(auditImmersionLog(log(entries), { asOf: '2026-11-02T01:00:00Z' })).toHaveLength(3);
    expect(auditImmersionLog(log(entries), { asOf: '2026-11-02T01:00:00Z', timeZone: 'America/New_York' })).toEqual([]);
  });

  it('refuses what it cannot audit', () => {
    const parsed = log([]);
    expectCxError(() => auditImmersionLog(parsed, undefined as never), 'MISSING_AS_OF', ['asOf']);
    expectCxError(() => auditImmersionLog(parsed, {} as never), 'MISSING_AS_OF', ['asOf']);
    expectCxError(() => auditImmersionLog(parsed, { asOf: 'soon' }), 'INVALID_DATE', ['asOf']);
    expectCxError(() => auditImmersionLog(parsed, { asOf: '2026-11-01', everyDays: 0 }), 'INVALID_OPTION', [
      'everyDays',
    ]);
    expectCxError(() => auditImmersionLog(parsed, { asOf: '2026-11-01', followUpDays: 2.5 }), 'INVALID_OPTION', [
      'followUpDays',
    ]);
    expectCxError(
      () => auditImmersionLog(parsed, { asOf: '2026-11-01', recommendations: 'x' as never }),
      'INVALID_OPTION',
      ['recommendations'],
    );
    expectCxError(() => auditImmersionLog(parsed, { asOf: '2026-11-01', every: 3 } as never), 'UNKNOWN_OPTION');
    expectCxError(() => auditImmersionLog({ kind: 'immersion-log' }, { asOf: '2026-11-01' }), 'VALIDATION_FAILED');
  });
});
