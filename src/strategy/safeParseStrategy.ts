import { safeParseDocument } from '../core/documents/safeParseDocument';
import type { SafeResult } from '../core/results/SafeResult';
import { type Strategy, strategyDocument } from './strategyDocument';

/**
 * The non-throwing twin of {@link parseStrategy}: every failure it would throw comes
 * back as `{ success: false, error }`.
 *
 * @param input - The parsed JSON or YAML value.
 * @returns `{ success: true, data }` or `{ success: false, error }` with the error's code and issues.
 *
 * @example
 * import { safeParseStrategy } from 'cxkit/strategy';
 *
 * const result = safeParseStrategy({
 *   kind: 'strategy',
 *   schemaVersion: 1,
 *   id: 'cx-strategy-2027',
 *   title: 'CX strategy 2026–2027',
 *   goals: [{ id: 'quote-in-a-day', goal: 'Quote every repair within one business day.', supports: ['on-the-wing'] }],
 * });
 * result.success // => false
 * !result.success && result.error.path // => ['goals', 0, 'supports', 0]
 *
 * @category Documents
 */
export function safeParseStrategy(input: unknown): SafeResult<Strategy> {
  return safeParseDocument(strategyDocument, input);
}
