import type { CharterRoles } from './charterRoles';
import type { DecisionEvent, DecisionRejectionCode, DecisionStatus, RecommendationState } from './DecisionEvent';
import { decisionTransitions } from './decisionTransitions';

/** @internal One step of the lifecycle: the next state or why not. */
export type RecommendationStep =
  | { readonly ok: true; readonly state: RecommendationState }
  | { readonly ok: false; readonly code: DecisionRejectionCode; readonly message: string };

const transitionOf = new Map(decisionTransitions.map((transition) => [transition.event, transition]));

const quote = (text: string) => JSON.stringify(text);

function reject(code: DecisionRejectionCode, message: string): RecommendationStep {
  return { ok: false, code, message };
}

function checkDecision(
  previous: RecommendationState,
  event: DecisionEvent,
  roles: CharterRoles,
): RecommendationStep | undefined {
  const deciders = [...new Set(event.decidedBy ?? [event.actor])];
  const outsider = deciders.find((id) => !roles.executives.has(id));
  if (outsider !== undefined) {
    return reject('not-executive', `${quote(outsider)} is not an executive; only executives take part in a decision.`);
  }
  if (deciders.length < roles.quorum) {
    return reject(
      'quorum-not-met',
      `${deciders.length} ${deciders.length === 1 ? 'executive' : 'executives'} took part (${deciders.join(', ')}); the charter's quorum is ${roles.quorum}.`,
    );
  }
  const accountable = previous.decisionType === undefined ? undefined : roles.accountable.get(previous.decisionType);
  // With none or several accountable the charter itself is at fault (an audit finding);
  // the rule binds only when it names one executive.
  const [only] = accountable ?? [];
  if (accountable?.length === 1 && only !== undefined && roles.executives.has(only) && !deciders.includes(only)) {
    return reject(
      'accountable-absent',
      `${quote(only)} is accountable for ${quote(previous.decisionType ?? '')} decisions but did not take part.`,
    );
  }
  for (const tag of previous.tags) {
    const approver = roles.approvers.get(tag);
    if (approver !== undefined && !deciders.includes(approver)) {
      return reject(
        'compliance-approver-absent',
        `The recommendation is tagged ${quote(tag)}, whose approver ${quote(approver)} did not take part.`,
      );
    }
  }
  return undefined;
}

/**
 * @internal The lifecycle rules for one recommendation. `at` is the event's time in
 * epoch milliseconds (already checked). Never throws for a rule violation.
 */
export function nextRecommendationState(
  previous: RecommendationState | undefined,
  event: DecisionEvent,
  at: number,
  roles: CharterRoles,
): RecommendationStep {
  const isCouncil = roles.council.has(event.actor);
  const isExecutive = roles.executives.has(event.actor);
  if (!isCouncil && !isExecutive) {
    return reject(
      'unknown-actor',
      `${quote(event.actor)} is neither a council member nor an executive of the charter.`,
    );
  }
  const transition = transitionOf.get(event.type);
  if (transition === undefined) return reject('invalid-transition', `Unknown event type ${quote(event.type)}.`);
  if (transition.by === 'council' && !isCouncil) {
    return reject(
      'not-council',
      `${quote(event.actor)} is not a council member; the council ${event.type === 'proposed' ? 'proposes' : 'submits'} recommendations.`,
    );
  }
  if (transition.by === 'executive' && !isExecutive) {
    return reject(
      'not-executive',
      `${quote(event.actor)} is not an executive; only executives approve, deny or defer.`,
    );
  }
  if (previous === undefined) {
    if (event.type !== 'proposed') {
      return reject(
        'unknown-recommendation',
        `Recommendation ${quote(event.recommendation)} has not been proposed; its first event must be "proposed".`,
      );
    }
    if (event.decisionType !== undefined && !roles.accountable.has(event.decisionType)) {
      return reject('unknown-decision-type', `The charter gives no decision rights for ${quote(event.decisionType)}.`);
    }
    const unknownTag = (event.tags ?? []).find((tag) => !roles.approvers.has(tag));
    if (unknownTag !== undefined) {
      return reject('unknown-compliance-tag', `The charter has no compliance tag ${quote(unknownTag)}.`);
    }
    return {
      ok: true,
      state: {
        id: event.recommendation,
        status: 'proposed',
        ...(event.decisionType === undefined ? {} : { decisionType: event.decisionType }),
        tags: [...new Set(event.tags ?? [])],
        proposedAt: at,
        updatedAt: at,
        events: [event.id],
      },
    };
  }
  if (event.type === 'proposed') {
    return reject('already-proposed', `Recommendation ${quote(event.recommendation)} was already proposed.`);
  }
  if (at < previous.updatedAt) {
    return reject(
      'out-of-order',
      `The event is dated ${new Date(at).toISOString()}, before the recommendation's latest event (${new Date(previous.updatedAt).toISOString()}).`,
    );
  }
  if (!transition.from.includes(previous.status)) {
    return reject(
      'invalid-transition',
      `A recommendation that is ${previous.status} cannot be ${event.type === 'outcome-measured' ? 'measured' : event.type}; ${describeAllowed(previous.status)}.`,
    );
  }
  if (event.type === 'approved' || event.type === 'denied') {
    const problem = checkDecision(previous, event, roles);
    if (problem !== undefined) return problem;
  }
  const base = { ...previous, status: transition.to, updatedAt: at, events: [...previous.events, event.id] };
  switch (event.type) {
    case 'submitted':
    case 'resubmitted':
      return { ok: true, state: { ...base, submittedAt: at } };
    case 'approved':
    case 'denied':
      return { ok: true, state: { ...base, decidedAt: at, decidedBy: [...new Set(event.decidedBy ?? [event.actor])] } };
    case 'deferred':
      return { ok: true, state: { ...base, decidedAt: at } };
    case 'implemented':
      return { ok: true, state: { ...base, implementedAt: at } };
    case 'outcome-measured':
      return { ok: true, state: { ...base, measuredAt: at } };
    default:
      return { ok: true, state: base };
  }
}

function describeAllowed(status: DecisionStatus): string {
  const next = decisionTransitions.filter((transition) => transition.from.includes(status));
  return next.length === 0
    ? 'nothing follows it'
    : `what may follow: ${next.map((transition) => transition.event).join(', ')}`;
}
