import * as z from 'zod/mini';
import type { DocumentOf } from '../core/documents/DocumentType';
import { defineDocumentType } from '../core/documents/defineDocumentType';
import { isoDateSchema } from '../core/documents/documentEnvelope';
import type { MaturityModelId } from '../core/identifiers/Identifier';
import { identifierPattern } from '../core/identifiers/identifierPattern';

/**
 * The document kind `maturity-assessment`: one respondent's answers to a maturity model,
 * kept as a versioned document. `model` names the model's id; `answers` maps question
 * ids to the level chosen, or `null` for a question the respondent could not answer.
 * Whether each answer names a question of the model and lies on its scale is checked
 * when the assessment is scored, against the model.
 *
 * @example
 * import { maturityAssessmentDocument } from 'cxkit/maturity';
 *
 * maturityAssessmentDocument.kind // => 'maturity-assessment'
 *
 * @category Maturity assessments
 */
export const maturityAssessmentDocument = /* @__PURE__ */ defineDocumentType({
  kind: 'maturity-assessment',
  schemaVersion: 1,
  description: "One respondent's answers to a maturity model: question id to level, or null when not answered.",
  shape: {
    // Typed as the brand every reference to a maturity model carries; at run time the
    // identifier is the string itself (see identifierSchema), with this message kept.
    model: z
      .string()
      .check(z.regex(identifierPattern, { error: "Expected the model's id." })) as unknown as z.ZodMiniType<
      MaturityModelId,
      string
    >,
    respondent: z.optional(z.string().check(z.minLength(1))),
    group: z.optional(z.string().check(z.minLength(1))),
    takenOn: z.optional(isoDateSchema),
    answers: z.record(z.string(), z.nullable(z.number().check(z.int()))),
  },
});

/**
 * A maturity assessment document.
 *
 * @category Maturity assessments
 */
export type MaturityAssessment = DocumentOf<typeof maturityAssessmentDocument>;
