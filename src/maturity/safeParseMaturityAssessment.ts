import { safeParseDocument } from '../core/documents/safeParseDocument';
import type { SafeResult } from '../core/results/SafeResult';
import { type MaturityAssessment, maturityAssessmentDocument } from './maturityAssessmentDocument';

/**
 * The non-throwing twin of {@link parseMaturityAssessment}: every failure it would throw
 * comes back as `{ success: false, error }`.
 *
 * @param input - The parsed JSON or YAML value.
 * @returns `{ success: true, data }` or `{ success: false, error }` with the error's code and issues.
 *
 * @example
 * import { safeParseMaturityAssessment } from 'cxkit/maturity';
 *
 * const result = safeParseMaturityAssessment({
 *   kind: 'maturity-assessment',
 *   schemaVersion: 1,
 *   id: 'listening-2027-ops',
 *   title: 'Listening, operations team, 2027',
 *   model: 'listening',
 *   answers: { 'feedback-loop': 'sometimes' },
 * });
 * result.success // => false
 * !result.success && result.error.path // => ['answers', 'feedback-loop']
 *
 * @category Maturity assessments
 */
export function safeParseMaturityAssessment(input: unknown): SafeResult<MaturityAssessment> {
  return safeParseDocument(maturityAssessmentDocument, input);
}
