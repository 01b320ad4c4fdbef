import type { DecisionEventType, DecisionStatus } from './DecisionEvent';

/**
 * One allowed step of a recommendation's life.
 *
 * @category Decision log
 */
export interface DecisionTransition {
  readonly event: DecisionEventType;
  /** The statuses the event may follow; empty for `proposed`, which opens a recommendation. */
  readonly from: readonly DecisionStatus[];
  readonly to: DecisionStatus;
  /** Who may record it: council members, executives, or either. */
  readonly by: 'council' | 'executive' | 'council or executive';
}

/**
 * The decision lifecycle as data: every event type, the statuses it may follow, the
 * status it leads to and who may record it. {@link applyDecisionEvent} enforces exactly
 * this table (plus quorum, accountable and compliance approvers for approvals and
 * denials); the governance guide prints it.
 *
 * A denial, a deferral or a withdrawal is final until a `resubmitted` event: there is no
 * approval after a denial without a resubmission.
 *
 * @example
 * import { decisionTransitions } from 'cxkit/governance';
 *
 * decisionTransitions.find((transition) => transition.event === 'approved')
 * // => { event: 'approved', from: ['submitted'], to: 'approved', by: 'executive' }
 * decisionTransitions.filter((transition) => transition.from.includes('denied')).map((transition) => transition.event)
 * // => ['resubmitted']
 *
 * @category Decision log
 */
export const decisionTransitions: readonly DecisionTransition[] = [
  { event: 'proposed', from: [], to: 'proposed', by: 'council' },
  { event: 'submitted', from: ['proposed'], to: 'submitted', by: 'council' },
  { event: 'approved', from: ['submitted'], to: 'approved', by: 'executive' },
  { event: 'denied', from: ['submitted'], to: 'denied', by: 'executive' },
  { event: 'deferred', from: ['submitted'], to: 'deferred', by: 'executive' },
  {
    event: 'withdrawn',
    from: ['proposed', 'submitted', 'deferred', 'approved'],
    to: 'withdrawn',
    by: 'council or executive',
  },
  { event: 'resubmitted', from: ['denied', 'deferred', 'withdrawn'], to: 'submitted', by: 'council' },
  { event: 'implemented', from: ['approved'], to: 'implemented', by: 'council or executive' },
  { event: 'outcome-measured', from: ['implemented', 'measured'], to: 'measured', by: 'council or executive' },
];
