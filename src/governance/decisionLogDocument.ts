import * as z from 'zod/mini';
import type { DocumentOf } from '../core/documents/DocumentType';
import { defineDocumentType } from '../core/documents/defineDocumentType';
import { isoDateSchema, isoDateTimeSchema } from '../core/documents/documentEnvelope';
import { reportRepeats } from '../core/documents/reportRepeats';
import { identifierSchema } from '../core/identifiers/identifierSchema';
import type { DecisionEvent } from './DecisionEvent';
import { decisionEventFields, decisionEventTypes } from './decisionEventFields';

const text = () => z.string().check(z.refine((value) => value.trim() !== '', 'Expected a non-empty text.'));

const eventTypes = decisionEventTypes;
const fieldTypes = decisionEventFields;

const decisionEventSchema = () =>
  z.strictObject({
    /** The event's id, unique in the log. */
    id: text(),
    /** The recommendation the event is about. */
    recommendation: text(),
    type: z.enum(eventTypes),
    /** The council member or executive who acted (by charter id). */
    actor: text(),
    /** When: an ISO date (midnight UTC) or a date and time with an offset. */
    at: z.union([isoDateTimeSchema, isoDateSchema]),
    reason: z.optional(z.string()),
    decisionType: z.optional(text()),
    tags: z.optional(z.array(text())),
    decidedBy: z.optional(z.array(text())),
    outcome: z.optional(z.record(z.string(), z.number())),
  });

/**
 * The document kind `decision-log`: a governance charter's decision log kept as a
 * versioned file. `charter` names the charter's id; `events` are decision events with
 * the fields of `DecisionEvent` and `at` written as ISO text. The document checks what
 * can be checked without the charter: event ids are unique, and the fields that belong
 * to one event type (`decisionType` and `tags` on `proposed`, `decidedBy` on `approved`
 * and `denied`, `outcome` on `outcome-measured`) appear on no other. Whether the
 * charter allows each event is `replayDecisionLog`'s and `auditGovernance`'s to say.
 *
 * @example
 * import { documentJsonSchema } from 'cxkit/core';
 * import { decisionLogDocument } from 'cxkit/governance';
 *
 * decisionLogDocument.kind // => 'decision-log'
 * documentJsonSchema(decisionLogDocument).required // => ['kind', 'schemaVersion', 'id', 'title', 'charter', 'events']
 *
 * @category Decision log
 */
export const decisionLogDocument = /* @__PURE__ */ defineDocumentType({
  kind: 'decision-log',
  schemaVersion: 1,
  description:
    "A governance charter's decision log: every proposal, submission, decision, implementation and measured outcome as an event.",
  shape: {
    /** The id of the charter whose rules the log follows. */
    charter: identifierSchema('DocumentId'),
    events: z.array(decisionEventSchema()),
  },
  check: (document, report) => {
    reportRepeats(
      document.events.map((event) => event.id),
      'Event id',
      (index) => ['events', index, 'id'],
      report,
      'Every event in a decision log needs its own id.',
    );
    document.events.forEach((event, index) => {
      for (const [field, types] of Object.entries(fieldTypes)) {
        if (event[field as keyof typeof fieldTypes] === undefined) continue;
        if ((types as readonly string[]).includes(event.type)) continue;
        report({
          message: `${field} is given only on ${types.join(' and ')} events; this is a ${event.type} event.`,
          path: ['events', index, field],
        });
      }
    });
  },
});

/**
 * A decision log document as {@link parseDecisionLog} returns it. Its `events` can be
 * passed to `replayDecisionLog` and `auditGovernance` as they are.
 *
 * @category Decision log
 */
// zod types absent optional fields as `T | undefined`; a parsed event never holds an
// explicit `undefined`, so the events are typed as the `DecisionEvent`s they are.
export type DecisionLog = Omit<DocumentOf<typeof decisionLogDocument>, 'events'> & {
  readonly events: readonly DecisionEvent[];
};
