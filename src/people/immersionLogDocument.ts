import * as z from 'zod/mini';
import type { DocumentInput } from '../core/documents/DocumentInput';
import type { DocumentOf } from '../core/documents/DocumentType';
import { defineDocumentType } from '../core/documents/defineDocumentType';
import { isoDateSchema } from '../core/documents/documentEnvelope';
import { reportRepeats } from '../core/documents/reportRepeats';
import { identifierPattern } from '../core/identifiers/identifierPattern';

const text = () => z.string().check(z.refine((value) => value.trim() !== '', 'Expected a non-empty text.'));
// Plain strings checked to the identifier form: entries name leaders by these ids.
const localId = () =>
  z.string().check(
    z.regex(identifierPattern, {
      error: 'Expected an id: 1–128 letters, digits, "-", "_", ".", ":", starting with a letter or digit.',
    }),
  );

const leaderSchema = () =>
  z.strictObject({
    /** The leader's id, unique in the log; entries name it as `leader`. */
    id: localId(),
    name: z.optional(z.string()),
    /** The function the leader runs: finance, the shop, sales, … */
    function: text(),
  });

const entrySchema = () =>
  z.strictObject({
    id: localId(),
    /** The leader (an id from `leaders`) who did it. */
    leader: localId(),
    /** The customer task, as a customer does it: "called the support line at night", "ordered a spare part online". */
    task: text(),
    /** The day it was done. */
    date: isoDateSchema,
    /** The lifecycle phase of the task (`discover`, `consider`, `buy`, `onboard`, `use`, `support`, `renew`, `leave`, or the team's own). */
    phase: z.optional(localId()),
    /** A journey document the task belongs to, by id. */
    journey: z.optional(localId()),
    /** What the leader found, as the customer would put it. */
    found: z.array(text()).check(z.minLength(1, 'Record at least one thing the leader found.')),
    /** What it led to: a recommendation to governance (its id in a decision log) and/or an action with an owner. */
    ledTo: z.optional(
      z.strictObject({
        recommendation: z.optional(localId()),
        action: z.optional(text()),
      }),
    ),
  });

/**
 * The document kind `immersion-log`: leaders walking in the customer's shoes. The best
 * CX leaders regularly give themselves and others the tasks customers do — calling
 * support, visiting a storefront, ordering online — not to sell more, but to live the
 * experience, tell the story first-hand and decide what to change.
 *
 * The log names the `leaders` expected to take part (each with their function) and how
 * often each should (`everyDays`); each entry records who did it, which customer task,
 * when, in which lifecycle `phase` and `journey`, what they `found`, and what it `ledTo`:
 * a recommendation to governance (its id in a decision log) and/or an action.
 *
 * Checked as a whole: leader and entry ids are unique, each entry names a declared
 * leader, and `ledTo` says something (a recommendation or an action).
 * {@link auditImmersionLog} judges the log's quality.
 *
 * @example
 * import { documentJsonSchema } from 'cxkit/core';
 * import { immersionLogDocument } from 'cxkit/people';
 *
 * immersionLogDocument.kind // => 'immersion-log'
 * documentJsonSchema(immersionLogDocument).required // => ['kind', 'schemaVersion', 'id', 'title', 'leaders', 'entries']
 *
 * @category Immersion
 */
export const immersionLogDocument = /* @__PURE__ */ defineDocumentType({
  kind: 'immersion-log',
  schemaVersion: 1,
  description:
    'Leaders in the customer’s shoes: who did which customer task, when, what they found, and the recommendation or action it led to.',
  shape: {
    leaders: z.array(leaderSchema()).check(z.minLength(1, 'Name at least one leader.')),
    /** How many days may pass between one leader's immersions. Default (in the audit) 90. */
    everyDays: z.optional(z.number().check(z.int(), z.gte(1))),
    entries: z.array(entrySchema()),
  },
  check: (log, report) => {
    const leaders = reportRepeats(
      log.leaders.map((leader) => leader.id),
      'Leader id',
      (index) => ['leaders', index, 'id'],
      report,
    );
    reportRepeats(
      log.entries.map((entry) => entry.id),
      'Entry id',
      (index) => ['entries', index, 'id'],
      report,
    );
    log.entries.forEach((entry, index) => {
      if (!leaders.has(entry.leader)) {
        report({
          message: `Entry ${JSON.stringify(entry.id)} names leader ${JSON.stringify(entry.leader)}, who is not in leaders.`,
          path: ['entries', index, 'leader'],
        });
      }
      if (entry.ledTo !== undefined && entry.ledTo.recommendation === undefined && entry.ledTo.action === undefined) {
        report({
          message: 'ledTo names neither a recommendation nor an action; leave it out until something follows.',
          path: ['entries', index, 'ledTo'],
        });
      }
    });
  },
});

/**
 * An immersion log as {@link parseImmersionLog} returns it.
 *
 * @category Immersion
 */
export type ImmersionLog = DocumentOf<typeof immersionLogDocument>;

/**
 * What functions that read an immersion log accept: a parsed {@link ImmersionLog}, or the
 * document as read from JSON or YAML (it is parsed and checked on the way in).
 *
 * @category Immersion
 */
export type ImmersionLogInput =
  | DocumentInput<ImmersionLog>
  | { readonly kind: 'immersion-log'; readonly [field: string]: unknown };
