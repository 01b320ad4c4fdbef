import * as z from 'zod/mini';
import { checkOptions } from '../errors/checkOptions';
import { describeValue } from '../errors/describeValue';
import { raise } from '../errors/raise';
import type { DocumentCheckIssue, DocumentMigration, DocumentType } from './DocumentType';
import { documentEnvelopeShape } from './documentEnvelope';

/**
 * What {@link defineDocumentType} takes.
 *
 * @category Documents
 */
export interface DocumentTypeDefinition<Kind extends string, Shape extends z.core.$ZodShape, Output> {
  /** The document kind: lower-case words joined by `-`, e.g. `'success-statement'`. */
  readonly kind: Kind;
  /** The current schema version, a positive integer. Raise it when the shape changes incompatibly. */
  readonly schemaVersion: number;
  /**
   * The kind's own fields (besides the envelope), as `zod` or `zod/mini` schemas. Nested
   * objects should be `z.strictObject`.
   */
  readonly shape: Shape;
  /**
   * Checks that need the whole document, such as cross-references by id. Report each
   * problem with its path; return nothing. Default: none.
   */
  readonly check?: (document: Output, report: (issue: DocumentCheckIssue) => void) => void;
  /** Steps from older versions, keyed by the version each starts from. Default: none. */
  readonly migrations?: Readonly<Record<number, DocumentMigration>>;
  /** A sentence describing the kind, carried into its JSON Schema. */
  readonly description?: string;
}

/**
 * The shape of a whole document of a kind: the envelope, the kind's literal name and
 * version, and the kind's own fields.
 *
 * @category Documents
 */
export type DocumentShape<Kind extends string, Shape extends z.core.$ZodShape> = Omit<
  typeof documentEnvelopeShape,
  'kind' | 'schemaVersion' | keyof Shape
> & {
  kind: z.ZodMiniLiteral<Kind>;
  schemaVersion: z.ZodMiniLiteral<number>;
} & Shape;

const kindPattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * Defines a kind of CX document: the envelope every document carries plus the kind's
 * own fields, validated strictly (unknown fields are errors, never dropped), with
 * optional whole-document checks and migrations from older schema versions.
 *
 * @param definition - Kind, schema version, shape, and optionally `check`, `migrations`, `description`.
 * @returns A {@link DocumentType} to pass to {@link parseDocument} and {@link documentJsonSchema}.
 * @throws {@link CxError} `INVALID_ARGUMENT` when the kind or version is malformed or the shape redefines an envelope field.
 *
 * @example
 * import * as z from 'zod';
 * import { defineDocumentType, parseDocument } from 'cxkit/core';
 *
 * const touchpoint = defineDocumentType({
 *   kind: 'touchpoint',
 *   schemaVersion: 1,
 *   shape: { channel: z.enum(['phone', 'email', 'web']) },
 * });
 * const document = parseDocument(touchpoint, {
 *   kind: 'touchpoint',
 *   schemaVersion: 1,
 *   id: 'billing-call',
 *   title: 'Billing call',
 *   channel: 'phone',
 * });
 * document.channel // => 'phone'
 *
 * @category Documents
 */
export function defineDocumentType<
  const Kind extends string,
  Shape extends z.core.$ZodShape,
  Output = z.output<z.ZodMiniObject<DocumentShape<Kind, Shape>, z.core.$strict>>,
>(definition: DocumentTypeDefinition<Kind, Shape, Output>): DocumentType<Kind, Output> {
  checkOptions(
    definition,
    ['kind', 'schemaVersion', 'shape', 'check', 'migrations', 'description'],
    'definition',
    true,
  );
  const { kind, schemaVersion, shape, check, migrations = {}, description } = definition;
  if (typeof kind !== 'string' || !kindPattern.test(kind)) {
    raise('INVALID_ARGUMENT', ['kind', 'lower-case words joined by "-"', describeValue(kind)], { path: ['kind'] });
  }
  if (!Number.isInteger(schemaVersion) || schemaVersion < 1) {
    raise('INVALID_ARGUMENT', ['schemaVersion', 'a positive integer', describeValue(schemaVersion)], {
      path: ['schemaVersion'],
    });
  }
  for (const field of ['kind', 'schemaVersion', 'id'] as const) {
    if (Object.hasOwn(shape, field)) {
      raise('INVALID_ARGUMENT', ['shape', `free of the envelope field "${field}"`, 'a shape that redefines it'], {
        path: ['shape', field],
      });
    }
  }
  for (const from of Object.keys(migrations)) {
    const version = Number(from);
    if (!Number.isInteger(version) || version < 1 || version >= schemaVersion) {
      raise('INVALID_ARGUMENT', ['migrations', `keyed by versions 1 to ${schemaVersion - 1}`, from], {
        path: ['migrations', from],
      });
    }
  }
  const strict = z.strictObject({
    ...documentEnvelopeShape,
    kind: z.literal(kind),
    schemaVersion: z.literal(schemaVersion),
    ...shape,
  });
  // A described copy, as zod classic's `describe` makes it: the JSON Schema carries the description.
  const described = description === undefined ? strict : strict.clone().register(z.globalRegistry, { description });
  const schema =
    check === undefined
      ? described
      : described.check(
          z.superRefine((document, context) => {
            check(document as Output, (issue) => {
              context.addIssue({
                code: 'custom',
                message: issue.message,
                path: [...issue.path],
              });
            });
          }),
        );
  return Object.freeze({
    kind,
    schemaVersion,
    schema: schema as unknown as z.ZodMiniType<Output>,
    migrations: Object.freeze({ ...migrations }),
  });
}
