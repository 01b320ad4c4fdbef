import type * as z from 'zod/mini';

/**
 * A problem a document type's own `check` reports: a message and where.
 *
 * @category Documents
 */
export interface DocumentCheckIssue {
  readonly message: string;
  readonly path: ReadonlyArray<string | number>;
}

/**
 * A step from one schema version of a document kind to the next. It receives the
 * document as written at version `from` and returns it as version `from + 1`
 * (cxkit sets `schemaVersion` itself). It must be pure.
 *
 * @category Documents
 */
export type DocumentMigration = (document: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/**
 * A kind of CX document: its name, its current schema version, its `zod/mini` schema
 * (envelope included), and the migrations that bring older versions up to date.
 * Made by {@link defineDocumentType}; read with {@link parseDocument}.
 *
 * @category Documents
 */
export interface DocumentType<Kind extends string = string, Output = unknown> {
  /** The document kind, e.g. `'mission'`. */
  readonly kind: Kind;
  /** The schema version this cxkit writes and reads. */
  readonly schemaVersion: number;
  /** The strict `zod/mini` schema for the current version, envelope included. */
  readonly schema: z.ZodMiniType<Output>;
  /** Steps from each older version to the next, keyed by the version they start from. */
  readonly migrations: Readonly<Record<number, DocumentMigration>>;
}

/**
 * The parsed document type of a {@link DocumentType}.
 *
 * @category Documents
 */
export type DocumentOf<Type extends DocumentType> = Type extends DocumentType<string, infer Output> ? Output : never;
