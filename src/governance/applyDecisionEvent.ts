import { describeValue } from '../core/errors/describeValue';
import type { Charter } from './charterDocument';
import { charterRoles } from './charterRoles';
import type { DecisionEvent, DecisionLogState, DecisionResult } from './DecisionEvent';
import { raiseGovernance } from './messages';
import { nextRecommendationState } from './nextRecommendationState';
import { readDecisionEvent } from './readDecisionEvent';

/**
 * Applies one event to a decision log's state, enforcing the charter and the lifecycle
 * in {@link decisionTransitions}: only council members propose and submit; only
 * executives approve, deny or defer; an approval or denial needs the quorum of
 * executives, the decision type's one accountable executive and every compliance tag's
 * approver among `decidedBy`; nothing follows a denial but a resubmission; no event may
 * be earlier than the recommendation's latest. A rule violation is returned as a typed
 * rejection and the state is unchanged; the input state is never modified.
 *
 * @param state - The current state; `{ recommendations: {} }` for a new log.
 * @param event - The event to apply.
 * @param charter - The charter from `parseCharter`.
 * @returns `{ ok: true, state }` with the next state, or `{ ok: false, rejection: { code, message, event } }`.
 * @throws `CxError` `INVALID_INPUT` for a malformed event or state (missing id, unknown type, a field on the wrong
 *   event type; path names the field), `INVALID_DATE` for a bad `at`.
 *
 * @example
 * import { applyDecisionEvent, parseCharter } from 'cxkit/governance';
 *
 * const charter = parseCharter({
 *   kind: 'governance-charter',
 *   schemaVersion: 1,
 *   id: 'cx-governance',
 *   title: 'CX governance charter',
 *   council: [{ id: 'maria', function: 'customer service', role: 'chair' }],
 *   executives: [{ id: 'coo' }],
 *   decisionRights: [],
 *   quorum: 1,
 *   reviewDeadline: { businessDays: 10 },
 * });
 * const proposed = applyDecisionEvent(
 *   { recommendations: {} },
 *   { id: 'e1', recommendation: 'callback', type: 'proposed', actor: 'maria', at: '2026-03-02T09:00:00Z' },
 *   charter,
 * );
 * proposed.ok && proposed.state.recommendations.callback?.status // => 'proposed'
 * const early = proposed.ok
 *   ? applyDecisionEvent(proposed.state, { id: 'e2', recommendation: 'callback', type: 'approved', actor: 'coo', at: '2026-03-03T09:00:00Z' }, charter)
 *   : proposed;
 * !early.ok && early.rejection.code // => 'invalid-transition'
 * applyDecisionEvent({ recommendations: {} }, { id: 'e3', recommendation: 'callback', type: 'agreed', actor: 'coo', at: 0 } as never, charter)
 * // throws CxError INVALID_INPUT
 *
 * @category Decision log
 */
export function applyDecisionEvent(state: DecisionLogState, event: DecisionEvent, charter: Charter): DecisionResult {
  const recommendations = state?.recommendations;
  if (typeof recommendations !== 'object' || recommendations === null) {
    raiseGovernance(
      'INVALID_INPUT',
      ['state', 'a decision log state such as { recommendations: {} }', describeValue(state)],
      { path: ['state'] },
    );
  }
  const at = readDecisionEvent(event, ['event']);
  const previous = Object.hasOwn(recommendations, event.recommendation)
    ? recommendations[event.recommendation]
    : undefined;
  const step = nextRecommendationState(previous, event, at, charterRoles(charter));
  if (!step.ok) return { ok: false, rejection: { code: step.code, message: step.message, event } };
  return { ok: true, state: { recommendations: { ...recommendations, [event.recommendation]: step.state } } };
}
