import { CxValidationError } from '../errors/CxValidationError';
import { describeValue } from '../errors/describeValue';
import { messages } from '../errors/messages';
import type { PropertyPath } from '../errors/PropertyPath';
import { raise } from '../errors/raise';
import type { DocumentType } from './DocumentType';
import { forbiddenKeyPaths } from './forbiddenKeyPaths';
import { selfReferencePath } from './selfReferencePath';
import { toValidationIssues } from './toValidationIssues';
import { zodIssueMessage } from './zodIssueMessage';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function migrate(type: DocumentType, input: Record<string, unknown>, from: number): Record<string, unknown> {
  let document = input;
  for (let version = from; version < type.schemaVersion; version++) {
    const step = type.migrations[version];
    if (step === undefined)
      raise('MISSING_MIGRATION', [type.kind, version], {
        path: ['schemaVersion'],
      });
    const next = step(document);
    if (!isPlainObject(next)) {
      raise('INVALID_ARGUMENT', [`the migration from version ${version}`, 'an object', describeValue(next)], {
        path: ['schemaVersion'],
      });
    }
    document = { ...next, schemaVersion: version + 1 };
  }
  return document;
}

function selfReferenceError(kind: string, path: PropertyPath): CxValidationError {
  return new CxValidationError(messages.INVALID_DOCUMENT(kind, 1), [
    {
      code: 'SELF_REFERENCE',
      message:
        'This value contains itself (in YAML, an alias to an anchor that encloses it); write the document out as a tree.',
      path,
    },
  ]);
}

function readWithSchema<Output>(type: DocumentType<string, Output>, document: Record<string, unknown>) {
  // `extensions` takes any JSON value, through zod's recursive `json()`. zod/mini keeps no
  // record of the objects it is inside, so a value there that contains itself would send
  // it round until the stack overflows (zod classic reads it only when the application
  // loads zod classic's cycle tracking). Refuse it by name, the same in every application.
  const looped = selfReferencePath(document.extensions);
  if (looped !== undefined) throw selfReferenceError(type.kind, ['extensions', ...looped]);
  try {
    return type.schema.safeParse(document, { error: zodIssueMessage });
  } catch (error) {
    // The same for a kind whose own fields are recursive; any other error is not ours to explain.
    const path = error instanceof RangeError ? selfReferencePath(document) : undefined;
    if (path === undefined) throw error;
    throw selfReferenceError(type.kind, path);
  }
}

/**
 * Reads a document of a known kind: checks `kind`, refuses a newer `schemaVersion`,
 * migrates an older one step by step, then validates every field strictly.
 *
 * @param type - The document type from {@link defineDocumentType}.
 * @param input - The parsed JSON or YAML value.
 * @returns The document, typed.
 * @throws {@link CxError} `INVALID_ARGUMENT` (path `type`) when `type` is not a document type; `WRONG_DOCUMENT_KIND` (path `kind`), `NEWER_SCHEMA_VERSION` or `MISSING_MIGRATION` (path `schemaVersion`);
 *   {@link CxValidationError} `VALIDATION_FAILED` with one issue per problem, each with its path.
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
 * parseDocument(touchpoint, { kind: 'touchpoint', schemaVersion: 1, id: 'chat', title: 'Chat', chanel: 'web' })
 * // throws CxValidationError VALIDATION_FAILED
 *
 * @category Documents
 */
export function parseDocument<Kind extends string, Output>(type: DocumentType<Kind, Output>, input: unknown): Output {
  const given = type as Partial<DocumentType> | null;
  if (
    typeof given !== 'object' ||
    given === null ||
    typeof given.kind !== 'string' ||
    !Number.isSafeInteger(given.schemaVersion) ||
    typeof given.schema?.safeParse !== 'function' ||
    typeof given.migrations !== 'object' ||
    given.migrations === null
  ) {
    raise('INVALID_ARGUMENT', ['type', 'a document type made by defineDocumentType', describeValue(type)], {
      path: ['type'],
    });
  }
  if (!isPlainObject(input)) {
    throw new CxValidationError(messages.INVALID_DOCUMENT(type.kind, 1), [
      {
        code: 'invalid_type',
        message: `Expected a ${type.kind} document (an object) but received ${describeValue(input)}.`,
        path: [],
      },
    ]);
  }
  if (input.kind !== type.kind) {
    raise('WRONG_DOCUMENT_KIND', [type.kind, describeValue(input.kind)], {
      path: ['kind'],
    });
  }
  const version = input.schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > type.schemaVersion) {
    raise('NEWER_SCHEMA_VERSION', [type.kind, version, type.schemaVersion], {
      path: ['schemaVersion'],
    });
  }
  const forbidden = forbiddenKeyPaths(input);
  if (forbidden.length > 0) {
    throw new CxValidationError(
      messages.INVALID_DOCUMENT(type.kind, forbidden.length),
      forbidden.map((path) => ({
        code: 'FORBIDDEN_KEY',
        message: messages.FORBIDDEN_KEY('__proto__'),
        path,
      })),
    );
  }
  const current =
    typeof version === 'number' && Number.isInteger(version) && version >= 1 && version < type.schemaVersion
      ? migrate(type, input, version)
      : input;
  const result = readWithSchema(type, current);
  if (result.success) return result.data;
  const issues = toValidationIssues(result.error.issues, type.schema, current);
  throw new CxValidationError(messages.INVALID_DOCUMENT(type.kind, issues.length), issues);
}
