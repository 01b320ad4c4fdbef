import { defineRuleRegistry } from '../core/findings/defineRuleRegistry';

/**
 * The rules {@link lintJourney} reports, with why each matters. A journey map is only
 * as honest as its boundary: these rules find maps drawn from the inside out, maps of
 * the buying part alone, time the customer feels that nobody owns, and moments of truth
 * nobody measures.
 *
 * @example
 * import { journeyRules } from 'cxkit/journeys';
 *
 * journeyRules['journey/inside-out-boundary'].severity // => 'error'
 * Object.keys(journeyRules).length // => 7
 *
 * @category Journey lint
 */
export const journeyRules = /* @__PURE__ */ defineRuleRegistry([
  {
    id: 'journey/inside-out-boundary',
    summary: 'The journey starts or ends on an event only the company sees.',
    rationale:
      'Customers feel the whole time from the moment their need starts to the moment it is met. An engine-repair business that measured from "engine received in the shop" to "engine shipped" cut that time sharply, yet its customers stayed unhappy: they felt the time from the engine leaving the wing to its return. A boundary on an internal event measures the company\'s process, not the customer\'s experience.',
    severity: 'error',
    example: 'boundary.start is "work-order-opened", an event declared with perspective "internal"',
  },
  {
    id: 'journey/buying-only',
    summary: 'Every stage lies before or at the purchase.',
    rationale:
      "The buyer's journey is a small part of the customer's life with a company. Onboarding, use, support, renewal and leaving shape loyalty at least as much, and they are where most functions (service, finance, accounting, logistics) touch the customer.",
    severity: 'warning',
    example: 'stages in the phases discover, consider and buy only',
  },
  {
    id: 'journey/hand-off-gap',
    summary: 'After a step ends, no step starts at that event: the customer waits and no one owns the wait.',
    rationale:
      'Hand-offs between functions are where customer-felt time hides. When one step ends on an event that starts no other step, the time until the next step begins belongs to no one, is measured by no one, and is exactly the time the customer complains about.',
    severity: 'warning',
    example:
      'step "quote" ends on "quote-sent"; the next step "repair" starts on "quote-approved"; no step runs from "quote-sent" to "quote-approved"',
  },
  {
    id: 'journey/step-without-owner',
    summary: 'A step names no owning function.',
    rationale:
      'A step without an owner has no one to improve it, answer for it or fund it. Every function that touches the customer — sales, finance, accounting, logistics, not only service — owns part of the experience.',
    severity: 'warning',
    example: 'step "invoice" with no owner',
  },
  {
    id: 'journey/unmeasured-moment-of-truth',
    summary: 'A moment of truth has no metric that measures it.',
    rationale:
      'Moments of truth carry most of the weight in how customers judge a journey. One that is not measured cannot be managed, and cannot show whether a change helped.',
    severity: 'warning',
    example: 'step "diagnosis" with momentOfTruth: true and no measures',
  },
  {
    id: 'journey/service-and-digital-only',
    summary: 'Only customer-service or digital functions own steps (advice a journey can acknowledge).',
    rationale:
      'CX is bigger than service and digital. Sales promises, finance invoices, accounting corrects, logistics delivers: every function creates moments that shape the experience. Focusing on service or digital is not wrong in itself — in some businesses it is the strategic driver of growth — but limiting CX to them is a mistake where they are only one part of the journey. Hence advice: where the focus is deliberate, acknowledge it in the journey with the reason (`acknowledged: [{ rule: journey/service-and-digital-only, reason }]`) and the finding goes away.',
    severity: 'info',
    example: 'steps owned by "customer-service" and "digital" only',
  },
  {
    id: 'journey/no-outcome-measure',
    summary: "No metric measures the customer's outcome over the whole wing-to-wing span.",
    rationale:
      'Step metrics tell each function how its part went; only a measure of the whole span says what the customer felt. Without one, every step can improve while the customer notices nothing.',
    severity: 'warning',
    example: 'a journey with no outcomeMeasures',
  },
]);

/**
 * The id of a rule in {@link journeyRules}.
 *
 * @category Journey lint
 */
export type JourneyRuleId = keyof typeof journeyRules;
