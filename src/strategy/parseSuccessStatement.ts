import { parseDocument } from '../core/documents/parseDocument';
import { type SuccessStatement, successStatementDocument } from './successStatementDocument';

/**
 * Reads a success-statement document (parsed JSON or YAML): checks its kind and schema
 * version, validates every field strictly, and checks that metric ids are unique and
 * that each target date comes after its baseline date.
 *
 * @param input - The parsed JSON or YAML value.
 * @returns The success statement, typed.
 * @throws `CxError` `WRONG_DOCUMENT_KIND` (path `kind`) or `NEWER_SCHEMA_VERSION` (path `schemaVersion`);
 *   `CxValidationError` `VALIDATION_FAILED` with one issue per problem, each with its path.
 *
 * @example
 * import { parseSuccessStatement } from 'cxkit/strategy';
 *
 * const statement = parseSuccessStatement({
 *   kind: 'success-statement',
 *   schemaVersion: 1,
 *   id: 'on-the-wing',
 *   title: 'Engines back on the wing when promised',
 *   outcome: 'Airlines get engines back on the wing on the promised day.',
 *   metrics: [
 *     {
 *       metric: 'wing-to-wing-days',
 *       kind: 'operational',
 *       direction: 'lower-is-better',
 *       baseline: { value: 41, on: '2025-12-31' },
 *       target: { value: 30, by: '2027-12-31' },
 *     },
 *   ],
 * });
 * statement.metrics?.[0]?.target // => { value: 30, by: '2027-12-31' }
 * parseSuccessStatement({ ...statement, metrics: [{ ...statement.metrics?.[0], target: { value: 30, by: '2025-06-30' } }] })
 * // throws CxValidationError VALIDATION_FAILED
 *
 * @category Documents
 */
export function parseSuccessStatement(input: unknown): SuccessStatement {
  return parseDocument(successStatementDocument, input);
}
