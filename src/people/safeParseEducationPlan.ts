import { safeParseDocument } from '../core/documents/safeParseDocument';
import type { SafeResult } from '../core/results/SafeResult';
import { type EducationPlan, educationPlanDocument } from './educationPlanDocument';

/**
 * The non-throwing twin of {@link parseEducationPlan}: every failure it would throw comes
 * back as `{ success: false, error }`.
 *
 * @param input - The parsed JSON or YAML value.
 * @returns `{ success: true, data }` or `{ success: false, error }` with the error's code and issues.
 *
 * @example
 * import { safeParseEducationPlan } from 'cxkit/people';
 *
 * const result = safeParseEducationPlan({
 *   kind: 'education-plan',
 *   schemaVersion: 1,
 *   id: 'cx-education',
 *   title: 'CX education plan',
 *   audiences: [{ id: 'finance', functions: ['Finance'], everyDays: 90, topics: ['nps-results'] }],
 *   deliveries: [],
 * });
 * result.success // => false
 * !result.success && result.error.path // => ['audiences', 0, 'topics', 0]
 *
 * @category Education
 */
export function safeParseEducationPlan(input: unknown): SafeResult<EducationPlan> {
  return safeParseDocument(educationPlanDocument, input);
}
