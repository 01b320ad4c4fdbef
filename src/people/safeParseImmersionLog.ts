import { safeParseDocument } from '../core/documents/safeParseDocument';
import type { SafeResult } from '../core/results/SafeResult';
import { type ImmersionLog, immersionLogDocument } from './immersionLogDocument';

/**
 * The non-throwing twin of {@link parseImmersionLog}: every failure it would throw comes
 * back as `{ success: false, error }`.
 *
 * @param input - The parsed JSON or YAML value.
 * @returns `{ success: true, data }` or `{ success: false, error }` with the error's code and issues.
 *
 * @example
 * import { safeParseImmersionLog } from 'cxkit/people';
 *
 * const result = safeParseImmersionLog({
 *   kind: 'immersion-log',
 *   schemaVersion: 1,
 *   id: 'in-their-shoes',
 *   title: 'Leaders in the customer’s shoes',
 *   leaders: [{ id: 'cfo', function: 'Finance' }],
 *   entries: [{ id: 'i1', leader: 'cfo', task: 'Queried an invoice', date: '2026-02-30', found: ['Slow.'] }],
 * });
 * result.success // => false
 * !result.success && result.error.path // => ['entries', 0, 'date']
 *
 * @category Immersion
 */
export function safeParseImmersionLog(input: unknown): SafeResult<ImmersionLog> {
  return safeParseDocument(immersionLogDocument, input);
}
