import { checkOptions } from '../core/errors/checkOptions';
import { checkLevelsOption } from './checkLevelsOption';
import type { MaturityScore } from './MaturityScore';
import { modelScale, questionIdsOf } from './modelScale';
import { parseMaturityModel } from './parseMaturityModel';
import { readResponses } from './readResponses';
import { scoreResponses } from './scoreResponses';

/**
 * Options for {@link scoreAssessment}.
 *
 * @category Maturity assessments
 */
export interface ScoreAssessmentOptions {
  /**
   * How far (in levels) a required dimension must lie below the mean of the other scored
   * dimensions for `maturity/one-or-two-wont-do`. A number from 0. Default `1.5`.
   */
  readonly lagThreshold?: number;
}

/**
 * Scores one respondent's answers against a maturity model, with both readings of the
 * overall maturity:
 *
 * - **continuous**: each dimension's score is the mean of its answered questions; the
 *   overall score is the weighted mean of the scored dimensions' scores;
 * - **staged** (the weakest link): a level counts only when every dimension reaches it,
 *   so the staged level is the lowest dimension level (a dimension reaches the highest
 *   level at or below its score).
 *
 * Missing answers (a question left out or answered `null`) are skipped, never scored as
 * the lowest level or zero, and counted per dimension. A dimension with no answer is
 * unscored (`score: null`) and left out of both readings, except that an unscored
 * required dimension makes the staged level `null`: it cannot be known.
 *
 * @param model - A maturity model: one of `builtInModels` or any value `parseMaturityModel` accepts.
 * @param responses - `{ respondent?, group?, answers }` or a `maturity-assessment` document for this model.
 * @param options - `lagThreshold`; see {@link ScoreAssessmentOptions}.
 * @returns Overall readings, every dimension with score, level and missing answers, and findings from `maturityRules`.
 * @throws `CxValidationError` `VALIDATION_FAILED` for an invalid model or assessment document; `CxError`
 *   `UNKNOWN_QUESTION` or `ANSWER_OUT_OF_SCALE` (path `['answers', questionId]`), `NO_ANSWERS` (path `answers`),
 *   `UNKNOWN_FIELD`, `INVALID_FIELD`, `INVALID_RESPONSES`, `MODEL_MISMATCH` (path `model`), `INVALID_OPTION`, `UNKNOWN_OPTION`.
 *
 * @example
 * import { commitmentsModel, scoreAssessment } from 'cxkit/maturity';
 *
 * const result = scoreAssessment(commitmentsModel, {
 *   answers: {
 *     'mindset-leaders': 4, 'mindset-everyone': 4, 'mindset-mission': 4,
 *     'strategy-success': 5, 'strategy-plans': 4,
 *     'discipline-governance': 2, 'discipline-measurement': 2, 'discipline-education': 2,
 *   },
 * });
 * result.dimensions.map((dimension) => dimension.score) // => [4, 4.5, 2]
 * result.overall.continuous.toFixed(4) // => '3.5000'
 * result.overall.stagedLevel // => 2
 * result.findings.map((finding) => finding.rule) // => ['maturity/one-or-two-wont-do', 'maturity/weakest-link']
 * scoreAssessment(commitmentsModel, { answers: { 'mindset-leaders': 6 } })
 * // throws CxError ANSWER_OUT_OF_SCALE
 *
 * @category Maturity assessments
 */
export function scoreAssessment(
  model: unknown,
  responses: unknown,
  options: ScoreAssessmentOptions = {},
): MaturityScore {
  checkOptions(options, ['lagThreshold']);
  const lagThreshold = checkLevelsOption(options.lagThreshold, 'lagThreshold', 1.5);
  const parsed = parseMaturityModel(model);
  const read = readResponses(parsed, questionIdsOf(parsed), responses, 'responses', []);
  return scoreResponses(parsed, modelScale(parsed), read, lagThreshold);
}
