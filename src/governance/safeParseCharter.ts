import { safeParseDocument } from '../core/documents/safeParseDocument';
import type { SafeResult } from '../core/results/SafeResult';
import { type Charter, charterDocument } from './charterDocument';

/**
 * The non-throwing twin of {@link parseCharter}: every failure it would throw comes back
 * as `{ success: false, error }`.
 *
 * @param input - The parsed JSON or YAML value.
 * @returns `{ success: true, data }` or `{ success: false, error }` with the error's code and issues.
 *
 * @example
 * import { safeParseCharter } from 'cxkit/governance';
 *
 * const result = safeParseCharter({
 *   kind: 'governance-charter',
 *   schemaVersion: 1,
 *   id: 'cx-governance',
 *   title: 'CX governance charter',
 *   council: [{ id: 'maria', function: 'customer service', role: 'chair' }],
 *   executives: [{ id: 'coo' }],
 *   decisionRights: [{ decisionType: 'journey-change', responsible: ['maria'], accountable: ['cfo'] }],
 *   quorum: 1,
 *   reviewDeadline: { businessDays: 10 },
 * });
 * result.success // => false
 * !result.success && result.error.path // => ['decisionRights', 0, 'accountable', 0]
 *
 * @category Charter
 */
export function safeParseCharter(input: unknown): SafeResult<Charter> {
  return safeParseDocument(charterDocument, input);
}
