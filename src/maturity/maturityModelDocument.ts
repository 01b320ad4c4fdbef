import * as z from 'zod/mini';
import type { DocumentOf } from '../core/documents/DocumentType';
import { defineDocumentType } from '../core/documents/defineDocumentType';
import { reportRepeats } from '../core/documents/reportRepeats';
import { identifierPattern } from '../core/identifiers/identifierPattern';

// A blank anchor or title would print as nothing on a radar chart or in a roadmap step.
const wording = () => z.string().check(z.refine((text) => text.trim() !== '', 'Expected a non-empty text.'));

// Plain strings (not tagged identifiers): answers are keyed by question id, and a tagged
// key type would make every answers record need a cast.
const localId = () =>
  z.string().check(
    z.regex(identifierPattern, {
      error: 'Expected an id: 1–128 letters, digits, "-", "_", ".", ":", starting with a letter or digit.',
    }),
  );

const levelSchema = () =>
  z.strictObject({
    value: z.number().check(z.int()),
    name: wording(),
    description: z.optional(z.string()),
  });

const groupSchema = () =>
  z.strictObject({
    id: localId(),
    title: wording(),
    description: z.optional(z.string()),
  });

const questionSchema = () =>
  z.strictObject({
    id: localId(),
    text: wording(),
    anchors: z.record(z.string(), wording()),
  });

const dimensionSchema = () =>
  z.strictObject({
    id: localId(),
    title: wording(),
    description: z.optional(z.string()),
    group: z.optional(localId()),
    weight: z.number().check(z.positive()),
    required: z.optional(z.boolean()),
    questions: z.array(questionSchema()).check(z.minLength(1, 'Every dimension needs at least one question.')),
  });

const unique = 'Ids must be unique in the model: answers and findings name them.';

/**
 * The document kind `maturity-model`: a model of CX maturity as data. It credits its
 * `source` (whose ideas it measures, who wrote its words), names its levels (consecutive whole numbers, e.g. 1 "First steps" to 5 "Embedded"), its
 * dimensions (optionally gathered in groups, each with a positive weight and, when
 * `required`, counted by the "one or two won't do" finding), and each dimension's
 * questions, each with an anchor per level: what that level looks like, in words.
 *
 * Besides the strict schema, the model must have at least two levels numbered
 * consecutively, every dimension at least one question, every question an anchor for
 * every level and none for anything else, every `group` a declared group, and unique
 * ids (levels, groups, dimensions, and questions across the whole model, since answers
 * are keyed by question id).
 *
 * @example
 * import { maturityModelDocument } from 'cxkit/maturity';
 *
 * maturityModelDocument.kind // => 'maturity-model'
 *
 * @category Maturity models
 */
export const maturityModelDocument = /* @__PURE__ */ defineDocumentType({
  kind: 'maturity-model',
  schemaVersion: 1,
  description:
    'A CX maturity model: named levels, dimensions (optionally grouped) with weights, and questions with an anchor for every level.',
  shape: {
    /**
     * Where the model's ideas come from and who wrote its questions and anchors: credit
     * for the framework it measures, so that nobody's words travel under another name.
     */
    source: z.optional(wording()),
    levels: z.array(levelSchema()).check(z.minLength(2, 'A model needs at least two levels.')),
    groups: z.optional(z.array(groupSchema())),
    dimensions: z.array(dimensionSchema()).check(z.minLength(1, 'A model needs at least one dimension.')),
  },
  check: (model, report) => {
    model.levels.forEach((level, index) => {
      const previous = model.levels[index - 1];
      if (previous !== undefined && level.value !== previous.value + 1) {
        report({
          message: `Levels must be consecutive whole numbers in ascending order: after ${previous.value} comes ${previous.value + 1}, not ${level.value}.`,
          path: ['levels', index, 'value'],
        });
      }
    });
    const levelKeys = model.levels.map((level) => String(level.value));
    const groups = model.groups ?? [];
    const groupIds = reportRepeats(
      groups.map((group) => group.id),
      'Group id',
      (index) => ['groups', index, 'id'],
      report,
      unique,
    );
    reportRepeats(
      model.dimensions.map((dimension) => dimension.id),
      'Dimension id',
      (index) => ['dimensions', index, 'id'],
      report,
      unique,
    );
    const questions = model.dimensions.flatMap((dimension, dimensionIndex) =>
      dimension.questions.map((question, questionIndex) => ({ id: question.id, dimensionIndex, questionIndex })),
    );
    reportRepeats(
      questions.map((question) => question.id),
      'Question id',
      (index) => [
        'dimensions',
        questions[index]?.dimensionIndex ?? 0,
        'questions',
        questions[index]?.questionIndex ?? 0,
        'id',
      ],
      report,
      unique,
    );
    model.dimensions.forEach((dimension, dimensionIndex) => {
      if (dimension.group !== undefined && !groupIds.has(dimension.group)) {
        report({
          message: `The group ${JSON.stringify(dimension.group)} is not declared in groups.`,
          path: ['dimensions', dimensionIndex, 'group'],
        });
      }
      dimension.questions.forEach((question, questionIndex) => {
        const anchorsPath = ['dimensions', dimensionIndex, 'questions', questionIndex, 'anchors'];
        for (const key of levelKeys) {
          if (!Object.hasOwn(question.anchors, key)) {
            report({
              message: `The question has no anchor for level ${key}; anchors must describe every level of the scale.`,
              path: [...anchorsPath, key],
            });
          }
        }
        for (const key of Object.keys(question.anchors)) {
          if (!levelKeys.includes(key)) {
            report({
              message: `The anchor ${JSON.stringify(key)} names no level of the model (levels ${levelKeys.join(', ')}).`,
              path: [...anchorsPath, key],
            });
          }
        }
      });
    });
  },
});

/**
 * A maturity model as {@link parseMaturityModel} returns it.
 *
 * @category Maturity models
 */
export type MaturityModel = DocumentOf<typeof maturityModelDocument>;
