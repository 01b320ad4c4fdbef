import { parseDocument } from '../core/documents/parseDocument';
import { type ImmersionLog, immersionLogDocument } from './immersionLogDocument';

/**
 * Reads an immersion log (parsed JSON or YAML): checks its kind and schema version,
 * validates every field strictly and checks it as a whole (unique ids, entries that name
 * declared leaders).
 *
 * @param input - The parsed JSON or YAML value.
 * @returns The log, typed.
 * @throws `CxError` `WRONG_DOCUMENT_KIND` (path `kind`) or `NEWER_SCHEMA_VERSION` (path `schemaVersion`);
 *   `CxValidationError` `VALIDATION_FAILED` with one issue per problem, each with its path.
 *
 * @example
 * import { parseImmersionLog } from 'cxkit/people';
 *
 * const log = parseImmersionLog({
 *   kind: 'immersion-log',
 *   schemaVersion: 1,
 *   id: 'in-their-shoes',
 *   title: 'Leaders in the customer’s shoes',
 *   leaders: [{ id: 'cfo', function: 'Finance' }],
 *   entries: [
 *     { id: 'i1', leader: 'cfo', task: 'Queried an invoice by phone as a customer', date: '2026-03-04', found: ['Three transfers before anyone could explain a line.'] },
 *   ],
 * });
 * log.entries[0]?.found.length // => 1
 * parseImmersionLog({ ...log, entries: [{ ...log.entries[0], leader: 'ceo' }] }) // throws CxValidationError VALIDATION_FAILED
 *
 * @category Immersion
 */
export function parseImmersionLog(input: unknown): ImmersionLog {
  return parseDocument(immersionLogDocument, input);
}
