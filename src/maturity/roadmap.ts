import { describeValue } from '../core/errors/describeValue';
import type { DimensionScore, MaturityScore } from './MaturityScore';
import { raiseMaturity } from './messages';
import { levelName } from './modelScale';

/**
 * One step of a roadmap: one dimension up one level.
 *
 * @category Maturity progress
 */
export interface RoadmapStep {
  /** 1 for the first step. */
  readonly order: number;
  readonly dimension: string;
  readonly dimensionTitle: string;
  /** The level the dimension is at before the step, and the level the step reaches. */
  readonly from: number;
  readonly to: number;
  /** The name of the level reached. */
  readonly toName: string;
  /**
   * What the next level looks like, question by question: the anchor of level `to` for
   * every question answered below it or not answered (`answered: false`).
   */
  readonly actions: readonly {
    readonly question: string;
    readonly text: string;
    readonly answered: boolean;
    readonly description: string;
  }[];
}

/**
 * What {@link roadmap} returns.
 *
 * @category Maturity progress
 */
export interface MaturityRoadmap {
  readonly target: number;
  readonly targetName: string;
  /** The staged level now (`null` when it cannot be known). */
  readonly stagedLevel: number | null;
  /** The steps, in order: the weakest dimension first, one level at a time. */
  readonly steps: readonly RoadmapStep[];
  /** Dimensions without a score, for which no step can be planned until they are assessed. */
  readonly unscored: readonly string[];
}

/**
 * Plans the way from a scored assessment to a target level, one level at a time, weakest
 * dimension first: each step lifts the dimension at the lowest level (ties broken by the
 * lower score, then required dimensions, then model order) by one level, so that no
 * dimension climbs two levels while another is still below — the staged level rises as
 * early as it can. Each step is described by the anchors of the level it reaches, for
 * the questions not yet answered at that level.
 *
 * @param result - What `scoreAssessment` returned.
 * @param target - The level to reach, one of the model's levels.
 * @returns The steps, the staged level now, and the dimensions that cannot be planned because they are unscored.
 * @throws `CxError` `INVALID_RESULT` (path `result`), `INVALID_TARGET` (path `target`).
 *
 * @example
 * import { commitmentsModel, roadmap, scoreAssessment } from 'cxkit/maturity';
 *
 * const result = scoreAssessment(commitmentsModel, {
 *   answers: {
 *     'mindset-leaders': 3, 'mindset-everyone': 3,
 *     'strategy-plans': 2, 'strategy-success': 3,
 *     'discipline-governance': 2, 'discipline-measurement': 2,
 *   },
 * });
 * const plan = roadmap(result, 3);
 * plan.steps.map((step) => `${step.dimension} ${step.from}→${step.to}`) // => ['discipline 2→3', 'strategy 2→3']
 * plan.steps[1]?.actions.map((action) => action.question) // => ['strategy-plans']
 *
 * @category Maturity progress
 */
export function roadmap(result: MaturityScore, target: number): MaturityRoadmap {
  if (
    typeof result !== 'object' ||
    result === null ||
    !Array.isArray(result.dimensions) ||
    typeof result.model !== 'object'
  ) {
    raiseMaturity('INVALID_RESULT', ['result', 'a maturity score'], { path: ['result'] });
  }
  const { scale, model } = result;
  if (
    typeof scale !== 'object' ||
    scale === null ||
    !Array.isArray(scale.levels) ||
    typeof model !== 'object' ||
    model === null
  ) {
    raiseMaturity('INVALID_RESULT', ['result', 'a maturity score with its scale and model'], { path: ['result'] });
  }
  const levels = scale.levels.map((level) => level?.value);
  if (typeof target !== 'number' || !levels.includes(target)) {
    raiseMaturity('INVALID_TARGET', [describeValue(target), levels], { path: ['target'] });
  }
  const current = new Map<DimensionScore, number>();
  const unscored: string[] = [];
  for (const [index, dimension] of result.dimensions.entries()) {
    const level = (dimension as { level?: unknown } | null)?.level;
    // A level off the scale (NaN, -Infinity, text) would never climb to the target.
    if (level !== null && !levels.includes(level as number)) {
      raiseMaturity(
        'INVALID_RESULT',
        [`result.dimensions[${index}].level`, `null or a level of the scale (${levels.join(', ')})`],
        {
          path: ['result', 'dimensions', index, 'level'],
        },
      );
    }
    if (level === null) unscored.push(dimension.id);
    else current.set(dimension, level as number);
  }
  const steps: RoadmapStep[] = [];
  // Each step raises one dimension one level, so the steps are bounded before the walk starts.
  const mostSteps = current.size * Math.max(0, target - scale.min);
  while (steps.length < mostSteps) {
    let weakest: DimensionScore | undefined;
    for (const [dimension, level] of current) {
      if (level >= target) continue;
      if (weakest === undefined) {
        weakest = dimension;
        continue;
      }
      const weakestLevel = current.get(weakest) as number;
      // Map iteration keeps model order, so a strict comparison leaves ties to the earlier dimension.
      if (
        level < weakestLevel ||
        (level === weakestLevel &&
          ((dimension.score as number) < (weakest.score as number) ||
            (dimension.score === weakest.score && dimension.required && !weakest.required)))
      ) {
        weakest = dimension;
      }
    }
    if (weakest === undefined) break;
    const from = current.get(weakest) as number;
    const to = from + 1;
    current.set(weakest, to);
    const questions = model.dimensions.find((dimension) => dimension.id === weakest.id)?.questions ?? [];
    const actions = weakest.answers.flatMap((answer) => {
      if (answer.answer !== null && answer.answer >= to) return [];
      const question = questions.find((candidate) => candidate.id === answer.question);
      return [
        {
          question: answer.question,
          text: question?.text ?? '',
          answered: answer.answer !== null,
          description: question?.anchors[String(to)] ?? '',
        },
      ];
    });
    steps.push({
      order: steps.length + 1,
      dimension: weakest.id,
      dimensionTitle: weakest.title,
      from,
      to,
      toName: levelName(to, scale),
      actions,
    });
  }
  return {
    target,
    targetName: levelName(target, scale),
    stagedLevel: result.overall.stagedLevel,
    steps,
    unscored,
  };
}
