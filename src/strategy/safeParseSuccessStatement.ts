import { safeParseDocument } from '../core/documents/safeParseDocument';
import type { SafeResult } from '../core/results/SafeResult';
import { type SuccessStatement, successStatementDocument } from './successStatementDocument';

/**
 * The non-throwing twin of {@link parseSuccessStatement}: every failure it would throw
 * comes back as `{ success: false, error }`.
 *
 * @param input - The parsed JSON or YAML value.
 * @returns `{ success: true, data }` or `{ success: false, error }` with the error's code and issues.
 *
 * @example
 * import { safeParseSuccessStatement } from 'cxkit/strategy';
 *
 * const result = safeParseSuccessStatement({
 *   kind: 'success-statement',
 *   schemaVersion: 1,
 *   id: 'on-the-wing',
 *   title: 'Engines back on the wing when promised',
 *   outcome: 'Airlines get engines back on the wing on the promised day.',
 *   metrics: [{ metric: 'nps-repair', kind: 'customer-feedback', direction: 'higher-is-better', target: { value: 50, by: '2027-02-30' } }],
 * });
 * result.success // => false
 * !result.success && result.error.path // => ['metrics', 0, 'target', 'by']
 *
 * @category Documents
 */
export function safeParseSuccessStatement(input: unknown): SafeResult<SuccessStatement> {
  return safeParseDocument(successStatementDocument, input);
}
