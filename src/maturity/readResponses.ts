import { parseDocument } from '../core/documents/parseDocument';
import { CxError } from '../core/errors/CxError';
import { CxValidationError } from '../core/errors/CxValidationError';
import { describeValue } from '../core/errors/describeValue';
import { isRecord } from '../core/errors/isRecord';
import type { PropertyPath } from '../core/errors/PropertyPath';
import { suggestKey } from '../core/errors/suggestKey';
import type { MaturityResponses } from './MaturityScore';
import { maturityAssessmentDocument } from './maturityAssessmentDocument';
import type { MaturityModel } from './maturityModelDocument';
import { raiseMaturity } from './messages';

/** @internal One assessment read and checked against its model. */
export interface ReadResponses {
  readonly respondent: string | undefined;
  readonly group: string | undefined;
  /** Question id → level; only answered questions are present. */
  readonly answers: ReadonlyMap<string, number>;
}

const plainFields = ['respondent', 'group', 'answers'];

// Documents are read with core's parser; its errors are re-pathed under `prefix` so
// that they point into the caller's array of assessments.
function readDocument(input: unknown, prefix: PropertyPath) {
  try {
    return parseDocument(maturityAssessmentDocument, input);
  } catch (error) {
    if (prefix.length === 0) throw error;
    if (error instanceof CxValidationError) {
      throw new CxValidationError(
        `${prefix.join('.')}: ${error.message}`,
        error.issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] })),
      );
    }
    if (error instanceof CxError) {
      throw new CxError(error.code, `${prefix.join('.')}: ${error.message}`, {
        path: [...prefix, ...error.path],
        details: error.details,
        cause: error,
      });
    }
    throw error;
  }
}

function optionalText(input: Record<string, unknown>, field: string, prefix: PropertyPath): string | undefined {
  const value = input[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') {
    raiseMaturity('INVALID_FIELD', [field, 'a non-empty string', describeValue(value)], { path: [...prefix, field] });
  }
  return value;
}

/**
 * @internal Reads one assessment (plain or a `maturity-assessment` document) and checks
 * every answer against the model: a known question, a whole level on the scale, or
 * `null`/absent for "not answered". `questionIds` is the model's set of question ids.
 */
export function readResponses(
  model: MaturityModel,
  questionIds: ReadonlySet<string>,
  input: unknown,
  argument: string,
  prefix: PropertyPath,
): ReadResponses {
  if (!isRecord(input)) raiseMaturity('INVALID_RESPONSES', [argument, describeValue(input)], { path: prefix });
  let source: MaturityResponses;
  if (Object.hasOwn(input, 'kind')) {
    const document = readDocument(input, prefix);
    // The reference and the model's own id carry different brands; compared as text.
    if ((document.model as string) !== model.id) {
      raiseMaturity('MODEL_MISMATCH', [model.id, document.model], { path: [...prefix, 'model'] });
    }
    source = document;
  } else {
    for (const key of Object.keys(input)) {
      if (!plainFields.includes(key)) {
        raiseMaturity('UNKNOWN_FIELD', [key, suggestKey(key, plainFields)], { path: [...prefix, key] });
      }
    }
    if (!isRecord(input.answers)) {
      raiseMaturity('INVALID_FIELD', ['answers', 'an object of question id to level', describeValue(input.answers)], {
        path: [...prefix, 'answers'],
      });
    }
    source = {
      respondent: optionalText(input, 'respondent', prefix),
      group: optionalText(input, 'group', prefix),
      answers: input.answers as Record<string, number | null>,
    };
  }
  const min = model.levels[0]?.value as number;
  const max = model.levels[model.levels.length - 1]?.value as number;
  const answers = new Map<string, number>();
  for (const [question, answer] of Object.entries(source.answers)) {
    // The path is built only on failure: this loop runs once per answer of every respondent.
    if (!questionIds.has(question)) {
      raiseMaturity('UNKNOWN_QUESTION', [question, model.id], { path: [...prefix, 'answers', question] });
    }
    if (answer === null || answer === undefined) continue;
    if (typeof answer !== 'number' || !Number.isInteger(answer) || answer < min || answer > max) {
      raiseMaturity('ANSWER_OUT_OF_SCALE', [question, describeValue(answer), min, max], {
        path: [...prefix, 'answers', question],
        details: { received: answer },
      });
    }
    answers.set(question, answer);
  }
  if (answers.size === 0) raiseMaturity('NO_ANSWERS', [argument], { path: [...prefix, 'answers'] });
  return { respondent: source.respondent, group: source.group, answers };
}
