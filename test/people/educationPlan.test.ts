import { describe, expect, it } from 'vitest';
import type { CxValidationError } from '../../src/core/index';
import {
  auditEducationPlan,
  educationTopics,
  parseEducationPlan,
  safeParseEducationPlan,
} from '../../src/people/index';
import { expectCxError } from '../expectCxError';

const everything = ['voice-of-the-customer', 'customer-stories', 'journeys', 'what-success-means'] as const;
const plan = (changes: Record<string, unknown> = {}) =>
  parseEducationPlan({
    kind: 'education-plan',
    schemaVersion: 1,
    id: 'cx-education',
    title: 'CX education plan',
    audiences: [
      {
        id: 'shop-floor',
        title: 'Shop floor',
        functions: ['Shop', 'Logistics'],
        everyDays: 90,
        topics: [...everything],
      },
      {
        id: 'finance',
        functions: ['Finance', 'accounting'],
        everyDays: 60,
        topics: ['voice-of-the-customer', 'what-success-means'],
      },
    ],
    deliveries: [
      { audience: 'shop-floor', date: '2026-08-03', topics: ['journeys'] },
      { audience: 'finance', date: '2026-09-02' },
    ],
    ...changes,
  });
const rules = (findings: readonly { rule: string; path: readonly unknown[] }[]) =>
  findings.map((finding) => [finding.rule, finding.path]);

describe('education-plan documents', () => {
  it('refuse an unknown topic, an undeclared audience and an audience id used twice', () => {
    const pathsOf = (audiences: object[], deliveries: object[]) => {
      const result = safeParseEducationPlan({
        kind: 'education-plan',
        schemaVersion: 1,
        id: 'cx-education',
        title: 'CX education plan',
        audiences,
        deliveries,
      });
      return !result.success && (result.error as CxValidationError).issues.map((issue) => issue.path);
    };
    // "Tossing out NPS results is not educating": not a topic.
    expect(pathsOf([{ id: 'finance', functions: ['Finance'], everyDays: 60, topics: ['nps-results'] }], [])).toEqual([
      ['audiences', 0, 'topics', 0],
    ]);
    expect(
      pathsOf(
        [
          { id: 'finance', functions: ['Finance'], everyDays: 60, topics: ['journeys'] },
          { id: 'finance', functions: ['Accounting'], everyDays: 60, topics: ['journeys'] },
        ],
        [{ audience: 'sales', date: '2026-09-02' }],
      ),
    ).toEqual([
      ['audiences', 1, 'id'],
      ['deliveries', 0, 'audience'],
    ]);
  });

  it('knows the practice’s subjects', () => {
    expect(educationTopics.filter((topic) => topic.core).map((topic) => topic.id)).toEqual([...everything]);
  });
});

describe('auditEducationPlan', () => {
  it('finds audiences past their cadence, counting calendar days', () => {
    // 2026-08-03 + 90 days = 2026-11-01; 2026-09-02 + 60 days = 2026-11-01.
    expect(auditEducationPlan(plan(), { asOf: '2026-10-31' })).toEqual([]);
    const findings = auditEducationPlan(plan(), { asOf: '2026-11-01' });
    expect(rules(findings)).toEqual([
      ['education/delivery-overdue', ['audiences', 0]],
      ['education/delivery-overdue', ['audiences', 1]],
    ]);
    expect(findings[0]?.message).toBe(
      'Shop floor (Shop, Logistics) was last taught on 2026-08-03; its cadence is every 90 days, so the next session was due by 2026-11-01.',
    );
  });

  it('an audience never taught is overdue; deliveries after asOf do not count', () => {
    const findings = auditEducationPlan(plan({ deliveries: [{ audience: 'finance', date: '2026-11-15' }] }), {
      asOf: '2026-11-01',
    });
    expect(findings.map((finding) => finding.message)).toEqual([
      'Shop floor (Shop, Logistics) has never been taught: no delivery on or before 2026-11-01.',
      'finance (Finance, accounting) has never been taught: no delivery on or before 2026-11-01.',
    ]);
  });

  it('finds functions of the journeys or the mission that no audience reaches, names compared loosely', () => {
    const functions = ['shop', 'Field service', 'ACCOUNTING', 'field-service', 'Sales'];
    const findings = auditEducationPlan(plan(), { asOf: '2026-10-01', functions });
    expect(findings.map((finding) => [finding.rule, finding.message])).toEqual([
      [
        'education/function-not-reached',
        'Field service owns journey steps or has a part in the mission, but no audience of the plan reaches it.',
      ],
      [
        'education/function-not-reached',
        'Sales owns journey steps or has a part in the mission, but no audience of the plan reaches it.',
      ],
    ]);
  });

  it('notes a subject of the practice that no audience is taught', () => {
    const narrow = plan({
      audiences: [
        {
          id: 'finance',
          functions: ['Finance'],
          everyDays: 60,
          topics: ['voice-of-the-customer', 'mission-and-roles'],
        },
      ],
      deliveries: [{ audience: 'finance', date: '2026-09-20' }],
    });
    expect(auditEducationPlan(narrow, { asOf: '2026-10-01' }).map((finding) => finding.message)).toEqual([
      'No audience is taught first-hand stories of customers’ experiences (customer-stories).',
      'No audience is taught the customer’s journey, wing to wing, and where each function shapes it (journeys).',
      'No audience is taught what CX success means here, and how each function’s work moves it (what-success-means).',
    ]);
  });

  it('refuses what it cannot audit', () => {
    expectCxError(() => auditEducationPlan(plan(), {} as never), 'MISSING_AS_OF', ['asOf']);
    expectCxError(() => auditEducationPlan(plan(), { asOf: '2026-11-01', functions: [''] }), 'INVALID_OPTION', [
      'functions',
    ]);
    expectCxError(
      () => auditEducationPlan(plan(), { asOf: '2026-11-01', timeZone: 'Mars/Olympus' }),
      'INVALID_TIME_ZONE',
    );
    expectCxError(() => auditEducationPlan(plan(), { asOf: '2026-11-01', function: [] } as never), 'UNKNOWN_OPTION');
  });
});
