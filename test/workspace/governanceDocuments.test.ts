import { describe, expect, it } from 'vitest';
import {
  auditGovernance,
  parseCharter,
  parseDecisionLog,
  prioritize,
  safeParseDecisionLog,
  safeParsePortfolio,
} from '../../src/governance/index';

const log = {
  kind: 'decision-log',
  schemaVersion: 1,
  id: 'cx-decisions',
  title: 'CX council decisions',
  charter: 'cx-governance',
  events: [
    {
      id: 'e1',
      recommendation: 'callback',
      type: 'proposed',
      actor: 'maria',
      at: '2026-03-02',
      decisionType: 'journey-change',
    },
    { id: 'e2', recommendation: 'callback', type: 'submitted', actor: 'maria', at: '2026-03-02T09:00:00Z' },
    {
      id: 'e3',
      recommendation: 'callback',
      type: 'approved',
      actor: 'coo',
      at: '2026-03-04T15:00:00+01:00',
      reason: 'Cheap and asked for.',
    },
  ],
};

describe('decision-log documents', () => {
  it('feed the audit as they are', () => {
    const charter = parseCharter({
      kind: 'governance-charter',
      schemaVersion: 1,
      id: 'cx-governance',
      title: 'CX governance charter',
      council: [{ id: 'maria', function: 'customer service', role: 'chair' }],
      executives: [{ id: 'coo' }],
      decisionRights: [{ decisionType: 'journey-change', responsible: ['maria'], accountable: ['coo'] }],
      quorum: 1,
      reviewDeadline: { businessDays: 5 },
      followUp: { implementWithinDays: 30 },
    });
    const document = parseDecisionLog(log);
    // Approved on 4 March; 30 days to implement: overdue on 4 April, not on 2 April.
    expect(auditGovernance(charter, document.events, { asOf: '2026-04-02' })).toEqual([]);
    expect(auditGovernance(charter, document.events, { asOf: '2026-04-10' }).map((finding) => finding.rule)).toEqual([
      'governance/not-implemented',
    ]);
  });

  it('refuse a field on the wrong event type, an unknown field, a bad date and an unknown event type, each at its path', () => {
    const result = safeParseDecisionLog({
      ...log,
      events: [
        { ...log.events[0], outcome: { nps: 3 } },
        { ...log.events[1], decidedby: ['coo'] },
        { ...log.events[2], at: '4 March 2026' },
        { id: 'e4', recommendation: 'callback', type: 'shelved', actor: 'coo', at: '2026-03-05' },
      ],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    const issues = (result.error as unknown as { issues: Array<{ path: unknown[]; message: string }> }).issues;
    expect(issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining([
        ['events', 1, 'decidedby'],
        ['events', 2, 'at'],
        ['events', 3, 'type'],
      ]),
    );
    expect(issues.find((issue) => issue.path[2] === 'decidedby')?.message).toContain('Did you mean "decidedBy"?');
  });

  it('refuse outcome on a proposal once the fields are valid', () => {
    const result = safeParseDecisionLog({ ...log, events: [{ ...log.events[0], outcome: { nps: 3 } }] });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.path).toEqual(['events', 0, 'outcome']);
  });
});

describe('portfolio documents', () => {
  const portfolio = {
    kind: 'portfolio',
    schemaVersion: 1,
    id: 'funding-2027',
    title: 'CX funding 2027',
    budget: 100,
    ideas: [
      { id: 'status-texts', title: 'Weekly status texts', reach: 400, impact: 2, confidence: 0.8, effort: 2 },
      { id: 'loaner-engines', reach: 50, impact: 3, confidence: 0.5, effort: 10, dependsOn: ['status-texts'] },
    ],
  };

  it('feed prioritize as they are', () => {
    const result = safeParsePortfolio(portfolio);
    expect(result.success).toBe(true);
    if (!result.success) return;
    // RICE = reach × impact × confidence / effort: 400·2·0.8/2 = 320 and 50·3·0.5/10 = 7.5.
    expect(prioritize(result.data.ideas, { method: 'rice' }).map((idea) => [idea.id, idea.score])).toEqual([
      ['status-texts', 320],
      ['loaner-engines', 7.5],
    ]);
  });

  it('refuse a duplicate idea id, an unknown dependency and a confidence above 1', () => {
    const result = safeParsePortfolio({
      ...portfolio,
      ideas: [{ id: 'a', confidence: 1.5 }, { id: 'a' }, { id: 'b', dependsOn: ['c'] }],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    const issues = (result.error as unknown as { issues: Array<{ path: unknown[] }> }).issues;
    expect(issues.map((issue) => issue.path)).toEqual([
      ['ideas', 0, 'confidence'],
      ['ideas', 1, 'id'],
      ['ideas', 2, 'dependsOn', 0],
    ]);
  });
});
