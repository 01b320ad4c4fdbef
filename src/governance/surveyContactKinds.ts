/**
 * The codes of contact kinds in {@link SurveyContactColumns}' `kind` column: the index
 * of each kind in this list.
 *
 * @example
 * import { surveyContactKinds } from 'cxkit/governance';
 *
 * surveyContactKinds.indexOf('complaint') // => 1
 *
 * @category Survey policy
 */
export const surveyContactKinds = ['survey', 'complaint', 'opt-out'] as const;
