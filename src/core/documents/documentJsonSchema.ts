import * as z from 'zod/mini';
import { describeValue } from '../errors/describeValue';
import { raise } from '../errors/raise';
import type { DocumentType } from './DocumentType';

/**
 * A JSON Schema (draft 2020-12) for a document kind, for editors' completion and
 * validation of YAML and JSON files. Whole-document checks (`check`) are not
 * expressible in JSON Schema and run only in {@link parseDocument}.
 *
 * @param type - The document type.
 * @returns A JSON Schema object.
 * @throws {@link CxError} `INVALID_ARGUMENT` when `type` is not a document type.
 *
 * @example
 * import * as z from 'zod';
 * import { defineDocumentType, documentJsonSchema } from 'cxkit/core';
 *
 * const touchpoint = defineDocumentType({
 *   kind: 'touchpoint',
 *   schemaVersion: 1,
 *   shape: { channel: z.enum(['phone', 'email', 'web']) },
 * });
 * const schema = documentJsonSchema(touchpoint);
 * schema.properties.kind // => { type: 'string', const: 'touchpoint' }
 * schema.additionalProperties // => false
 *
 * @category Documents
 */
export function documentJsonSchema(type: DocumentType): z.core.JSONSchema.ObjectSchema & {
  properties: Record<string, z.core.JSONSchema.JSONSchema>;
} {
  if (typeof type !== 'object' || type === null || !(type.schema instanceof z.ZodMiniType)) {
    raise('INVALID_ARGUMENT', ['type', 'a document type from defineDocumentType', describeValue(type)], {
      path: ['type'],
    });
  }
  const schema = z.toJSONSchema(type.schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  });
  return {
    ...schema,
    title: schema.title ?? `cxkit ${type.kind} document, schemaVersion ${type.schemaVersion}`,
  } as z.core.JSONSchema.ObjectSchema & {
    properties: Record<string, z.core.JSONSchema.JSONSchema>;
  };
}
