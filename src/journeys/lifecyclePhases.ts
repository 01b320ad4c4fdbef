/**
 * A phase of the customer lifecycle that a journey stage belongs to.
 *
 * @category Journey documents
 */
export interface LifecyclePhase {
  /** The phase id a stage names in its `phase` field. */
  readonly id: string;
  /** What the customer is doing in this phase. */
  readonly description: string;
  /** Whether the phase comes after the purchase: the part a buyer's-journey map leaves out. */
  readonly afterPurchase: boolean;
}

/**
 * The lifecycle phases cxkit knows, in lifecycle order. A journey may declare more in
 * its `phases` field (say, `'claim'` for an insurer); each says whether it comes after
 * the purchase, which `journey/buying-only` reads.
 *
 * @example
 * import { lifecyclePhases } from 'cxkit/journeys';
 *
 * lifecyclePhases.map((phase) => phase.id)
 * // => ['discover', 'consider', 'buy', 'onboard', 'use', 'support', 'renew', 'leave']
 * lifecyclePhases.filter((phase) => !phase.afterPurchase).length // => 3
 *
 * @category Journey documents
 */
export const lifecyclePhases: readonly LifecyclePhase[] = [
  { id: 'discover', description: 'learns that the company and its offer exist', afterPurchase: false },
  { id: 'consider', description: 'compares offers and decides', afterPurchase: false },
  { id: 'buy', description: 'orders, signs and pays', afterPurchase: false },
  { id: 'onboard', description: 'gets set up and starts to use what was bought', afterPurchase: true },
  { id: 'use', description: 'uses the product or service day to day', afterPurchase: true },
  { id: 'support', description: 'gets help, a repair or a fix', afterPurchase: true },
  { id: 'renew', description: 'renews, extends or buys again', afterPurchase: true },
  { id: 'leave', description: 'cancels, returns or moves away', afterPurchase: true },
];
