import { createRaise, type Raise } from '../core/errors/createRaise';

/**
 * Every error message `cxkit/maturity` raises, as named constants keyed by error code.
 *
 * @category Errors
 */
export const maturityMessages = {
  INVALID_RESPONSES: (argument: string, received: string) =>
    `${argument} must be an assessment: { respondent?, group?, answers: { [questionId]: level } } or a maturity-assessment document; received ${received}.`,
  UNKNOWN_FIELD: (field: string, suggestion: string | undefined) =>
    `Unknown field ${JSON.stringify(field)} in an assessment${suggestion === undefined ? '' : ` (did you mean ${JSON.stringify(suggestion)}?)`}; an assessment has respondent, group and answers.`,
  INVALID_FIELD: (field: string, expectation: string, received: string) =>
    `The assessment's ${field} must be ${expectation}; received ${received}.`,
  UNKNOWN_QUESTION: (question: string, model: string) =>
    `The answer to ${JSON.stringify(question)} names no question of the model ${JSON.stringify(model)}; answers are keyed by question id.`,
  ANSWER_OUT_OF_SCALE: (question: string, received: string, min: number, max: number) =>
    `The answer to ${JSON.stringify(question)} must be a whole level from ${min} to ${max} (or null when not answered); received ${received}.`,
  NO_ANSWERS: (argument: string) =>
    `${argument} answers no question of the model; at least one answer is needed to score an assessment.`,
  MODEL_MISMATCH: (expected: string, received: string) =>
    `The assessment is for the model ${JSON.stringify(received)} but is scored against ${JSON.stringify(expected)}.`,
  MISSING_GROUP: (index: number) =>
    `Assessment ${index} has no group, but the assessments are grouped by their group field; give each one a group or pass another groupBy.`,
  INVALID_GROUP: (index: number, received: string) =>
    `groupBy must return a non-empty string for each assessment; for assessment ${index} it returned ${received}.`,
  NO_ASSESSMENTS: () => 'There are no assessments: at least one is needed.',
  INVALID_RESULT: (argument: string, expectation: string) =>
    `${argument} must be ${expectation}, as scoreAssessment or aggregateAssessments returns it.`,
  DIFFERENT_MODELS: (before: string, after: string) =>
    `The two results are for different models (${JSON.stringify(before)} and ${JSON.stringify(after)}); only results of one model can be compared.`,
  UNKNOWN_GROUP: (group: string, known: readonly string[]) =>
    `There is no group ${JSON.stringify(group)} in the result; its groups are ${known.map((name) => JSON.stringify(name)).join(', ')}.`,
  AMBIGUOUS_GROUP: (argument: string, known: readonly string[]) =>
    `${argument} has several groups (${known.map((name) => JSON.stringify(name)).join(', ')}); say which one to compare with the option ${argument === 'before' ? 'beforeGroup' : 'afterGroup'}.`,
  INVALID_TARGET: (received: string, levels: readonly number[]) =>
    `The target must be one of the model's levels (${levels.join(', ')}); received ${received}.`,
} as const;

/**
 * The error codes `cxkit/maturity` raises (besides core's).
 *
 * @category Errors
 */
export type MaturityErrorCode = keyof typeof maturityMessages;

/** @internal Raises one of the maturity module's errors. */
export const raiseMaturity: Raise<typeof maturityMessages> = /* @__PURE__ */ createRaise(maturityMessages);
