import * as z from 'zod/mini';
import type { DocumentInput } from '../core/documents/DocumentInput';
import type { DocumentOf } from '../core/documents/DocumentType';
import { defineDocumentType } from '../core/documents/defineDocumentType';
import { reportRepeats } from '../core/documents/reportRepeats';
import { suggestKey } from '../core/errors/suggestKey';
import { identifierSchema } from '../core/identifiers/identifierSchema';
import { eventNameSchema } from './eventName';
import { lifecyclePhases } from './lifecyclePhases';
import { stepControls } from './stepControls';

const text = () => z.string().check(z.refine((value) => value.trim() !== '', 'Expected a non-empty text.'));

const eventSchema = () =>
  z.strictObject({
    /** The event name exactly as the event log writes it ("Resolve ticket", "engine-removed"). */
    name: eventNameSchema(),
    /**
     * `'customer'`: the customer lives it (the engine leaves the wing, the engine is back
     * on the wing). `'internal'`: only the company sees it (work order opened, part received).
     */
    perspective: z.enum(['customer', 'internal']),
    description: z.optional(z.string()),
  });

const stepSchema = () =>
  z.strictObject({
    id: identifierSchema('JourneyStep'),
    /** The id of the stage the step belongs to. */
    stage: identifierSchema('JourneyStage'),
    name: text(),
    /** The function that owns the step: sales, finance, accounting, service, logistics, … */
    owner: z.optional(text()),
    /** Who controls how long the step takes. */
    control: z.enum(stepControls),
    /** Where the customer meets the step: a channel or touchpoint. */
    channel: z.optional(z.string()),
    startEvent: eventNameSchema(),
    endEvent: eventNameSchema(),
    /** Whether the step is a moment of truth: one that shapes how customers judge the whole journey. */
    momentOfTruth: z.optional(z.boolean()),
    /** Ids of the metric definitions that measure the step. */
    measures: z.optional(z.array(identifierSchema('MetricId'))),
  });

const knownPhaseIds = new Set(lifecyclePhases.map((phase) => phase.id));

/**
 * The document kind `journey`: one customer journey bounded wing to wing, where the
 * customer's need starts (`boundary.start`, the customer's trigger event) and ends
 * (`boundary.end`, the customer's outcome event) — not where the company's process
 * starts and ends. Stages place the journey in the customer lifecycle; steps say who
 * owns each part, who controls its duration, where it happens, whether it is a moment
 * of truth, and which metrics measure it. `events` lists every event name the steps
 * and the boundary use, and whether the customer lives it or only the company sees it.
 * `acknowledged` records advice the team has weighed and set aside, with its reason.
 *
 * Event names are written as the event log writes them — "Resolve ticket",
 * "T02 Check confirmation of receipt" or "engine-removed" — any non-blank text without
 * control characters, up to 256 characters, matched exactly (ids stay slugs).
 *
 * Besides the strict schema, the document is checked as a whole: ids and event names
 * are unique; each step's `stage`, `startEvent` and `endEvent` and the boundary's
 * events must be declared (an undeclared name that is close to a declared one gets a
 * "did you mean"); each stage's `phase` must be one of {@link lifecyclePhases}
 * or declared in `phases`; the boundary must start and end on different events.
 *
 * @example
 * import { documentJsonSchema } from 'cxkit/core';
 * import { journeyDocument } from 'cxkit/journeys';
 *
 * journeyDocument.kind // => 'journey'
 * documentJsonSchema(journeyDocument).required
 * // => ['kind', 'schemaVersion', 'id', 'title', 'customer', 'boundary', 'events', 'stages', 'steps']
 *
 * @category Journey documents
 */
export const journeyDocument = /* @__PURE__ */ defineDocumentType({
  kind: 'journey',
  schemaVersion: 1,
  description:
    'A customer journey bounded wing to wing: from the customer trigger event to the customer outcome event, with lifecycle stages and owned, measured steps.',
  shape: {
    /** Who lives the journey. */
    customer: z.strictObject({ segment: text(), description: z.optional(z.string()) }),
    /** Where the customer's need starts and ends: two declared event names. */
    boundary: z.strictObject({ start: eventNameSchema(), end: eventNameSchema() }),
    events: z.array(eventSchema()).check(z.minLength(2)),
    /** Lifecycle phases beyond the built-in ones. */
    phases: z.optional(
      z.array(
        z.strictObject({
          id: identifierSchema('LifecyclePhase'),
          description: z.optional(z.string()),
          afterPurchase: z.boolean(),
        }),
      ),
    ),
    stages: z
      .array(
        z.strictObject({
          id: identifierSchema('JourneyStage'),
          name: text(),
          phase: identifierSchema('LifecyclePhase'),
        }),
      )
      .check(z.minLength(1)),
    steps: z.array(stepSchema()).check(z.minLength(1)),
    /** Ids of the metric definitions that measure the customer's outcome over the whole span. */
    outcomeMeasures: z.optional(z.array(identifierSchema('MetricId'))),
    /**
     * Advice the team has weighed and set aside for this journey, each with its reason
     * (for now `journey/service-and-digital-only`, where service or digital really is the
     * journey's strategic driver).
     */
    acknowledged: z.optional(
      z.array(z.strictObject({ rule: z.literal('journey/service-and-digital-only'), reason: text() })),
    ),
  },
  check: (journey, report) => {
    // Each reportRepeats answers the first use of every value: the declared names and ids.
    const eventNames = reportRepeats(
      journey.events.map((event) => event.name),
      'Event name',
      (index) => ['events', index, 'name'],
      report,
    );
    const stageIds = reportRepeats(
      journey.stages.map((stage) => stage.id),
      'Stage id',
      (index) => ['stages', index, 'id'],
      report,
    );
    reportRepeats(
      journey.steps.map((step) => step.id),
      'Step id',
      (index) => ['steps', index, 'id'],
      report,
    );
    const phases = journey.phases ?? [];
    reportRepeats(
      phases.map((phase) => phase.id),
      'Phase id',
      (index) => ['phases', index, 'id'],
      report,
    );
    phases.forEach((phase, index) => {
      if (knownPhaseIds.has(phase.id)) {
        report({
          message: `Phase ${JSON.stringify(phase.id)} is built in; declare only phases cxkit does not know.`,
          path: ['phases', index, 'id'],
        });
      }
    });
    const phaseIds = new Set<string>([...knownPhaseIds, ...phases.map((phase) => phase.id)]);
    const declaredEvents = [...eventNames.keys()].map((name) => JSON.stringify(name)).join(', ');
    const undeclared = (name: string) => {
      const suggestion = suggestKey(name, [...eventNames.keys()]);
      return `is not declared in events${suggestion === undefined ? '' : `; did you mean ${JSON.stringify(suggestion)}?`} (declared: ${declaredEvents})`;
    };
    for (const end of ['start', 'end'] as const) {
      if (!eventNames.has(journey.boundary[end])) {
        report({
          message: `The boundary ${end} event ${JSON.stringify(journey.boundary[end])} ${undeclared(journey.boundary[end])}.`,
          path: ['boundary', end],
        });
      }
    }
    if (journey.boundary.start === journey.boundary.end) {
      report({
        message:
          'The boundary starts and ends on the same event; a wing-to-wing span runs from the trigger event to a different outcome event.',
        path: ['boundary', 'end'],
      });
    }
    journey.stages.forEach((stage, index) => {
      if (!phaseIds.has(stage.phase)) {
        report({
          message: `Stage phase ${JSON.stringify(stage.phase)} is neither a built-in lifecycle phase (${[...knownPhaseIds].join(', ')}) nor declared in phases.`,
          path: ['stages', index, 'phase'],
        });
      }
    });
    journey.steps.forEach((step, index) => {
      if (!stageIds.has(step.stage)) {
        report({
          message: `Step ${JSON.stringify(step.id)} names stage ${JSON.stringify(step.stage)}, which is not declared in stages.`,
          path: ['steps', index, 'stage'],
        });
      }
      for (const field of ['startEvent', 'endEvent'] as const) {
        if (!eventNames.has(step[field])) {
          report({
            message: `Step ${JSON.stringify(step.id)} names ${field} ${JSON.stringify(step[field])}, which ${undeclared(step[field])}.`,
            path: ['steps', index, field],
          });
        }
      }
      if (step.startEvent === step.endEvent) {
        report({
          message: `Step ${JSON.stringify(step.id)} starts and ends on the same event; a step runs from one event to another.`,
          path: ['steps', index, 'endEvent'],
        });
      }
    });
  },
});

/**
 * A journey as {@link parseJourney} returns it.
 *
 * @category Journey documents
 */
export type Journey = DocumentOf<typeof journeyDocument>;

/**
 * What functions that read a journey accept: a parsed {@link Journey}, or the document as
 * read from JSON or YAML (it is parsed and checked on the way in).
 *
 * @category Journey documents
 */
export type JourneyInput = DocumentInput<Journey> | { readonly kind: 'journey'; readonly [field: string]: unknown };
