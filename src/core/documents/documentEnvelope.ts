import * as z from 'zod';
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
    owner: z.string().min(1).optional(),
    /** The document's state in its own life. */
    status: z.enum(['draft', 'active', 'retired']).optional(),
    /** Free labels for search and grouping. */
    tags: z.array(z.string().min(1)).optional(),
    /** When it was first written. */
    created: isoDateSchema.optional(),
    /** When it last changed. */
    updated: isoDateSchema.optional(),
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
  kind: z.string().min(1),
  schemaVersion: z.number().int().positive(),
  id: identifierSchema('DocumentId'),
  title: z.string().trim().min(1),
  description: z.string().optional(),
  metadata: documentMetadataSchema.optional(),
  extensions: z.record(z.string(), z.json()).optional(),
}))();

/**
 * The envelope fields as a type.
 *
 * @category Documents
 */
export type DocumentEnvelope = z.output<z.ZodObject<typeof documentEnvelopeShape>>;

/**
 * A document's metadata as a type.
 *
 * @category Documents
 */
export type DocumentMetadata = z.output<typeof documentMetadataSchema>;
