import { parseDocument } from '../core/documents/parseDocument';
import { type EducationPlan, educationPlanDocument } from './educationPlanDocument';

/**
 * Reads a CX education plan (parsed JSON or YAML): checks its kind and schema version,
 * validates every field strictly and checks it as a whole (unique audience ids,
 * deliveries that name declared audiences).
 *
 * @param input - The parsed JSON or YAML value.
 * @returns The plan, typed.
 * @throws `CxError` `WRONG_DOCUMENT_KIND` (path `kind`) or `NEWER_SCHEMA_VERSION` (path `schemaVersion`);
 *   `CxValidationError` `VALIDATION_FAILED` with one issue per problem, each with its path.
 *
 * @example
 * import { parseEducationPlan } from 'cxkit/people';
 *
 * const plan = parseEducationPlan({
 *   kind: 'education-plan',
 *   schemaVersion: 1,
 *   id: 'cx-education',
 *   title: 'CX education plan',
 *   audiences: [{ id: 'finance', functions: ['Finance', 'Accounting'], everyDays: 90, topics: ['voice-of-the-customer', 'what-success-means'] }],
 *   deliveries: [{ audience: 'finance', date: '2026-09-01' }],
 * });
 * plan.audiences[0]?.functions // => ['Finance', 'Accounting']
 * parseEducationPlan({ ...plan, deliveries: [{ audience: 'sales', date: '2026-09-01' }] }) // throws CxValidationError VALIDATION_FAILED
 *
 * @category Education
 */
export function parseEducationPlan(input: unknown): EducationPlan {
  return parseDocument(educationPlanDocument, input);
}
