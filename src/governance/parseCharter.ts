import { parseDocument } from '../core/documents/parseDocument';
import { type Charter, charterDocument } from './charterDocument';

/**
 * Reads a governance charter (parsed JSON or YAML): checks its kind and schema version,
 * validates every field strictly and checks it as a whole (unique ids, RACI ids that
 * name members or executives, compliance approvers who are executives, a quorum the
 * executives can reach).
 *
 * @param input - The parsed JSON or YAML value.
 * @returns The charter, typed.
 * @throws `CxError` `WRONG_DOCUMENT_KIND` (path `kind`) or `NEWER_SCHEMA_VERSION` (path `schemaVersion`);
 *   `CxValidationError` `VALIDATION_FAILED` with one issue per problem, each with its path.
 *
 * @example
 * import { parseCharter } from 'cxkit/governance';
 *
 * const charter = parseCharter({
 *   kind: 'governance-charter',
 *   schemaVersion: 1,
 *   id: 'cx-governance',
 *   title: 'CX governance charter',
 *   council: [{ id: 'maria', function: 'customer service', role: 'chair' }],
 *   executives: [{ id: 'coo', title: 'Chief operating officer' }],
 *   decisionRights: [{ decisionType: 'journey-change', responsible: ['maria'], accountable: ['coo'] }],
 *   quorum: 1,
 *   reviewDeadline: { businessDays: 10 },
 * });
 * charter.council[0]?.function // => 'customer service'
 * parseCharter({ ...charter, quorum: 2 }) // throws CxValidationError VALIDATION_FAILED
 *
 * @category Charter
 */
export function parseCharter(input: unknown): Charter {
  return parseDocument(charterDocument, input);
}
