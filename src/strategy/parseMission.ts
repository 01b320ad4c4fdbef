import { parseDocument } from '../core/documents/parseDocument';
import { type Mission, missionDocument } from './missionDocument';

/**
 * Reads a mission document (parsed JSON or YAML): checks its kind and schema version
 * and validates every field strictly (unknown fields are errors, never dropped).
 *
 * @param input - The parsed JSON or YAML value.
 * @returns The mission, typed.
 * @throws `CxError` `WRONG_DOCUMENT_KIND` (path `kind`) or `NEWER_SCHEMA_VERSION` (path `schemaVersion`);
 *   `CxValidationError` `VALIDATION_FAILED` with one issue per problem, each with its path.
 *
 * @example
 * import { parseMission } from 'cxkit/strategy';
 *
 * const mission = parseMission({
 *   kind: 'mission',
 *   schemaVersion: 1,
 *   id: 'cx-mission',
 *   title: 'CX mission',
 *   statement: 'Airlines get their engines back on the wing on the day we promised.',
 *   roles: [{ function: 'finance', frontLine: false, commitment: 'Invoices match the quote.' }],
 * });
 * mission.roles?.[0]?.function // => 'finance'
 * parseMission({ kind: 'mission', schemaVersion: 1, id: 'cx-mission', title: 'CX mission', statment: 'Typo' })
 * // throws CxValidationError VALIDATION_FAILED
 *
 * @category Documents
 */
export function parseMission(input: unknown): Mission {
  return parseDocument(missionDocument, input);
}
