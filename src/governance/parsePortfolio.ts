import { parseDocument } from '../core/documents/parseDocument';
import { type Portfolio, portfolioDocument } from './portfolioDocument';

/**
 * Reads a portfolio document (parsed JSON or YAML): checks its kind and schema version,
 * validates every idea strictly, and checks idea ids are unique and dependencies known.
 *
 * @param input - The parsed JSON or YAML value.
 * @returns The portfolio, typed; its `ideas` go to `prioritize` and `fundPortfolio` as they are.
 * @throws `CxError` `WRONG_DOCUMENT_KIND` (path `kind`) or `NEWER_SCHEMA_VERSION` (path `schemaVersion`);
 *   `CxValidationError` `VALIDATION_FAILED` with one issue per problem, each with its path.
 *
 * @example
 * import { fundPortfolio, parsePortfolio } from 'cxkit/governance';
 *
 * const portfolio = parsePortfolio({
 *   kind: 'portfolio',
 *   schemaVersion: 1,
 *   id: 'funding-2027',
 *   title: 'CX funding 2027',
 *   budget: 100,
 *   ideas: [
 *     { id: 'status-texts', cost: 40, value: 30 },
 *     { id: 'loaner-engines', cost: 80, value: 50 },
 *     { id: 'quote-in-a-day', cost: 50, value: 35 },
 *   ],
 * });
 * fundPortfolio(portfolio.ideas, portfolio.budget).funded // => ['status-texts', 'quote-in-a-day']
 * parsePortfolio({ ...portfolio, ideas: [{ id: 'x', dependsOn: ['y'] }] }) // throws CxValidationError VALIDATION_FAILED
 *
 * @category Prioritization
 */
export function parsePortfolio(input: unknown): Portfolio {
  return parseDocument(portfolioDocument, input) as Portfolio;
}
