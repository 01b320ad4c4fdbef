import { parseDocument } from '../core/documents/parseDocument';
import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { raise } from '../core/errors/raise';
import type { Finding } from '../core/findings/Finding';
import { findingFromRule } from '../core/findings/findingFromRule';
import { sortFindings } from '../core/findings/sortFindings';
import { type Journey, type JourneyInput, journeyDocument } from './journeyDocument';
import { journeyRules } from './journeyRules';
import { lifecyclePhases } from './lifecyclePhases';

/**
 * Options for {@link lintJourney}.
 *
 * @category Journey lint
 */
export interface LintJourneyOptions {
  /**
   * The owner names that count as customer service or digital for
   * `journey/service-and-digital-only`, compared without case, spaces, `-` or `_`.
   * Default {@link serviceAndDigitalFunctions}.
   */
  readonly serviceAndDigitalFunctions?: readonly string[];
}

/**
 * The owner names `journey/service-and-digital-only` counts as customer service or
 * digital by default.
 *
 * @example
 * import { serviceAndDigitalFunctions } from 'cxkit/journeys';
 *
 * serviceAndDigitalFunctions.includes('customer service') // => true
 *
 * @category Journey lint
 */
export const serviceAndDigitalFunctions: readonly string[] = [
  'service',
  'customer service',
  'customer care',
  'customer support',
  'support',
  'contact centre',
  'contact center',
  'call centre',
  'call center',
  'digital',
  'ecommerce',
  'web',
  'online',
  'app',
];

const normalize = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');

function checkFunctionList(list: unknown): readonly string[] {
  if (!Array.isArray(list)) {
    raise('INVALID_OPTION', ['serviceAndDigitalFunctions', 'an array of function names', describeValue(list)], {
      path: ['serviceAndDigitalFunctions'],
    });
  }
  list.forEach((name, index) => {
    if (typeof name !== 'string' || name.trim() === '') {
      raise('INVALID_OPTION', [`serviceAndDigitalFunctions[${index}]`, 'a non-empty string', describeValue(name)], {
        path: ['serviceAndDigitalFunctions', index],
      });
    }
  });
  return list;
}

function findBoundaryProblems(journey: Journey): Finding[] {
  const perspective = new Map<string, string>(journey.events.map((event) => [event.name, event.perspective]));
  const findings: Finding[] = [];
  for (const [end, role] of [
    ['start', "the customer's trigger"],
    ['end', "the customer's outcome"],
  ] as const) {
    const name = journey.boundary[end];
    if (perspective.get(name) === 'internal') {
      findings.push(
        findingFromRule(journeyRules['journey/inside-out-boundary'], {
          message: `The journey ${end === 'start' ? 'starts' : 'ends'} on ${JSON.stringify(name)}, an event only the company sees; measured this way it leaves out time the customer feels.`,
          path: ['boundary', end],
          hint: `Bound the journey on ${role}, an event the customer lives (declare it with perspective "customer").`,
        }),
      );
    }
  }
  return findings;
}

function findBuyingOnly(journey: Journey): Finding[] {
  const afterPurchase = new Map<string, boolean>([
    ...lifecyclePhases.map((phase) => [phase.id, phase.afterPurchase] as const),
    ...(journey.phases ?? []).map((phase) => [phase.id, phase.afterPurchase] as const),
  ]);
  if (journey.stages.some((stage) => afterPurchase.get(stage.phase) === true)) return [];
  const phases = [...new Set(journey.stages.map((stage) => stage.phase))].join(', ');
  return [
    findingFromRule(journeyRules['journey/buying-only'], {
      message: `Every stage is in a phase up to the purchase (${phases}); the journey leaves out what the customer lives after buying.`,
      path: ['stages'],
      hint: 'Map the stages after the purchase too: onboarding, use, support, renewal, leaving.',
    }),
  ];
}

function findHandOffGaps(journey: Journey): Finding[] {
  const startsAt = new Set<string>(journey.steps.map((step) => step.startEvent));
  const findings: Finding[] = [];
  if (!startsAt.has(journey.boundary.start)) {
    findings.push(
      findingFromRule(journeyRules['journey/hand-off-gap'], {
        message: `No step starts at the boundary start ${JSON.stringify(journey.boundary.start)}: the customer's time from the trigger to the first step is owned by no one.`,
        path: ['boundary', 'start'],
        hint: 'Add a step that starts at the trigger event, with an owner.',
      }),
    );
  }
  const reported = new Set<string>();
  journey.steps.forEach((step, index) => {
    const event = step.endEvent;
    if (event === journey.boundary.end || startsAt.has(event) || reported.has(event)) return;
    reported.add(event);
    findings.push(
      findingFromRule(journeyRules['journey/hand-off-gap'], {
        message: `Step ${JSON.stringify(step.id)} ends on ${JSON.stringify(event)} and no step starts there: the customer waits from that event to the next step, and no one owns the wait.`,
        path: ['steps', index, 'endEvent'],
        hint: `Add a step that starts at ${JSON.stringify(event)} (a hand-off with an owner), or let the next step start there.`,
      }),
    );
  });
  return findings;
}

function findStepProblems(journey: Journey): Finding[] {
  const findings: Finding[] = [];
  journey.steps.forEach((step, index) => {
    if (step.owner === undefined) {
      findings.push(
        findingFromRule(journeyRules['journey/step-without-owner'], {
          message: `Step "${step.id}" (${step.name}) has no owner.`,
          path: ['steps', index, 'owner'],
          hint: 'Name the function that answers for the step: sales, finance, accounting, logistics, service, …',
        }),
      );
    }
    if (step.momentOfTruth === true && (step.measures === undefined || step.measures.length === 0)) {
      findings.push(
        findingFromRule(journeyRules['journey/unmeasured-moment-of-truth'], {
          message: `Step "${step.id}" (${step.name}) is a moment of truth with no metric that measures it.`,
          path: ['steps', index, 'measures'],
          hint: 'List the metric definitions (by id) that measure how customers felt this moment.',
        }),
      );
    }
  });
  return findings;
}

function findServiceAndDigitalOnly(journey: Journey, functions: readonly string[]): Finding[] {
  // A deliberate focus, acknowledged with its reason: the advice has been heard.
  if (journey.acknowledged?.some((entry) => entry.rule === 'journey/service-and-digital-only')) return [];
  const owners = [...new Set(journey.steps.flatMap((step) => (step.owner === undefined ? [] : [step.owner])))];
  const serviceAndDigital = new Set(functions.map(normalize));
  if (owners.length === 0 || !owners.every((owner) => serviceAndDigital.has(normalize(owner)))) return [];
  return [
    findingFromRule(journeyRules['journey/service-and-digital-only'], {
      message: `Only customer-service or digital functions own steps (${owners.join(', ')}); the functions that sell, invoice, account and deliver are missing.`,
      path: ['steps'],
      hint: 'Add the steps other functions own (the sales promise, the quote, the invoice, the delivery), or, where service or digital is the journey’s strategic driver, acknowledge this advice with the reason.',
    }),
  ];
}

function findMissingOutcomeMeasure(journey: Journey): Finding[] {
  if (journey.outcomeMeasures !== undefined && journey.outcomeMeasures.length > 0) return [];
  return [
    findingFromRule(journeyRules['journey/no-outcome-measure'], {
      message: `No metric measures the customer's outcome from ${JSON.stringify(journey.boundary.start)} to ${JSON.stringify(journey.boundary.end)}.`,
      path: ['outcomeMeasures'],
      hint: 'List in outcomeMeasures a metric definition that asks customers about the whole span, such as NPS after the outcome event.',
    }),
  ];
}

/**
 * Lints a journey map: a boundary drawn on company-internal events (inside-out
 * measurement), stages only up to the purchase, hand-off gaps where customer-felt time
 * belongs to no step, steps without an owner, moments of truth without a measure,
 * steps owned only by service or digital functions (advice, which the journey may
 * acknowledge with a reason), and no outcome measure for the whole wing-to-wing span.
 * Each rule is documented in {@link journeyRules}.
 *
 * @param journey - A journey document: parsed (see {@link parseJourney}) or as read from JSON or YAML.
 * @param options - `serviceAndDigitalFunctions`; see {@link LintJourneyOptions}.
 * @returns The findings, most serious first, then in document order (see `sortFindings`).
 * @throws `CxValidationError` `VALIDATION_FAILED` when the input is not a valid journey document;
 *   `CxError` `WRONG_DOCUMENT_KIND`, `NEWER_SCHEMA_VERSION`, `INVALID_OPTION`, `UNKNOWN_OPTION`.
 *
 * @example
 * import { lintJourney } from 'cxkit/journeys';
 *
 * const shopOnly = {
 *   kind: 'journey',
 *   schemaVersion: 1,
 *   id: 'engine-shop',
 *   title: 'Engine shop visit',
 *   customer: { segment: 'airlines' },
 *   boundary: { start: 'engine-received', end: 'engine-shipped' },
 *   events: [
 *     { name: 'engine-received', perspective: 'internal' },
 *     { name: 'engine-shipped', perspective: 'internal' },
 *   ],
 *   stages: [{ id: 'repair', name: 'Repair', phase: 'support' }],
 *   steps: [{ id: 'shop', stage: 'repair', name: 'Repair in the shop', owner: 'service', control: 'company',
 *     startEvent: 'engine-received', endEvent: 'engine-shipped', momentOfTruth: true, measures: ['csat-repair'] }],
 *   outcomeMeasures: ['nps-repair'],
 * } as const;
 * lintJourney(shopOnly).map((finding) => [finding.rule, finding.path])
 * // => [['journey/inside-out-boundary', ['boundary', 'end']], ['journey/inside-out-boundary', ['boundary', 'start']], ['journey/service-and-digital-only', ['steps']]]
 * lintJourney(shopOnly, { serviceAndDigitalFunctions: ['digital'] }).length // => 2
 * lintJourney(shopOnly, { serviceAndDigitalFunctions: [''] }) // throws CxError INVALID_OPTION
 *
 * @category Journey lint
 */
export function lintJourney(journey: JourneyInput, options: LintJourneyOptions = {}): Finding[] {
  checkOptions(options, ['serviceAndDigitalFunctions']);
  const functions = checkFunctionList(options.serviceAndDigitalFunctions ?? serviceAndDigitalFunctions);
  const document = parseDocument(journeyDocument, journey);
  return sortFindings([
    ...findBoundaryProblems(document),
    ...findBuyingOnly(document),
    ...findHandOffGaps(document),
    ...findStepProblems(document),
    ...findServiceAndDigitalOnly(document, functions),
    ...findMissingOutcomeMeasure(document),
  ]);
}
