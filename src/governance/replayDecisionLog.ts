import { describeValue } from '../core/errors/describeValue';
import type { Charter } from './charterDocument';
import { charterRoles } from './charterRoles';
import type { DecisionEvent, DecisionRejectionCode, RecommendationState } from './DecisionEvent';
import { raiseGovernance } from './messages';
import { nextRecommendationState } from './nextRecommendationState';
import { readDecisionEvent } from './readDecisionEvent';

/**
 * An event {@link replayDecisionLog} did not apply, with where it was in the input.
 *
 * @category Decision log
 */
export interface RejectedDecisionEvent {
  /** The event's index in the input. */
  readonly index: number;
  readonly code: DecisionRejectionCode;
  readonly message: string;
  readonly event: DecisionEvent;
}

/**
 * What {@link replayDecisionLog} returns. Every input event is either in its
 * recommendation's `events` or in `rejected`: none is lost.
 *
 * @category Decision log
 */
export interface DecisionLogReplay {
  /** Every recommendation's state, by id. */
  readonly recommendations: Readonly<Record<string, RecommendationState>>;
  /** The events that broke a rule, in replay order. */
  readonly rejected: readonly RejectedDecisionEvent[];
  /** The input indexes in the order they were replayed. */
  readonly order: readonly number[];
}

/**
 * Rebuilds every recommendation's state from a decision log. Events are replayed in time
 * order; events at the same instant keep their input order (a stable sort), so an
 * append-only log replays the way it was written. Each event goes through the same rules
 * as {@link applyDecisionEvent}; an event that breaks one is reported in `rejected` with
 * its input index and code, never dropped, and the replay goes on.
 *
 * @param events - The log, in any order.
 * @param charter - The charter from `parseCharter`.
 * @returns The states by recommendation id, the rejected events and the replay order.
 * @throws `CxError` `DUPLICATE_EVENT_ID` (path `[index, 'id']`); `INVALID_INPUT` or `INVALID_DATE` for a
 *   malformed event (path `[index, field]`).
 *
 * @example
 * import { parseCharter, replayDecisionLog } from 'cxkit/governance';
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
 * const replay = replayDecisionLog(
 *   [
 *     { id: 'e2', recommendation: 'callback', type: 'submitted', actor: 'maria', at: '2026-03-03' },
 *     { id: 'e1', recommendation: 'callback', type: 'proposed', actor: 'maria', at: '2026-03-02' },
 *     { id: 'e3', recommendation: 'callback', type: 'approved', actor: 'maria', at: '2026-03-04' },
 *   ],
 *   charter,
 * );
 * replay.recommendations.callback?.status // => 'submitted'
 * replay.rejected.map((rejected) => [rejected.index, rejected.code]) // => [[2, 'not-executive']]
 *
 * @category Decision log
 */
export function replayDecisionLog(events: readonly DecisionEvent[], charter: Charter): DecisionLogReplay {
  if (!Array.isArray(events)) {
    raiseGovernance('INVALID_INPUT', ['events', 'an array of decision events', describeValue(events)], { path: [] });
  }
  const roles = charterRoles(charter);
  const times = new Float64Array(events.length);
  const firstIndexOf = new Map<string, number>();
  events.forEach((event, index) => {
    times[index] = readDecisionEvent(event, [index]);
    const first = firstIndexOf.get(event.id);
    if (first !== undefined) raiseGovernance('DUPLICATE_EVENT_ID', [event.id, first, index], { path: [index, 'id'] });
    firstIndexOf.set(event.id, index);
  });
  // Array.prototype.sort is stable, so equal times keep their input order.
  const order = events
    .map((_, index) => index)
    .sort((left, right) => (times[left] as number) - (times[right] as number));
  const states = new Map<string, RecommendationState>();
  const rejected: RejectedDecisionEvent[] = [];
  for (const index of order) {
    const event = events[index] as DecisionEvent;
    const step = nextRecommendationState(states.get(event.recommendation), event, times[index] as number, roles);
    if (step.ok) states.set(event.recommendation, step.state);
    else rejected.push({ index, code: step.code, message: step.message, event });
  }
  return { recommendations: Object.fromEntries(states), rejected, order };
}
