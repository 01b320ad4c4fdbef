import { describe, expect, it } from 'vitest';
import {
  evaluateSurveyRequest,
  type SurveyContact,
  type SurveyContactColumns,
  type SurveyPolicy,
  surveyContactKinds,
} from '../../src/governance/index';
import { expectCxError } from '../expectCxError';

const policy: SurveyPolicy = {
  maxSurveys: { count: 2, withinDays: 30 },
  minDaysSinceSurvey: 7,
  minDaysSinceComplaint: 14,
  teamCap: { count: 3, withinDays: 7 },
  journeyOwners: { onboarding: 'growth' },
};
const asOf = '2026-03-10T00:00:00Z';

// Worked out by hand against asOf 10 March 2026 00:00 UTC:
// a: surveys 1 Feb (37 days back, outside 30), 15 Feb and 1 Mar (inside) → 2 of 2: max-surveys.
//    Its last survey was 9 days ago (≥ 7), so no survey gap.
// b: survey 5 Mar by billing (5 days back < 7): survey-gap.
// c: complaint 28 Feb (10 days back < 14): complaint-gap.
// d: complaint 24 Feb, exactly 14 days back: not fewer than 14, allowed.
// e: opted out in 2025: opted-out.
// f: surveys 8 Feb 00:00 (exactly 30 days back: on the window's start, not inside) and
//    20 Feb → 1 in the window; a survey on 20 Mar is after asOf and not counted: allowed.
// g, h: no contacts.
// Team billing sent 2 surveys after 3 Mar 00:00 (b on 5 Mar, z on 8 Mar; growth's survey
// on 9 Mar is another team's), so 3 − 2 = 1 more is allowed: d, the first unblocked
// customer in request order; f, g and h are blocked by the team cap.
const contacts: SurveyContact[] = [
  { customerId: 'a', at: '2026-02-01T10:00:00Z', kind: 'survey', team: 'billing' },
  { customerId: 'a', at: '2026-02-15T10:00:00Z', kind: 'survey', team: 'growth' },
  { customerId: 'a', at: '2026-03-01T00:00:00Z', kind: 'survey', team: 'billing' },
  { customerId: 'b', at: '2026-03-05T00:00:00Z', kind: 'survey', team: 'billing' },
  { customerId: 'c', at: '2026-02-28T00:00:00Z', kind: 'complaint' },
  { customerId: 'd', at: '2026-02-24T00:00:00Z', kind: 'complaint' },
  { customerId: 'e', at: '2025-06-01T00:00:00Z', kind: 'opt-out' },
  { customerId: 'f', at: '2026-02-08T00:00:00Z', kind: 'survey', team: 'growth' },
  { customerId: 'f', at: '2026-02-20T00:00:00Z', kind: 'survey', team: 'growth' },
  { customerId: 'f', at: '2026-03-20T00:00:00Z', kind: 'survey', team: 'billing' },
  { customerId: 'z', at: '2026-03-08T00:00:00Z', kind: 'survey', team: 'billing' },
  { customerId: 'y', at: '2026-03-09T00:00:00Z', kind: 'survey', team: 'growth' },
];
const customers = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
const expected = {
  allowed: ['d'],
  blocked: [
    { customerId: 'a', rules: ['max-surveys'] },
    { customerId: 'b', rules: ['survey-gap'] },
    { customerId: 'c', rules: ['complaint-gap'] },
    { customerId: 'e', rules: ['opted-out'] },
    { customerId: 'f', rules: ['team-cap'] },
    { customerId: 'g', rules: ['team-cap'] },
    { customerId: 'h', rules: ['team-cap'] },
  ],
  counts: {
    requested: 8,
    allowed: 1,
    blocked: 7,
    byRule: {
      'opted-out': 1,
      'journey-owner': 0,
      'max-surveys': 1,
      'survey-gap': 1,
      'complaint-gap': 1,
      'team-cap': 3,
    },
    teamSurveys: 2,
  },
};

function toColumns(rows: readonly SurveyContact[]): SurveyContactColumns {
  const customerIds = [...new Set(rows.map((row) => row.customerId)), 'g', 'h'];
  const teams = ['growth', 'billing'];
  return {
    customerIds,
    teams,
    customer: Int32Array.from(rows, (row) => customerIds.indexOf(row.customerId)),
    at: Float64Array.from(rows, (row) => Date.parse(row.at as string)),
    kind: Uint8Array.from(rows, (row) => surveyContactKinds.indexOf(row.kind)),
    team: Int32Array.from(rows, (row) => (row.team === undefined ? -1 : teams.indexOf(row.team))),
  };
}

describe('evaluateSurveyRequest', () => {
  it('blocks each customer by the rules that apply, worked out by hand', () => {
    expect(evaluateSurveyRequest(policy, contacts, { team: 'billing', customers }, { asOf })).toEqual(expected);
  });

  it('gives the same answer from columns', () => {
    expect(evaluateSurveyRequest(policy, toColumns(contacts), { team: 'billing', customers }, { asOf })).toEqual(
      expected,
    );
  });

  it('lets only the owning team survey an owned journey', () => {
    const byBilling = evaluateSurveyRequest(
      policy,
      contacts,
      { team: 'billing', journey: 'onboarding', customers: ['d', 'g'] },
      { asOf },
    );
    expect(byBilling.blocked).toEqual([
      { customerId: 'd', rules: ['journey-owner'] },
      { customerId: 'g', rules: ['journey-owner'] },
    ]);
    // growth sent one survey in the last 7 days (y on 9 March), so 2 more fit its cap.
    const byGrowth = evaluateSurveyRequest(
      policy,
      contacts,
      { team: 'growth', journey: 'onboarding', customers: ['d', 'g'] },
      { asOf },
    );
    expect(byGrowth.allowed).toEqual(['d', 'g']);
  });

  it('lists every rule that blocks a customer, in the documented order', () => {
    const rows: SurveyContact[] = [
      { customerId: 'k', at: '2026-03-08T00:00:00Z', kind: 'survey' },
      { customerId: 'k', at: '2026-03-09T00:00:00Z', kind: 'survey' },
      { customerId: 'k', at: '2026-03-09T12:00:00Z', kind: 'complaint' },
      { customerId: 'k', at: '2026-03-09T13:00:00Z', kind: 'opt-out' },
    ];
    const decision = evaluateSurveyRequest(
      policy,
      rows,
      { team: 'billing', journey: 'onboarding', customers: ['k'] },
      { asOf },
    );
    expect(decision.blocked).toEqual([
      { customerId: 'k', rules: ['opted-out', 'journey-owner', 'max-surveys', 'survey-gap', 'complaint-gap'] },
    ]);
  });

  it('allows everyone under an empty policy', () => {
    expect(evaluateSurveyRequest({}, contacts, { team: 'billing', customers }, { asOf }).allowed).toEqual(
      customers.filter((customer) => customer !== 'e'),
    );
  });

  it('names the bad row, field or option', () => {
    const request = { team: 'billing', customers: ['a'] };
    expectCxError(
      () =>
        evaluateSurveyRequest(policy, [{ ...(contacts[0] as SurveyContact), kind: 'email' as never }], request, {
          asOf,
        }),
      'INVALID_INPUT',
      ['contacts', 0, 'kind'],
    );
    expectCxError(
      () =>
        evaluateSurveyRequest(
          policy,
          [contacts[0] as SurveyContact, { ...(contacts[0] as SurveyContact), at: 'later' }],
          request,
          { asOf },
        ),
      'INVALID_DATE',
      ['contacts', 1, 'at'],
    );
    const columns = toColumns(contacts);
    expectCxError(
      () =>
        evaluateSurveyRequest(
          policy,
          { ...columns, kind: Uint8Array.from(columns.kind as Uint8Array).fill(7, 3, 4) },
          request,
          { asOf },
        ),
      'INVALID_INPUT',
      ['contacts', 'kind', 3],
    );
    expectCxError(
      () =>
        evaluateSurveyRequest(
          policy,
          { ...columns, customer: Int32Array.of(99, ...Array.from(columns.customer).slice(1)) },
          request,
          { asOf },
        ),
      'INVALID_INPUT',
      ['contacts', 'customer', 0],
    );
    expectCxError(
      () =>
        evaluateSurveyRequest(
          policy,
          { ...columns, at: columns.at.length > 0 ? new Float64Array(2) : columns.at },
          request,
          { asOf },
        ),
      'INVALID_INPUT',
      ['contacts', 'customer'],
    );
    expectCxError(
      () => evaluateSurveyRequest(policy, contacts, { team: 'billing', customers: ['a', 'b', 'a'] }, { asOf }),
      'DUPLICATE_ID',
      ['request', 'customers', 2],
    );
    expectCxError(
      () => evaluateSurveyRequest({ maxSurveys: { count: 0, withinDays: 30 } }, contacts, request, { asOf }),
      'INVALID_INPUT',
      ['policy', 'maxSurveys', 'count'],
    );
    expectCxError(
      () => evaluateSurveyRequest({ maxSurvey: 2 } as never, contacts, request, { asOf }),
      'UNKNOWN_OPTION',
    );
    expectCxError(() => evaluateSurveyRequest(policy, contacts, request, {} as never), 'INVALID_DATE', ['asOf']);
  });
});
