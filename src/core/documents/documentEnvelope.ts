import * as z from 'zod/mini';
import { identifierSchema } from '../identifiers/identifierSchema';

/**
 * A calendar date written `YYYY-MM-DD`, checked to exist (no 30 February).
 *
 * @category Documents
 */
export const isoDateSchema = /* @__PURE__ */ z.iso.date();

/**
 * A date and time with an explicit offset, e.g. `2026-11-22T09:30:00Z` or
 * `2026-11-22T10:30:00+01:00`. Offsets are required so that a document means the
 * same instant on every machine.
 *
 * @category Documents
 */
export const isoDateTimeSchema = /* @__PURE__ */ z.iso.datetime({
  offset: true,
});

/**
 * Facts about a document that are not part of its content.
 *
 * @category Documents
 */
// Schemas are built inside pure-annotated functions so that bundlers drop them (and
// zod) from apps that import only cxkit's computations.
export const documentMetadataSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Who keeps the document up to date: a person or a team. */
    owner: z.optional(z.string().check(z.minLength(1))),
    /** The document's state in its own life. */
    status: z.optional(z.enum(['draft', 'active', 'retired'])),
    /** Free labels for search and grouping. */
    tags: z.optional(z.array(z.string().check(z.minLength(1)))),
    /** When it was first written. */
    created: z.optional(isoDateSchema),
    /** When it last changed. */
    updated: z.optional(isoDateSchema),
  }))();

/**
 * The fields every cxkit document carries, whatever its kind. `kind` and
 * `schemaVersion` say how to read the rest; `id` is unique in a workspace.
 *
 * Unknown fields are rejected, never dropped: a misspelled field is an error naming its
 * path (with a suggestion). Data a team wants to keep that cxkit does not model goes
 * in `extensions`, which is kept as given.
 *
 * @category Documents
 */
export const documentEnvelopeShape = /* @__PURE__ */ (() => ({
  kind: z.string().check(z.minLength(1)),
  schemaVersion: z.number().check(z.int(), z.positive()),
  id: identifierSchema('DocumentId'),
  title: z.string().check(z.trim(), z.minLength(1)),
  description: z.optional(z.string()),
  metadata: z.optional(documentMetadataSchema),
  extensions: z.optional(z.record(z.string(), z.json())),
}))();

/**
 * The envelope fields as a type.
 *
 * @category Documents
 */
export type DocumentEnvelope = z.output<z.ZodMiniObject<typeof documentEnvelopeShape>>;

/**
 * A document's metadata as a type.
 *
 * @category Documents
 */
export type DocumentMetadata = z.output<typeof documentMetadataSchema>;
