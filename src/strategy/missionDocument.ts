import * as z from 'zod/mini';
import type { DocumentOf } from '../core/documents/DocumentType';
import { defineDocumentType } from '../core/documents/defineDocumentType';
import { sameName } from './sameName';
import { statedText } from './statedText';

const roleSchema = () =>
  z.strictObject({
    /** The function, e.g. `'finance'`, as the organization names it. */
    function: statedText(),
    /** Whether the function's people deal with customers directly (service, sales, field engineers). */
    frontLine: z.boolean(),
    /** What this function does for the customer experience, in real terms. */
    commitment: statedText(),
  });

/**
 * The document kind `mission`: a CX mission statement — what the company wants the
 * customer experience to be *for its customers* — and its structured parts:
 *
 * - `statement`: the mission as people read it;
 * - `customers`: whom it serves;
 * - `treatment`: commitments about how customers are treated;
 * - `priorities`: how customers' needs are prioritized;
 * - `roles`: what each function, customer-facing (`frontLine: true`) or not, does to
 *   deliver it.
 *
 * The lists may be left out: validity is the schema's business, quality is
 * {@link lintMission}'s, which reports the parts that are missing. A function may have
 * one role entry only (names compared without regard to case or spacing).
 *
 * @example
 * import { documentJsonSchema } from 'cxkit/core';
 * import { missionDocument } from 'cxkit/strategy';
 *
 * missionDocument.kind // => 'mission'
 * documentJsonSchema(missionDocument).required // => ['kind', 'schemaVersion', 'id', 'title', 'statement']
 *
 * @category Documents
 */
export const missionDocument = /* @__PURE__ */ defineDocumentType({
  kind: 'mission',
  schemaVersion: 1,
  description:
    'A CX mission statement: what the customer experience should be for customers, whom it serves, how they are treated and prioritized, and what each function does for it.',
  shape: {
    statement: statedText(),
    customers: z.optional(z.array(statedText())),
    treatment: z.optional(z.array(statedText())),
    priorities: z.optional(z.array(statedText())),
    roles: z.optional(z.array(roleSchema())),
  },
  check: (document, report) => {
    const firstIndexOf = new Map<string, number>();
    (document.roles ?? []).forEach((role, index) => {
      const name = sameName(role.function);
      const first = firstIndexOf.get(name);
      if (first !== undefined) {
        report({
          message: `The function ${JSON.stringify(role.function)} already has a role at index ${first}; give each function one role and list its commitments in it.`,
          path: ['roles', index, 'function'],
        });
      } else firstIndexOf.set(name, index);
    });
  },
});

/**
 * A mission as {@link parseMission} returns it.
 *
 * @category Documents
 */
export type Mission = DocumentOf<typeof missionDocument>;
