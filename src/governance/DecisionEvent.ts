import type { Instant } from '../core/periods/Period';

/**
 * What happened to a recommendation. `proposed` opens it; `outcome-measured` closes the
 * loop after implementation.
 *
 * @category Decision log
 */
export type DecisionEventType =
  | 'proposed'
  | 'submitted'
  | 'approved'
  | 'denied'
  | 'deferred'
  | 'withdrawn'
  | 'resubmitted'
  | 'implemented'
  | 'outcome-measured';

/**
 * Where a recommendation stands.
 *
 * @category Decision log
 */
export type DecisionStatus =
  | 'proposed'
  | 'submitted'
  | 'approved'
  | 'denied'
  | 'deferred'
  | 'withdrawn'
  | 'implemented'
  | 'measured';

/**
 * One entry of a decision log. Fields other than the six common ones belong to one event
 * type each; giving them on another type is an error, never ignored.
 *
 * @category Decision log
 */
export interface DecisionEvent {
  /** The event's id, unique in the log. */
  readonly id: string;
  /** The id of the recommendation the event is about. */
  readonly recommendation: string;
  readonly type: DecisionEventType;
  /** The council member or executive who acted (by charter id). */
  readonly actor: string;
  /** When (a Date, an ISO 8601 string or epoch milliseconds; strings without offset are UTC). */
  readonly at: Instant;
  /** Why; expected on approvals, denials, deferrals and withdrawals (see `governance/no-reason`). */
  readonly reason?: string;
  /** On `proposed`: the decision type whose rights apply (a `decisionRights` entry of the charter). */
  readonly decisionType?: string;
  /** On `proposed`: the compliance tags the recommendation carries. */
  readonly tags?: readonly string[];
  /**
   * On `approved` and `denied`: the executives who took the decision, counted for the
   * quorum. Default: the actor alone.
   */
  readonly decidedBy?: readonly string[];
  /** On `outcome-measured`: the measured change per metric, e.g. `{ 'nps-repair': 6 }`. */
  readonly outcome?: Readonly<Record<string, number>>;
}

/**
 * One recommendation's state, rebuilt from its events. Times are epoch milliseconds.
 *
 * @category Decision log
 */
export interface RecommendationState {
  readonly id: string;
  readonly status: DecisionStatus;
  /** The decision type given when it was proposed, if any. */
  readonly decisionType?: string;
  /** Its compliance tags (empty when none). */
  readonly tags: readonly string[];
  readonly proposedAt: number;
  /** When it was last submitted or resubmitted: the review deadline runs from here. */
  readonly submittedAt?: number;
  /** When it was last approved, denied or deferred. */
  readonly decidedAt?: number;
  /** The executives who took the last approval or denial. */
  readonly decidedBy?: readonly string[];
  readonly implementedAt?: number;
  /** When its outcome was last measured. */
  readonly measuredAt?: number;
  /** The time of its latest event: a later event may not be earlier. */
  readonly updatedAt: number;
  /** The ids of the events applied to it, in order. */
  readonly events: readonly string[];
}

/**
 * Every recommendation's state, by recommendation id. Start a log with
 * `{ recommendations: {} }`.
 *
 * @category Decision log
 */
export interface DecisionLogState {
  readonly recommendations: Readonly<Record<string, RecommendationState>>;
}

/**
 * Why an event was not applied.
 *
 * - `unknown-actor`: the actor is neither a council member nor an executive.
 * - `unknown-recommendation`: the first event of a recommendation is not `proposed`.
 * - `already-proposed`: `proposed` for a recommendation that exists.
 * - `invalid-transition`: the event is not allowed from the current status (see `decisionTransitions`),
 *   e.g. an approval after a denial without a resubmission.
 * - `not-council`: proposing, submitting or resubmitting is the council's.
 * - `not-executive`: approving, denying or deferring is the executives'; `decidedBy` names executives only.
 * - `quorum-not-met`: fewer executives took part than the charter's quorum.
 * - `accountable-absent`: the decision type's one accountable executive did not take part.
 * - `compliance-approver-absent`: a compliance tag's approver did not take part.
 * - `unknown-decision-type`, `unknown-compliance-tag`: `proposed` names what the charter lacks.
 * - `out-of-order`: the event is earlier than the recommendation's latest event.
 *
 * @category Decision log
 */
export type DecisionRejectionCode =
  | 'unknown-actor'
  | 'unknown-recommendation'
  | 'already-proposed'
  | 'invalid-transition'
  | 'not-council'
  | 'not-executive'
  | 'quorum-not-met'
  | 'accountable-absent'
  | 'compliance-approver-absent'
  | 'unknown-decision-type'
  | 'unknown-compliance-tag'
  | 'out-of-order';

/**
 * A rule violation: the event was valid data but the charter or the lifecycle forbids it.
 *
 * @category Decision log
 */
export interface DecisionRejection {
  readonly code: DecisionRejectionCode;
  readonly message: string;
  readonly event: DecisionEvent;
}

/**
 * What {@link applyDecisionEvent} returns: the next state, or the rejection and no change.
 *
 * @category Decision log
 */
export type DecisionResult =
  | { readonly ok: true; readonly state: DecisionLogState }
  | { readonly ok: false; readonly rejection: DecisionRejection };
