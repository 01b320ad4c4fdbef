import { parseDocument } from '../core/documents/parseDocument';
import { type MaturityAssessment, maturityAssessmentDocument } from './maturityAssessmentDocument';

/**
 * Reads a maturity-assessment document (parsed JSON or YAML): checks its kind and schema
 * version and validates every field strictly: the model's id, the respondent, group and
 * date when given, and each answer a whole level or `null`. Whether each answer names a
 * question of the model and lies on its scale is checked when the assessment is scored
 * ({@link scoreAssessment}), since only the model knows.
 *
 * @param input - The parsed JSON or YAML value.
 * @returns The maturity assessment, typed.
 * @throws `CxError` `WRONG_DOCUMENT_KIND` (path `kind`) or `NEWER_SCHEMA_VERSION` (path `schemaVersion`);
 *   `CxValidationError` `VALIDATION_FAILED` with one issue per problem, each with its path.
 *
 * @example
 * import { parseMaturityAssessment } from 'cxkit/maturity';
 *
 * const assessment = parseMaturityAssessment({
 *   kind: 'maturity-assessment',
 *   schemaVersion: 1,
 *   id: 'listening-2027-ops',
 *   title: 'Listening, operations team, 2027',
 *   model: 'listening',
 *   group: 'operations',
 *   takenOn: '2027-03-01',
 *   answers: { 'feedback-loop': 2, 'closing-the-loop': null },
 * });
 * assessment.answers['feedback-loop'] // => 2
 * parseMaturityAssessment({ ...assessment, answers: { 'feedback-loop': 2.5 } })
 * // throws CxValidationError VALIDATION_FAILED
 *
 * @category Maturity assessments
 */
export function parseMaturityAssessment(input: unknown): MaturityAssessment {
  return parseDocument(maturityAssessmentDocument, input);
}
