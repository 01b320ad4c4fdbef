import type { DecisionEventType } from './DecisionEvent';

/**
 * @internal Every decision event type, in the order a recommendation meets them. Checked
 * against {@link DecisionEventType} both ways, so the list and the type cannot drift.
 */
export const decisionEventTypes = [
  'proposed',
  'submitted',
  'approved',
  'denied',
  'deferred',
  'withdrawn',
  'resubmitted',
  'implemented',
  'outcome-measured',
] as const satisfies readonly DecisionEventType[];

// A compile error here names a type of DecisionEventType missing from the list.
const everyTypeListed: DecisionEventType extends (typeof decisionEventTypes)[number] ? true : never = true;
void everyTypeListed;

/**
 * @internal Fields that mean something for some event types only (as
 * `applyDecisionEvent` reads them); on any other type they would be silently
 * meaningless, so the document and the event reader both refuse them.
 */
export const decisionEventFields = {
  decisionType: ['proposed'],
  tags: ['proposed'],
  decidedBy: ['approved', 'denied'],
  outcome: ['outcome-measured'],
} as const satisfies Readonly<Record<string, readonly DecisionEventType[]>>;
