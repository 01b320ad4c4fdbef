import { safeParseDocument } from '../core/documents/safeParseDocument';
import type { SafeResult } from '../core/results/SafeResult';
import { type Portfolio, portfolioDocument } from './portfolioDocument';

/**
 * The non-throwing twin of {@link parsePortfolio}: every failure it would throw comes
 * back as `{ success: false, error }`.
 *
 * @param input - The parsed JSON or YAML value.
 * @returns `{ success: true, data }` or `{ success: false, error }` with the error's code and issues.
 *
 * @example
 * import { safeParsePortfolio } from 'cxkit/governance';
 *
 * const result = safeParsePortfolio({
 *   kind: 'portfolio',
 *   schemaVersion: 1,
 *   id: 'funding-2027',
 *   title: 'CX funding 2027',
 *   budget: 100,
 *   ideas: [{ id: 'status-texts', cost: 40, value: 30, predictedChange: { estimate: 2 } }],
 * });
 * result.success // => false
 * !result.success && result.error.path // => ['ideas', 0, 'predictedChange']
 *
 * @category Prioritization
 */
export function safeParsePortfolio(input: unknown): SafeResult<Portfolio> {
  return safeParseDocument(portfolioDocument, input) as SafeResult<Portfolio>;
}
