import type { MaturityScale } from './MaturityScore';
import type { MaturityModel } from './maturityModelDocument';

/** @internal The scale a result carries: min, max and the level names. */
export function modelScale(model: MaturityModel): MaturityScale {
  const levels = model.levels.map((level) => ({ value: level.value, name: level.name }));
  return { min: levels[0]?.value as number, max: levels[levels.length - 1]?.value as number, levels };
}

// A weighted mean of whole levels can land a hair below a whole number (2.9999999999999996
// for an exact 3); the tolerance keeps such a score at the level it truly reaches.
const tolerance = 1e-9;

/** @internal The highest level at or below `score`. */
export function levelAt(score: number, scale: MaturityScale): number {
  return Math.min(scale.max, Math.max(scale.min, Math.floor(score + tolerance)));
}

/** @internal The name of a level of the scale. */
export function levelName(level: number, scale: MaturityScale): string {
  return scale.levels[level - scale.min]?.name as string;
}

/** @internal Every question id of the model. */
export function questionIdsOf(model: MaturityModel): Set<string> {
  return new Set(model.dimensions.flatMap((dimension) => dimension.questions.map((question) => question.id)));
}
