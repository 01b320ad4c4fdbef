import type { SafeResult } from '../results/SafeResult';
import { toSafeResult } from '../results/toSafeResult';
import type { DocumentType } from './DocumentType';
import { parseDocument } from './parseDocument';

/**
 * The non-throwing twin of {@link parseDocument}: every failure it would throw comes
 * back as `{ success: false, error }`.
 *
 * @param type - The document type from {@link defineDocumentType}.
 * @param input - The parsed JSON or YAML value.
 * @returns `{ success: true, data }` or `{ success: false, error }` with the error's code and issues.
 *
 * @example
 * import * as z from 'zod';
 * import { defineDocumentType, safeParseDocument } from 'cxkit/core';
 *
 * const touchpoint = defineDocumentType({
 *   kind: 'touchpoint',
 *   schemaVersion: 1,
 *   shape: { channel: z.enum(['phone', 'email', 'web']) },
 * });
 * const result = safeParseDocument(touchpoint, { kind: 'touchpoint', schemaVersion: 1, id: 'chat', title: 'Chat', chanel: 'web' });
 * result.success // => false
 * !result.success && result.error.message // => 'The touchpoint document is not valid: 2 problems found.'
 *
 * @category Documents
 */
export function safeParseDocument<Kind extends string, Output>(
  type: DocumentType<Kind, Output>,
  input: unknown,
): SafeResult<Output> {
  return toSafeResult(() => parseDocument(type, input));
}
