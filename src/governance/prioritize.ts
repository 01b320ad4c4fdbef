import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { typeSevenQuantiles } from '../stats/typeSevenQuantiles';
import type { Idea } from './Idea';
import { raiseGovernance } from './messages';

/**
 * A prioritization method of {@link prioritize}.
 *
 * @category Prioritization
 */
export type PrioritizationMethod = 'rice' | 'ice' | 'wsjf' | 'impact-effort';

/**
 * Options for {@link prioritize}.
 *
 * @category Prioritization
 */
export interface PrioritizeOptions {
  /** The formula. Required. */
  readonly method: PrioritizationMethod;
  /**
   * Where the impact comes from for RICE, ICE and impact/effort: the `impact` field, or
   * `predictedChange` (a transfer function's predicted change in the ultimate metric).
   * Default `'impact'`.
   */
  readonly impact?: 'impact' | 'predicted-change';
}

/**
 * Where an impact/effort score falls against the medians of the ideas given.
 *
 * @category Prioritization
 */
export type ImpactEffortQuadrant = 'quick-win' | 'major-project' | 'fill-in' | 'money-pit';

/**
 * One idea's place in a prioritization.
 *
 * @category Prioritization
 */
export interface PrioritizedIdea {
  readonly id: string;
  /** 1 for the highest score; ideas with equal scores share a rank (1, 2, 2, 4). */
  readonly rank: number;
  readonly score: number;
  /** For `impact-effort` only. */
  readonly quadrant?: ImpactEffortQuadrant;
}

const methods: readonly PrioritizationMethod[] = ['rice', 'ice', 'wsjf', 'impact-effort'];
const fieldsOf: Readonly<Record<PrioritizationMethod, readonly (keyof Idea)[]>> = {
  rice: ['reach', 'impact', 'confidence', 'effort'],
  ice: ['impact', 'confidence', 'ease'],
  wsjf: ['businessValue', 'timeCriticality', 'riskReduction', 'jobSize'],
  'impact-effort': ['impact', 'effort'],
};
const positive = new Set<keyof Idea>(['effort', 'jobSize']);

const median = (values: readonly number[]): number => typeSevenQuantiles(Float64Array.from(values), [0.5])[0] as number;

function readField(idea: Idea, index: number, field: keyof Idea, predicted: boolean, method: string): number {
  if (field === 'impact' && predicted) {
    const change = idea.predictedChange;
    const value = typeof change === 'object' && change !== null ? change.change?.estimate : change;
    if (value === undefined)
      raiseGovernance('MISSING_FIELD', [`ideas[${index}]`, 'predictedChange', `{ impact: 'predicted-change' }`], {
        path: [index, 'predictedChange'],
      });
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      raiseGovernance(
        'INVALID_INPUT',
        [`ideas[${index}].predictedChange`, 'a finite number or a whatIf result', describeValue(value)],
        {
          path: [index, 'predictedChange'],
        },
      );
    }
    return value;
  }
  const value = idea[field];
  if (value === undefined)
    raiseGovernance('MISSING_FIELD', [`ideas[${index}]`, field, method], { path: [index, field] });
  const valid =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (positive.has(field) ? value > 0 : value >= 0) &&
    (field !== 'confidence' || value <= 1);
  if (!valid) {
    const expectation = positive.has(field)
      ? 'a finite number above 0'
      : field === 'confidence'
        ? 'a number from 0 to 1'
        : 'a finite number ≥ 0';
    raiseGovernance('INVALID_INPUT', [`ideas[${index}].${field}`, expectation, describeValue(value)], {
      path: [index, field],
    });
  }
  return value as number;
}

/**
 * Ranks ideas by a standard prioritization formula, highest score first (equal scores
 * keep their input order and share a rank):
 *
 * - `rice`: reach × impact × confidence ÷ effort — customers reached per period, times how
 *   much each is moved, discounted by confidence (0–1), per unit of effort.
 * - `ice`: impact × confidence × ease — confidence as a fraction (0–1), which scales every
 *   score alike and so ranks as the usual 1–10 confidence does.
 * - `wsjf`: (businessValue + timeCriticality + riskReduction) ÷ jobSize — weighted shortest
 *   job first: the cost of delay per unit of size.
 * - `impact-effort`: impact ÷ effort, with each idea's quadrant against the medians of the
 *   ideas given: impact at or above the median and effort at or below it is a `quick-win`;
 *   high impact, high effort a `major-project`; low impact, low effort a `fill-in`; low
 *   impact, high effort a `money-pit`.
 *
 * With `{ impact: 'predicted-change' }` the impact is the idea's `predictedChange` — the
 * change in the ultimate CX metric a transfer function predicts for the driver it moves —
 * so that the ranking rests on the measured link between drivers and the metric rather
 * than on a guess.
 *
 * @param ideas - The ideas, with the fields the method reads.
 * @param options - `method` (required) and `impact`.
 * @returns The ideas in rank order, with score and rank (and quadrant for impact/effort).
 * @throws `CxError` `INVALID_OPTION`, `MISSING_FIELD` or `INVALID_INPUT` (path `[index, field]`: effort and job size
 *   must be above 0, confidence from 0 to 1, other fields ≥ 0), `DUPLICATE_ID`, `UNKNOWN_OPTION`.
 *
 * @example
 * import { prioritize } from 'cxkit/governance';
 *
 * const ideas = [
 *   { id: 'callback', reach: 4000, impact: 2, confidence: 0.8, effort: 2 },
 *   { id: 'portal', reach: 10000, impact: 1, confidence: 0.5, effort: 5 },
 * ];
 * prioritize(ideas, { method: 'rice' })
 * // => [{ id: 'callback', rank: 1, score: 3200 }, { id: 'portal', rank: 2, score: 1000 }]
 * prioritize(ideas, { method: 'wsjf' }) // throws CxError MISSING_FIELD
 *
 * @category Prioritization
 */
export function prioritize(ideas: readonly Idea[], options: PrioritizeOptions): PrioritizedIdea[] {
  checkOptions(options, ['method', 'impact']);
  const method = options?.method;
  if (!methods.includes(method))
    raiseGovernance(
      'INVALID_OPTION',
      ['method', `one of ${methods.map((name) => JSON.stringify(name)).join(', ')}`, describeValue(method)],
      {
        path: ['method'],
      },
    );
  const impactFrom = options.impact ?? 'impact';
  if (impactFrom !== 'impact' && impactFrom !== 'predicted-change') {
    raiseGovernance('INVALID_OPTION', ['impact', '"impact" or "predicted-change"', describeValue(impactFrom)], {
      path: ['impact'],
    });
  }
  if (!Array.isArray(ideas)) {
    raiseGovernance('INVALID_INPUT', ['ideas', 'an array of ideas', describeValue(ideas)], { path: [] });
  }
  const predicted = impactFrom === 'predicted-change';
  const firstIndexOf = new Map<string, number>();
  const rows = ideas.map((idea, index) => {
    if (typeof idea !== 'object' || idea === null || typeof idea.id !== 'string' || idea.id === '') {
      raiseGovernance('INVALID_INPUT', [`ideas[${index}].id`, 'a non-empty id', describeValue(idea?.id)], {
        path: [index, 'id'],
      });
    }
    const first = firstIndexOf.get(idea.id);
    if (first !== undefined) raiseGovernance('DUPLICATE_ID', ['Idea', idea.id, first], { path: [index, 'id'] });
    firstIndexOf.set(idea.id, index);
    const value = (field: keyof Idea) => readField(idea, index, field, predicted, `method "${method}"`);
    return { id: idea.id, fields: Object.fromEntries(fieldsOf[method].map((field) => [field, value(field)])) };
  });
  const scored = rows.map(({ id, fields }) => {
    const get = (field: string) => fields[field] as number;
    switch (method) {
      case 'rice':
        return { id, score: (get('reach') * get('impact') * get('confidence')) / get('effort') };
      case 'ice':
        return { id, score: get('impact') * get('confidence') * get('ease') };
      case 'wsjf':
        return { id, score: (get('businessValue') + get('timeCriticality') + get('riskReduction')) / get('jobSize') };
      default:
        return { id, score: get('impact') / get('effort') };
    }
  });
  const quadrants =
    method === 'impact-effort' && rows.length > 0 ? quadrantsOf(rows.map((row) => row.fields)) : undefined;
  const order = scored
    .map((_, index) => index)
    .sort((left, right) => (scored[right]?.score as number) - (scored[left]?.score as number));
  let rank = 0;
  return order.map((index, position) => {
    const { id, score } = scored[index] as { id: string; score: number };
    if (position === 0 || score !== scored[order[position - 1] as number]?.score) rank = position + 1;
    const quadrant = quadrants?.[index];
    return quadrant === undefined ? { id, rank, score } : { id, rank, score, quadrant };
  });
}

function quadrantsOf(fields: readonly Record<string, number>[]): ImpactEffortQuadrant[] {
  const impactMedian = median(fields.map((row) => row.impact as number));
  const effortMedian = median(fields.map((row) => row.effort as number));
  return fields.map((row) => {
    const highImpact = (row.impact as number) >= impactMedian;
    const lowEffort = (row.effort as number) <= effortMedian;
    if (highImpact) return lowEffort ? 'quick-win' : 'major-project';
    return lowEffort ? 'fill-in' : 'money-pit';
  });
}
