import { parseDocument } from '../core/documents/parseDocument';
import { type DecisionLog, decisionLogDocument } from './decisionLogDocument';

/**
 * Reads a decision log document (parsed JSON or YAML): checks its kind and schema
 * version, validates every event strictly, and checks event ids are unique and that
 * type-specific fields sit on their event types.
 *
 * @param input - The parsed JSON or YAML value.
 * @returns The decision log, typed.
 * @throws `CxError` `WRONG_DOCUMENT_KIND` (path `kind`) or `NEWER_SCHEMA_VERSION` (path `schemaVersion`);
 *   `CxValidationError` `VALIDATION_FAILED` with one issue per problem, each with its path.
 *
 * @example
 * import { parseDecisionLog } from 'cxkit/governance';
 *
 * const log = parseDecisionLog({
 *   kind: 'decision-log',
 *   schemaVersion: 1,
 *   id: 'cx-decisions',
 *   title: 'CX council decisions',
 *   charter: 'cx-governance',
 *   events: [
 *     { id: 'e1', recommendation: 'callback', type: 'proposed', actor: 'maria', at: '2026-03-02', decisionType: 'journey-change' },
 *     { id: 'e2', recommendation: 'callback', type: 'submitted', actor: 'maria', at: '2026-03-03T09:00:00Z' },
 *   ],
 * });
 * log.events.length // => 2
 * parseDecisionLog({ ...log, events: [{ ...log.events[1], decidedBy: ['coo'] }] })
 * // throws CxValidationError VALIDATION_FAILED
 *
 * @category Decision log
 */
export function parseDecisionLog(input: unknown): DecisionLog {
  return parseDocument(decisionLogDocument, input) as DecisionLog;
}
