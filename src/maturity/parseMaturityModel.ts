import { parseDocument } from '../core/documents/parseDocument';
import { type MaturityModel, maturityModelDocument } from './maturityModelDocument';

/**
 * Reads a maturity-model document (parsed JSON or YAML): checks its kind and schema
 * version, validates every field strictly, and checks the model as a whole: consecutive
 * levels, a question in every dimension, an anchor for every level, positive weights,
 * declared groups and unique ids.
 *
 * @param input - The parsed JSON or YAML value.
 * @returns The maturity model, typed.
 * @throws `CxError` `WRONG_DOCUMENT_KIND` (path `kind`) or `NEWER_SCHEMA_VERSION` (path `schemaVersion`);
 *   `CxValidationError` `VALIDATION_FAILED` with one issue per problem, each with its path.
 *
 * @example
 * import { parseMaturityModel } from 'cxkit/maturity';
 *
 * const model = parseMaturityModel({
 *   kind: 'maturity-model',
 *   schemaVersion: 1,
 *   id: 'listening',
 *   title: 'Listening to customers',
 *   levels: [
 *     { value: 1, name: 'Ad hoc' },
 *     { value: 2, name: 'Routine' },
 *     { value: 3, name: 'Acted on' },
 *   ],
 *   dimensions: [
 *     {
 *       id: 'feedback',
 *       title: 'Feedback',
 *       weight: 1,
 *       questions: [
 *         {
 *           id: 'feedback-loop',
 *           text: 'What happens to what customers tell us?',
 *           anchors: { 1: 'Nothing reliable.', 2: 'It is read every week.', 3: 'Every theme has an owner and a fix date.' },
 *         },
 *       ],
 *     },
 *   ],
 * });
 * model.dimensions[0]?.questions[0]?.anchors['3'] // => 'Every theme has an owner and a fix date.'
 * parseMaturityModel({ ...model, dimensions: [{ id: 'feedback', title: 'Feedback', weight: 1, questions: [] }] })
 * // throws CxValidationError VALIDATION_FAILED
 *
 * @category Maturity models
 */
export function parseMaturityModel(input: unknown): MaturityModel {
  return parseDocument(maturityModelDocument, input);
}
