import { type DecisionEvent, parseCharter } from '../../src/governance/index';

/** A charter with three council members, three executives, quorum 2 and one compliance tag. */
export const charterInput = {
  kind: 'governance-charter',
  schemaVersion: 1,
  id: 'cx-governance',
  title: 'CX governance charter',
  council: [
    { id: 'maria', name: 'Maria Lopez', function: 'Customer Service', role: 'chair' },
    { id: 'tom', function: 'marketing', role: 'member' },
    { id: 'priya', function: 'product', role: 'secretary' },
  ],
  executives: [
    { id: 'coo', title: 'Chief operating officer' },
    { id: 'cfo', title: 'Chief financial officer' },
    { id: 'cco', title: 'Chief compliance officer' },
  ],
  decisionRights: [
    { decisionType: 'journey-change', responsible: ['maria'], accountable: ['coo'], consulted: ['tom'] },
    { decisionType: 'survey-program', responsible: ['tom'], accountable: ['coo', 'cfo'] },
    { decisionType: 'funding', responsible: ['priya'], accountable: [], informed: ['maria'] },
  ],
  quorum: 2,
  reviewDeadline: { businessDays: 5 },
  followUp: { implementWithinDays: 30, measureWithinDays: 60 },
  complianceTags: [{ tag: 'gdpr', approver: 'cco' }],
  surveyPolicy: { maxSurveys: { count: 2, withinDays: 30 }, minDaysSinceComplaint: 14 },
} as const;

export const charter = parseCharter(charterInput);

/**
 * The whole life of recommendation "callback" (a GDPR-tagged journey change), with the
 * rejected attempts along the way, each at its own time. `expectedCode` is what the
 * charter and the lifecycle say about each event, worked out by hand.
 */
export const callbackLife: ReadonlyArray<{ event: DecisionEvent; expectedCode: string }> = [
  {
    event: {
      id: 'e01',
      recommendation: 'callback',
      type: 'proposed',
      actor: 'maria',
      at: '2026-03-02T09:00:00Z',
      decisionType: 'journey-change',
      tags: ['gdpr'],
    },
    expectedCode: 'applied',
  },
  // Executives do not submit: the council brings recommendations.
  {
    event: { id: 'e02', recommendation: 'callback', type: 'submitted', actor: 'coo', at: '2026-03-02T10:00:00Z' },
    expectedCode: 'not-council',
  },
  {
    event: { id: 'e03', recommendation: 'callback', type: 'submitted', actor: 'maria', at: '2026-03-03T09:00:00Z' },
    expectedCode: 'applied',
  },
  // A council member cannot approve.
  {
    event: {
      id: 'e04',
      recommendation: 'callback',
      type: 'approved',
      actor: 'tom',
      at: '2026-03-03T10:00:00Z',
      reason: 'Cheap',
    },
    expectedCode: 'not-executive',
  },
  // One executive is below the quorum of two.
  {
    event: {
      id: 'e05',
      recommendation: 'callback',
      type: 'approved',
      actor: 'coo',
      at: '2026-03-03T11:00:00Z',
      reason: 'Cheap',
    },
    expectedCode: 'quorum-not-met',
  },
  // Quorum met, but the GDPR approver (cco) did not take part.
  {
    event: {
      id: 'e06',
      recommendation: 'callback',
      type: 'approved',
      actor: 'coo',
      at: '2026-03-04T09:00:00Z',
      decidedBy: ['coo', 'cfo'],
      reason: 'Cheap',
    },
    expectedCode: 'compliance-approver-absent',
  },
  {
    event: {
      id: 'e07',
      recommendation: 'callback',
      type: 'denied',
      actor: 'coo',
      at: '2026-03-05T09:00:00Z',
      decidedBy: ['coo', 'cco'],
      reason: 'Consent wording not ready',
    },
    expectedCode: 'applied',
  },
  // No approval after a denial without a resubmission.
  {
    event: {
      id: 'e08',
      recommendation: 'callback',
      type: 'approved',
      actor: 'coo',
      at: '2026-03-06T09:00:00Z',
      decidedBy: ['coo', 'cfo', 'cco'],
      reason: 'Changed our minds',
    },
    expectedCode: 'invalid-transition',
  },
  {
    event: {
      id: 'e09',
      recommendation: 'callback',
      type: 'resubmitted',
      actor: 'maria',
      at: '2026-03-09T09:00:00Z',
      reason: 'Consent wording approved by legal',
    },
    expectedCode: 'applied',
  },
  // Quorum and GDPR approver, but the accountable executive for journey changes (coo) is absent.
  {
    event: {
      id: 'e10',
      recommendation: 'callback',
      type: 'approved',
      actor: 'cfo',
      at: '2026-03-09T15:00:00Z',
      decidedBy: ['cfo', 'cco'],
      reason: 'Fine',
    },
    expectedCode: 'accountable-absent',
  },
  {
    event: {
      id: 'e11',
      recommendation: 'callback',
      type: 'approved',
      actor: 'coo',
      at: '2026-03-10T09:00:00Z',
      decidedBy: ['coo', 'cco'],
      reason: 'Cuts repeat calls',
    },
    expectedCode: 'applied',
  },
  // Someone who is not in the charter.
  {
    event: { id: 'e12', recommendation: 'callback', type: 'implemented', actor: 'ghost', at: '2026-03-20T09:00:00Z' },
    expectedCode: 'unknown-actor',
  },
  {
    event: { id: 'e13', recommendation: 'callback', type: 'implemented', actor: 'priya', at: '2026-04-01T09:00:00Z' },
    expectedCode: 'applied',
  },
  {
    event: {
      id: 'e14',
      recommendation: 'callback',
      type: 'outcome-measured',
      actor: 'priya',
      at: '2026-05-15T09:00:00Z',
      outcome: { 'nps-support': 4 },
    },
    expectedCode: 'applied',
  },
  // Events for a recommendation nobody proposed.
  {
    event: {
      id: 'e15',
      recommendation: 'chatbot',
      type: 'approved',
      actor: 'coo',
      at: '2026-03-11T09:00:00Z',
      decidedBy: ['coo', 'cfo'],
      reason: 'x',
    },
    expectedCode: 'unknown-recommendation',
  },
];

export const at = (text: string) => Date.parse(text);
