import { safeParseDocument } from '../core/documents/safeParseDocument';
import type { SafeResult } from '../core/results/SafeResult';
import { type MaturityModel, maturityModelDocument } from './maturityModelDocument';

/**
 * The non-throwing twin of {@link parseMaturityModel}: every failure it would throw
 * comes back as `{ success: false, error }`.
 *
 * @param input - The parsed JSON or YAML value.
 * @returns `{ success: true, data }` or `{ success: false, error }` with the error's code and issues.
 *
 * @example
 * import { safeParseMaturityModel } from 'cxkit/maturity';
 *
 * const result = safeParseMaturityModel({
 *   kind: 'maturity-model',
 *   schemaVersion: 1,
 *   id: 'listening',
 *   title: 'Listening to customers',
 *   levels: [{ value: 1, name: 'Ad hoc' }, { value: 2, name: 'Routine' }],
 *   dimensions: [
 *     {
 *       id: 'feedback',
 *       title: 'Feedback',
 *       weight: 1,
 *       questions: [{ id: 'feedback-loop', text: 'What happens to feedback?', anchors: { 1: 'Nothing reliable.' } }],
 *     },
 *   ],
 * });
 * result.success // => false
 * !result.success && result.error.path // => ['dimensions', 0, 'questions', 0, 'anchors', '2']
 *
 * @category Maturity models
 */
export function safeParseMaturityModel(input: unknown): SafeResult<MaturityModel> {
  return safeParseDocument(maturityModelDocument, input);
}
