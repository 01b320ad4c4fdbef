import * as z from 'zod/mini';
import type { DocumentInput } from '../core/documents/DocumentInput';
import type { DocumentOf } from '../core/documents/DocumentType';
import { defineDocumentType } from '../core/documents/defineDocumentType';
import { isoDateSchema } from '../core/documents/documentEnvelope';
import { reportRepeats } from '../core/documents/reportRepeats';
import { identifierPattern } from '../core/identifiers/identifierPattern';

const text = () => z.string().check(z.refine((value) => value.trim() !== '', 'Expected a non-empty text.'));
const localId = () =>
  z.string().check(
    z.regex(identifierPattern, {
      error: 'Expected an id: 1–128 letters, digits, "-", "_", ".", ":", starting with a letter or digit.',
    }),
  );
const topic = () =>
  z.enum(['voice-of-the-customer', 'customer-stories', 'journeys', 'what-success-means', 'mission-and-roles']);

const audienceSchema = () =>
  z.strictObject({
    id: localId(),
    title: z.optional(z.string()),
    /** The functions the audience is drawn from, as the organization names them (compared without case or spacing). */
    functions: z.array(text()).check(z.minLength(1, 'Name at least one function.')),
    /** How many days may pass between sessions for this audience. */
    everyDays: z.number().check(z.int(), z.gte(1)),
    /** What the audience is taught (see `educationTopics`). */
    topics: z.array(topic()).check(z.minLength(1, 'Name at least one topic.')),
  });

const deliverySchema = () =>
  z.strictObject({
    /** The audience (an id from `audiences`). */
    audience: localId(),
    date: isoDateSchema,
    /** What was covered this time. Default: the audience's topics. */
    topics: z.optional(z.array(topic()).check(z.minLength(1))),
    /** What was done, e.g. "Three airline calls replayed; what the return-date promise means for logistics". */
    notes: z.optional(z.string()),
  });

/**
 * The document kind `education-plan`: how the organization is taught what CX means and
 * what success looks like. Talking about being customer-centric, or tossing out NPS
 * results, is not educating; the practice asks for consistent communication about the
 * voice of the customer, their stories and their journeys, and ongoing education about
 * what success means — for every function, because every function shapes the experience.
 *
 * Each audience names the functions it reaches, its cadence (`everyDays`) and its
 * `topics` (see {@link educationTopics}); each delivery records the audience, the day
 * and, optionally, the topics covered and notes.
 *
 * Checked as a whole: audience ids are unique and every delivery names a declared
 * audience. {@link auditEducationPlan} judges the plan's quality.
 *
 * @example
 * import { documentJsonSchema } from 'cxkit/core';
 * import { educationPlanDocument } from 'cxkit/people';
 *
 * educationPlanDocument.kind // => 'education-plan'
 * documentJsonSchema(educationPlanDocument).required // => ['kind', 'schemaVersion', 'id', 'title', 'audiences', 'deliveries']
 *
 * @category Education
 */
export const educationPlanDocument = /* @__PURE__ */ defineDocumentType({
  kind: 'education-plan',
  schemaVersion: 1,
  description:
    'A CX education plan: audiences by function with their cadence and topics (voice of the customer, stories, journeys, what success means), and the deliveries made.',
  shape: {
    audiences: z.array(audienceSchema()).check(z.minLength(1, 'Name at least one audience.')),
    deliveries: z.array(deliverySchema()),
  },
  check: (plan, report) => {
    const audiences = reportRepeats(
      plan.audiences.map((audience) => audience.id),
      'Audience id',
      (index) => ['audiences', index, 'id'],
      report,
    );
    plan.deliveries.forEach((delivery, index) => {
      if (audiences.has(delivery.audience)) return;
      report({
        message: `Delivery ${index} names audience ${JSON.stringify(delivery.audience)}, which is not in audiences.`,
        path: ['deliveries', index, 'audience'],
      });
    });
  },
});

/**
 * An education plan as {@link parseEducationPlan} returns it.
 *
 * @category Education
 */
export type EducationPlan = DocumentOf<typeof educationPlanDocument>;

/**
 * What functions that read an education plan accept: a parsed {@link EducationPlan}, or
 * the document as read from JSON or YAML (it is parsed and checked on the way in).
 *
 * @category Education
 */
export type EducationPlanInput =
  | DocumentInput<EducationPlan>
  | { readonly kind: 'education-plan'; readonly [field: string]: unknown };
