import { parseDocument } from '../core/documents/parseDocument';
import { type Strategy, strategyDocument } from './strategyDocument';

/**
 * Reads a strategy document (parsed JSON or YAML) with its inline mission and success
 * statements: checks kinds and schema versions, validates every field strictly, and
 * checks every link by id (a goal's `supports` must name a success statement the
 * strategy holds; ids must be unique).
 *
 * @param input - The parsed JSON or YAML value.
 * @returns The strategy, typed.
 * @throws `CxError` `WRONG_DOCUMENT_KIND` (path `kind`) or `NEWER_SCHEMA_VERSION` (path `schemaVersion`);
 *   `CxValidationError` `VALIDATION_FAILED` with one issue per problem, each with its path.
 *
 * @example
 * import { parseStrategy } from 'cxkit/strategy';
 *
 * const strategy = parseStrategy({
 *   kind: 'strategy',
 *   schemaVersion: 1,
 *   id: 'cx-strategy-2027',
 *   title: 'CX strategy 2026–2027',
 *   goals: [{ id: 'quote-in-a-day', goal: 'Quote every repair within one business day.', leader: 'Head of engineering' }],
 * });
 * strategy.goals?.[0]?.leader // => 'Head of engineering'
 * parseStrategy({ ...strategy, goals: [{ id: 'quote-in-a-day', goal: 'Quote fast.', supports: ['on-the-wing'] }] })
 * // throws CxValidationError VALIDATION_FAILED
 *
 * @category Documents
 */
export function parseStrategy(input: unknown): Strategy {
  return parseDocument(strategyDocument, input);
}
