import type { Finding } from '../core/findings/Finding';
import { findingFromRule } from '../core/findings/findingFromRule';
import { sortFindings } from '../core/findings/sortFindings';
import { formatLevels } from './formatLevels';
import type { DimensionScore, MaturityScale, MaturityScore } from './MaturityScore';
import type { MaturityModel } from './maturityModelDocument';
import { maturityRules } from './maturityRules';
import { levelAt, levelName } from './modelScale';
import type { ReadResponses } from './readResponses';

function dimensionScores(model: MaturityModel, scale: MaturityScale, responses: ReadResponses): DimensionScore[] {
  return model.dimensions.map((dimension) => {
    let sum = 0;
    let answered = 0;
    const answers = dimension.questions.map((question) => {
      const answer = responses.answers.get(question.id);
      if (answer === undefined) return { question: question.id, answer: null };
      sum += answer;
      answered += 1;
      return { question: question.id, answer };
    });
    const score = answered === 0 ? null : sum / answered;
    const level = score === null ? null : levelAt(score, scale);
    return {
      id: dimension.id,
      title: dimension.title,
      ...(dimension.group === undefined ? {} : { group: dimension.group }),
      weight: dimension.weight,
      required: dimension.required === true,
      score,
      level,
      levelName: level === null ? null : levelName(level, scale),
      answered,
      missing: dimension.questions.length - answered,
      answers,
    };
  });
}

function findingsOf(
  dimensions: readonly DimensionScore[],
  stagedLevel: number | null,
  continuousLevel: number,
  lagThreshold: number,
): Finding[] {
  const findings: Finding[] = [];
  const scored = dimensions.filter((dimension) => dimension.score !== null);
  dimensions.forEach((dimension, index) => {
    const path = ['dimensions', index];
    if (dimension.score === null) {
      findings.push(
        findingFromRule(maturityRules['maturity/unscored-dimension'], {
          message: `No question of ${dimension.title} was answered: it is left out of the overall score${dimension.required ? ' and, being required, leaves the staged level unknown' : ''}.`,
          path,
          hint: 'Find someone who can answer for this dimension.',
        }),
      );
      return;
    }
    if (dimension.missing > 0) {
      findings.push(
        findingFromRule(maturityRules['maturity/unanswered-questions'], {
          message: `${dimension.missing} of ${dimension.answers.length} questions of ${dimension.title} were not answered; it is scored on the other ${dimension.answered}.`,
          path,
        }),
      );
    }
    if (!dimension.required || scored.length < 2) return;
    const others = scored.filter((other) => other !== dimension);
    const othersMean = others.reduce((total, other) => total + (other.score as number), 0) / others.length;
    const lag = othersMean - dimension.score;
    if (lag >= lagThreshold) {
      findings.push(
        findingFromRule(maturityRules['maturity/one-or-two-wont-do'], {
          message: `${dimension.title} (${formatLevels(dimension.score)}) is ${formatLevels(lag)} levels below the mean of the other dimensions (${formatLevels(othersMean)}): one or two won't do.`,
          path,
          hint: `Bring ${dimension.title} up before pushing the stronger dimensions further.`,
        }),
      );
    }
  });
  if (stagedLevel !== null && stagedLevel < continuousLevel) {
    const weakest = dimensions
      .filter((dimension) => dimension.level === stagedLevel)
      .map((dimension) => dimension.title);
    findings.push(
      findingFromRule(maturityRules['maturity/weakest-link'], {
        message: `The continuous score reaches level ${continuousLevel}, but ${weakest.join(', ')} ${weakest.length === 1 ? 'is' : 'are'} at level ${stagedLevel}, so the staged level is ${stagedLevel}.`,
        path: ['overall', 'stagedLevel'],
      }),
    );
  }
  return sortFindings(findings);
}

/**
 * @internal Scores one checked assessment against a parsed model. `lagThreshold` is
 * `null` when the caller aggregates and wants no per-respondent findings.
 */
export function scoreResponses(
  model: MaturityModel,
  scale: MaturityScale,
  responses: ReadResponses,
  lagThreshold: number | null,
): MaturityScore {
  const dimensions = dimensionScores(model, scale, responses);
  let weighted = 0;
  let totalWeight = 0;
  let stagedLevel: number | null = Number.POSITIVE_INFINITY;
  let answered = 0;
  let missing = 0;
  for (const dimension of dimensions) {
    answered += dimension.answered;
    missing += dimension.missing;
    if (dimension.level === null || dimension.score === null) {
      if (dimension.required) stagedLevel = null;
      continue;
    }
    weighted += dimension.weight * dimension.score;
    totalWeight += dimension.weight;
    if (stagedLevel !== null) stagedLevel = Math.min(stagedLevel, dimension.level);
  }
  // readResponses guarantees at least one answer, so at least one dimension is scored.
  const continuous = weighted / totalWeight;
  const continuousLevel = levelAt(continuous, scale);
  const staged = stagedLevel === null ? null : stagedLevel;
  return {
    model,
    scale,
    ...(responses.respondent === undefined ? {} : { respondent: responses.respondent }),
    ...(responses.group === undefined ? {} : { group: responses.group }),
    overall: {
      continuous,
      continuousLevel,
      stagedLevel: staged,
      stagedLevelName: staged === null ? null : levelName(staged, scale),
    },
    dimensions,
    answered,
    missing,
    findings: lagThreshold === null ? [] : findingsOf(dimensions, staged, continuousLevel, lagThreshold),
  };
}
