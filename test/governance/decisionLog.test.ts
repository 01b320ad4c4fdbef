import { describe, expect, it } from 'vitest';
import {
  applyDecisionEvent,
  type DecisionEvent,
  type DecisionLogState,
  decisionTransitions,
  replayDecisionLog,
} from '../../src/governance/index';
import { expectCxError } from '../expectCxError';
import { at, callbackLife, charter } from './fixtures';

const events = callbackLife.map((entry) => entry.event);

// The callback recommendation after its whole life, written out from the events above:
// last submitted by the resubmission e09, decided by e11 (coo and cco), implemented by
// e13, measured by e14; the rejected events leave no trace in it.
const expectedCallback = {
  id: 'callback',
  status: 'measured',
  decisionType: 'journey-change',
  tags: ['gdpr'],
  proposedAt: at('2026-03-02T09:00:00Z'),
  submittedAt: at('2026-03-09T09:00:00Z'),
  decidedAt: at('2026-03-10T09:00:00Z'),
  decidedBy: ['coo', 'cco'],
  implementedAt: at('2026-04-01T09:00:00Z'),
  measuredAt: at('2026-05-15T09:00:00Z'),
  updatedAt: at('2026-05-15T09:00:00Z'),
  events: ['e01', 'e03', 'e07', 'e09', 'e11', 'e13', 'e14'],
};

describe('applyDecisionEvent', () => {
  it('walks a recommendation through its whole life, rejecting each rule violation with its code', () => {
    let state: DecisionLogState = { recommendations: {} };
    const statuses: string[] = [];
    for (const { event, expectedCode } of callbackLife) {
      const result = applyDecisionEvent(state, event, charter);
      if (result.ok) {
        expect(expectedCode, `event ${event.id}`).toBe('applied');
        state = result.state;
        statuses.push(result.state.recommendations[event.recommendation]?.status ?? '');
      } else {
        expect(result.rejection.code, `event ${event.id}`).toBe(expectedCode);
        expect(result.rejection.event).toBe(event);
        expect(result.rejection.message.length).toBeGreaterThan(0);
      }
    }
    expect(statuses).toEqual(['proposed', 'submitted', 'denied', 'submitted', 'approved', 'implemented', 'measured']);
    expect(state.recommendations).toEqual({ callback: expectedCallback });
  });

  it('never modifies the state it is given', () => {
    const start: DecisionLogState = { recommendations: {} };
    const first = applyDecisionEvent(start, events[0] as DecisionEvent, charter);
    expect(start).toEqual({ recommendations: {} });
    if (!first.ok) throw new Error('expected the proposal to apply');
    const frozen = JSON.stringify(first.state);
    applyDecisionEvent(first.state, events[2] as DecisionEvent, charter);
    expect(JSON.stringify(first.state)).toBe(frozen);
  });

  it('rejects an event earlier than the latest one, a second proposal, and unknown decision types or tags', () => {
    const proposed = applyDecisionEvent({ recommendations: {} }, events[0] as DecisionEvent, charter);
    if (!proposed.ok) throw new Error('expected the proposal to apply');
    const state = proposed.state;
    const early = applyDecisionEvent(
      state,
      { id: 'x1', recommendation: 'callback', type: 'submitted', actor: 'maria', at: '2026-03-01T09:00:00Z' },
      charter,
    );
    expect(!early.ok && early.rejection.code).toBe('out-of-order');
    const again = applyDecisionEvent(
      state,
      { id: 'x2', recommendation: 'callback', type: 'proposed', actor: 'maria', at: '2026-03-04T09:00:00Z' },
      charter,
    );
    expect(!again.ok && again.rejection.code).toBe('already-proposed');
    const type = applyDecisionEvent(
      state,
      {
        id: 'x3',
        recommendation: 'portal',
        type: 'proposed',
        actor: 'tom',
        at: '2026-03-04T09:00:00Z',
        decisionType: 'pricing',
      },
      charter,
    );
    expect(!type.ok && type.rejection.code).toBe('unknown-decision-type');
    const tag = applyDecisionEvent(
      state,
      {
        id: 'x4',
        recommendation: 'portal',
        type: 'proposed',
        actor: 'tom',
        at: '2026-03-04T09:00:00Z',
        tags: ['hipaa'],
      },
      charter,
    );
    expect(!tag.ok && tag.rejection.code).toBe('unknown-compliance-tag');
    const outsider = applyDecisionEvent(
      state,
      { id: 'x5', recommendation: 'callback', type: 'submitted', actor: 'maria', at: '2026-03-04T09:00:00Z' },
      charter,
    );
    expect(outsider.ok).toBe(true);
  });

  it('lets an executive who is not accountable decide when the decision type has several accountable', () => {
    // survey-program names coo and cfo as accountable: the charter is at fault (an
    // audit finding), so the accountable rule does not bind and quorum alone decides.
    let state: DecisionLogState = { recommendations: {} };
    for (const event of [
      {
        id: 's1',
        recommendation: 'pulse',
        type: 'proposed',
        actor: 'tom',
        at: '2026-03-02',
        decisionType: 'survey-program',
      },
      { id: 's2', recommendation: 'pulse', type: 'submitted', actor: 'tom', at: '2026-03-03' },
      {
        id: 's3',
        recommendation: 'pulse',
        type: 'approved',
        actor: 'cfo',
        at: '2026-03-04',
        decidedBy: ['cfo', 'cco'],
        reason: 'ok',
      },
    ] as const) {
      const result = applyDecisionEvent(state, event, charter);
      if (!result.ok) throw new Error(result.rejection.message);
      state = result.state;
    }
    expect(state.recommendations.pulse?.status).toBe('approved');
  });

  it('throws for malformed events, naming the field', () => {
    const state = { recommendations: {} };
    const base = { id: 'm1', recommendation: 'callback', type: 'proposed', actor: 'maria', at: '2026-03-02' } as const;
    expectCxError(() => applyDecisionEvent(state, { ...base, type: 'agreed' } as never, charter), 'INVALID_INPUT', [
      'event',
      'type',
    ]);
    expectCxError(() => applyDecisionEvent(state, { ...base, actor: '' }, charter), 'INVALID_INPUT', [
      'event',
      'actor',
    ]);
    expectCxError(() => applyDecisionEvent(state, { ...base, at: '2026-02-30' }, charter), 'INVALID_DATE', [
      'event',
      'at',
    ]);
    expectCxError(() => applyDecisionEvent(state, { ...base, decidedBy: ['coo'] }, charter), 'INVALID_INPUT', [
      'event',
      'decidedBy',
    ]);
    expectCxError(() => applyDecisionEvent(state, { ...base, approver: 'coo' } as never, charter), 'INVALID_INPUT', [
      'event',
      'approver',
    ]);
    expectCxError(() => applyDecisionEvent(state, { ...base, tags: ['gdpr', 3] } as never, charter), 'INVALID_INPUT', [
      'event',
      'tags',
      1,
    ]);
    expectCxError(() => applyDecisionEvent(undefined as never, base, charter), 'INVALID_INPUT', ['state']);
    expect(
      expectCxError(() => applyDecisionEvent(state, { ...base, type: 'agreed' } as never, charter), 'INVALID_INPUT')
        .message,
    ).toMatchInlineSnapshot(
      `"event.type must be one of "proposed", "submitted", "approved", "denied", "deferred", "withdrawn", "resubmitted", "implemented", "outcome-measured"; received "agreed"."`,
    );
  });
});

describe('replayDecisionLog', () => {
  it('rebuilds the state and reports every rejected event with its input index', () => {
    const replay = replayDecisionLog(events, charter);
    expect(replay.recommendations).toEqual({ callback: expectedCallback });
    const expectedRejections = callbackLife
      .map((entry, index) => [index, entry.event.id, entry.expectedCode])
      .filter((entry) => entry[2] !== 'applied');
    expect(replay.rejected.map((rejected) => [rejected.index, rejected.event.id, rejected.code]).sort()).toEqual(
      expectedRejections.sort(),
    );
    // Nothing is lost: every event is applied or rejected.
    const applied = Object.values(replay.recommendations).flatMap((state) => state.events);
    expect(applied.length + replay.rejected.length).toBe(events.length);
  });

  it('gives the same states whatever order the events arrive in', () => {
    const reversed = [...events].reverse();
    const rotated = [...events.slice(7), ...events.slice(0, 7)];
    const interleaved = events
      .filter((_, index) => index % 2 === 1)
      .concat(events.filter((_, index) => index % 2 === 0));
    for (const arrival of [reversed, rotated, interleaved]) {
      const replay = replayDecisionLog(arrival, charter);
      expect(replay.recommendations).toEqual({ callback: expectedCallback });
      expect(replay.rejected.map((rejected) => rejected.event.id).sort()).toEqual(
        callbackLife
          .filter((entry) => entry.expectedCode !== 'applied')
          .map((entry) => entry.event.id)
          .sort(),
      );
    }
  });

  it('keeps input order for events at the same instant', () => {
    const proposed = { id: 'p', recommendation: 'portal', type: 'proposed', actor: 'tom', at: '2026-03-02' } as const;
    const submitted = { id: 's', recommendation: 'portal', type: 'submitted', actor: 'tom', at: '2026-03-02' } as const;
    expect(replayDecisionLog([proposed, submitted], charter).recommendations.portal?.status).toBe('submitted');
    const swapped = replayDecisionLog([submitted, proposed], charter);
    expect(swapped.recommendations.portal?.status).toBe('proposed');
    expect(swapped.rejected.map((rejected) => [rejected.index, rejected.code])).toEqual([
      [0, 'unknown-recommendation'],
    ]);
    expect(swapped.order).toEqual([0, 1]);
  });

  it('throws on duplicate event ids and malformed events, with the index', () => {
    const copy = { ...(events[2] as DecisionEvent) };
    const error = expectCxError(() => replayDecisionLog([...events, copy], charter), 'DUPLICATE_EVENT_ID', [
      events.length,
      'id',
    ]);
    expect(error.message).toMatchInlineSnapshot(
      `"Event id "e03" is used at index 2 and again at index 15; every event in a decision log needs its own id."`,
    );
    expectCxError(
      () => replayDecisionLog([events[0] as DecisionEvent, { ...(events[2] as DecisionEvent), at: 'soon' }], charter),
      'INVALID_DATE',
      [1, 'at'],
    );
    expectCxError(() => replayDecisionLog('e01' as never, charter), 'INVALID_INPUT');
  });
});

describe('decisionTransitions', () => {
  it('lists every event type once and leads only to known statuses', () => {
    const eventTypes = decisionTransitions.map((transition) => transition.event);
    expect(new Set(eventTypes).size).toBe(9);
    const statuses = new Set(decisionTransitions.map((transition) => transition.to));
    for (const transition of decisionTransitions)
      for (const from of transition.from) expect(statuses.has(from)).toBe(true);
  });
});
