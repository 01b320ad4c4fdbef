import { safeParseDocument } from '../core/documents/safeParseDocument';
import type { SafeResult } from '../core/results/SafeResult';
import { type DecisionLog, decisionLogDocument } from './decisionLogDocument';

/**
 * The non-throwing twin of {@link parseDecisionLog}: every failure it would throw comes
 * back as `{ success: false, error }`.
 *
 * @param input - The parsed JSON or YAML value.
 * @returns `{ success: true, data }` or `{ success: false, error }` with the error's code and issues.
 *
 * @example
 * import { safeParseDecisionLog } from 'cxkit/governance';
 *
 * const result = safeParseDecisionLog({
 *   kind: 'decision-log',
 *   schemaVersion: 1,
 *   id: 'cx-decisions',
 *   title: 'CX council decisions',
 *   charter: 'cx-governance',
 *   events: [
 *     { id: 'e1', recommendation: 'callback', type: 'proposed', actor: 'maria', at: '2026-03-02' },
 *     { id: 'e1', recommendation: 'callback', type: 'submitted', actor: 'maria', at: '2026-03-03' },
 *   ],
 * });
 * result.success // => false
 * !result.success && result.error.path // => ['events', 1, 'id']
 *
 * @category Decision log
 */
export function safeParseDecisionLog(input: unknown): SafeResult<DecisionLog> {
  return safeParseDocument(decisionLogDocument, input) as SafeResult<DecisionLog>;
}
