import { describe, expect, it } from 'vitest';
import { CxValidationError } from '../../src/core/index';
import { auditGovernance, type DecisionEvent, parseCharter, safeParseCharter } from '../../src/governance/index';
import { parseJourney } from '../../src/journeys/index';
import { expectCxError } from '../expectCxError';
import { callbackLife, charter, charterInput } from './fixtures';

function issuesOf(input: unknown) {
  const result = safeParseCharter(input);
  if (result.success) throw new Error('expected the charter to be invalid');
  return (result.error as CxValidationError).issues.map((issue) => issue.path);
}

describe('parseCharter', () => {
  it('reads a valid charter and keeps every field', () => {
    expect(charter.council.map((member) => member.function)).toEqual(['Customer Service', 'marketing', 'product']);
    expect(charter.complianceTags).toEqual([{ tag: 'gdpr', approver: 'cco' }]);
    expect(charter.surveyPolicy?.maxSurveys).toEqual({ count: 2, withinDays: 30 });
  });

  it('names every cross-reference problem with its path', () => {
    const input = {
      ...charterInput,
      council: [...charterInput.council, { id: 'coo', function: 'operations', role: 'member' }],
      decisionRights: [
        ...charterInput.decisionRights,
        { decisionType: 'funding', responsible: ['nobody'], accountable: ['coo'] },
      ],
      complianceTags: [{ tag: 'gdpr', approver: 'maria' }],
      quorum: 4,
    };
    expect(issuesOf(input)).toEqual([
      ['executives', 0, 'id'],
      ['decisionRights', 3, 'decisionType'],
      ['decisionRights', 3, 'responsible', 0],
      ['complianceTags', 0, 'approver'],
      ['quorum'],
    ]);
  });

  it('rejects unknown fields and wrong kinds, never drops them', () => {
    expect(issuesOf({ ...charterInput, quorom: 2 })).toEqual([['quorom']]);
    expect(() => parseCharter({ ...charterInput, council: [{ id: 'x', function: 'sales', role: 'boss' }] })).toThrow(
      CxValidationError,
    );
    expectCxError(() => parseCharter({ ...charterInput, kind: 'mission' }), 'WRONG_DOCUMENT_KIND', ['kind']);
  });
});

const events = callbackLife.map((entry) => entry.event);

describe('auditGovernance', () => {
  it('reports decision types without exactly one Accountable, and every rejected event at its index', () => {
    const findings = auditGovernance(charter, events, { asOf: '2026-05-20' });
    expect(
      findings.filter((finding) => finding.rule === 'governance/accountable-not-one').map((finding) => finding.path),
    ).toEqual([
      ['charter', 'decisionRights', 1, 'accountable'],
      ['charter', 'decisionRights', 2, 'accountable'],
    ]);
    const rejected = findings.filter((finding) => finding.rule === 'governance/rejected-event');
    expect(rejected.map((finding) => finding.path[1]).sort((left, right) => Number(left) - Number(right))).toEqual(
      callbackLife.flatMap((entry, index) => (entry.expectedCode === 'applied' ? [] : [index])),
    );
    // e04, e05, e06, e07, e08, e10, e11, e15 are decisions and all give a reason.
    expect(findings.some((finding) => finding.rule === 'governance/no-reason')).toBe(false);
  });

  it('finds a recommendation past its review deadline in business days', () => {
    // Submitted Monday 2026-03-02 09:00 UTC; five business days later is Monday 9 March
    // 09:00 (Tue 3, Wed 4, Thu 5, Fri 6, Mon 9). With Wednesday 4 March a holiday the
    // deadline moves to Tuesday 10 March 09:00.
    const log: DecisionEvent[] = [
      { id: 'a', recommendation: 'portal', type: 'proposed', actor: 'tom', at: '2026-03-02T08:00:00Z' },
      { id: 'b', recommendation: 'portal', type: 'submitted', actor: 'tom', at: '2026-03-02T09:00:00Z' },
    ];
    const rules = (asOf: string, input: unknown = charterInput) =>
      auditGovernance(input as never, log, { asOf })
        .filter((finding) => finding.rule === 'governance/review-overdue')
        .map((finding) => finding.path);
    expect(rules('2026-03-09T08:59:00Z')).toEqual([]);
    expect(rules('2026-03-09T09:01:00Z')).toEqual([['log', 1]]);
    const withHoliday = { ...charterInput, calendar: { holidays: ['2026-03-04'] } };
    expect(rules('2026-03-09T09:01:00Z', withHoliday)).toEqual([]);
    expect(rules('2026-03-10T09:01:00Z', withHoliday)).toEqual([['log', 1]]);
  });

  it('finds approvals not implemented and implementations not measured after the follow-up days', () => {
    const log: DecisionEvent[] = [
      { id: 'a1', recommendation: 'portal', type: 'proposed', actor: 'tom', at: '2026-01-05T12:00:00Z' },
      { id: 'a2', recommendation: 'portal', type: 'submitted', actor: 'tom', at: '2026-01-06T12:00:00Z' },
      {
        id: 'a3',
        recommendation: 'portal',
        type: 'approved',
        actor: 'coo',
        decidedBy: ['coo', 'cfo'],
        at: '2026-01-07T12:00:00Z',
        reason: 'Fewer calls',
      },
      { id: 'b1', recommendation: 'faq', type: 'proposed', actor: 'tom', at: '2026-01-05T12:00:00Z' },
      { id: 'b2', recommendation: 'faq', type: 'submitted', actor: 'tom', at: '2026-01-06T12:00:00Z' },
      {
        id: 'b3',
        recommendation: 'faq',
        type: 'approved',
        actor: 'coo',
        decidedBy: ['coo', 'cfo'],
        at: '2026-01-07T12:00:00Z',
      },
      { id: 'b4', recommendation: 'faq', type: 'implemented', actor: 'priya', at: '2026-01-10T12:00:00Z' },
    ];
    const rulesAt = (asOf: string) =>
      auditGovernance(charter, log, { asOf })
        .filter((finding) => finding.rule !== 'governance/accountable-not-one')
        .map((finding) => [finding.rule, finding.path]);
    // Approved 7 January 12:00: 30 days of 24 hours end on 6 February 12:00.
    // Implemented 10 January 12:00: 60 days end on 11 March 12:00.
    expect(rulesAt('2026-02-06T12:00:00Z')).toEqual([['governance/no-reason', ['log', 5, 'reason']]]);
    expect(rulesAt('2026-02-06T12:01:00Z')).toEqual([
      ['governance/not-implemented', ['log', 2]],
      ['governance/no-reason', ['log', 5, 'reason']],
    ]);
    expect(rulesAt('2026-03-11T12:01:00Z')).toEqual([
      ['governance/not-implemented', ['log', 2]],
      ['governance/no-reason', ['log', 5, 'reason']],
      ['governance/not-measured', ['log', 6]],
    ]);
  });

  it('finds functions that own journey steps but have no council member', () => {
    const journey = parseJourney({
      kind: 'journey',
      schemaVersion: 1,
      id: 'engine-repair',
      title: 'Engine repair, wing to wing',
      customer: { segment: 'airlines' },
      boundary: { start: 'removed', end: 'reinstalled' },
      events: [
        { name: 'removed', perspective: 'customer' },
        { name: 'received', perspective: 'internal' },
        { name: 'invoiced', perspective: 'customer' },
        { name: 'reinstalled', perspective: 'customer' },
      ],
      stages: [{ id: 'repair', name: 'Repair', phase: 'support' }],
      steps: [
        {
          id: 'inbound',
          stage: 'repair',
          name: 'Inbound',
          owner: 'Logistics',
          control: 'partner',
          startEvent: 'removed',
          endEvent: 'received',
        },
        {
          id: 'invoice',
          stage: 'repair',
          name: 'Invoice',
          owner: 'finance',
          control: 'company',
          startEvent: 'received',
          endEvent: 'invoiced',
        },
        {
          id: 'outbound',
          stage: 'repair',
          name: 'Outbound',
          owner: 'logistics ',
          control: 'partner',
          startEvent: 'invoiced',
          endEvent: 'reinstalled',
        },
        {
          id: 'support',
          stage: 'repair',
          name: 'Support',
          owner: 'customer  service',
          control: 'company',
          startEvent: 'removed',
          endEvent: 'reinstalled',
        },
      ],
    });
    const findings = auditGovernance(charter, [], { asOf: '2026-03-01', journeys: [journey] }).filter(
      (finding) => finding.rule === 'governance/missing-function',
    );
    expect(findings.map((finding) => [finding.path, finding.message])).toEqual([
      [
        ['journeys', 0, 'steps', 0, 'owner'],
        '"Logistics" owns journey steps (engine-repair/inbound, engine-repair/outbound) but has no member on the council.',
      ],
      [
        ['journeys', 0, 'steps', 1, 'owner'],
        '"finance" owns journey steps (engine-repair/invoice) but has no member on the council.',
      ],
    ]);
  });

  it('throws for a malformed log, a missing asOf or an unknown option', () => {
    expectCxError(
      () => auditGovernance(charter, [...events, events[0] as DecisionEvent], { asOf: '2026-05-20' }),
      'DUPLICATE_EVENT_ID',
    );
    expectCxError(() => auditGovernance(charter, events, {} as never), 'INVALID_DATE', ['asOf']);
    expectCxError(() => auditGovernance(charter, events, { asOf: '2026-05-20', asof: 1 } as never), 'UNKNOWN_OPTION');
  });
});

describe('governance guide', () => {
  it('lists every audit rule and every lifecycle transition', async () => {
    const { readFileSync } = await import('node:fs');
    const { governanceRules, decisionTransitions } = await import('../../src/governance/index');
    const guide = readFileSync(new URL('../../docs/governance.md', import.meta.url), 'utf8');
    for (const rule of Object.values(governanceRules)) {
      expect(guide).toContain(`| \`${rule.id}\` | ${rule.severity} |`);
    }
    for (const transition of decisionTransitions) {
      const from = transition.from.length === 0 ? '—' : transition.from.join(', ');
      expect(guide).toContain(`| \`${transition.event}\` | ${from} | ${transition.to} | ${transition.by} |`);
    }
  });
});
