import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { isRecord } from '../core/errors/isRecord';
import { raise } from '../core/errors/raise';
import { adjustPValues, checkMultipleTesting, type MultipleTesting } from '../stats/adjustPValues';
import { welchTest } from '../stats/welchTest';
import type { MaturityAggregate, MaturityGroup } from './MaturityAggregate';
import type { MaturityScale, MaturityScore } from './MaturityScore';
import { raiseMaturity } from './messages';

/**
 * Options for {@link compareAssessments}.
 *
 * @category Maturity progress
 */
export interface CompareAssessmentsOptions {
  /** Which group of `before` to compare, when it is an aggregate with several groups. */
  readonly beforeGroup?: string;
  /** Which group of `after` to compare, when it is an aggregate with several groups. Default: `beforeGroup`. */
  readonly afterGroup?: string;
  /** The significance level below which a change (its adjusted p-value, with `multipleTesting`) counts as more than noise. Default `0.05`. */
  readonly alpha?: number;
  /**
   * How the dimensions' p-values are adjusted for their number, since every dimension is
   * tested at once: `'none'` (the default), `'holm'` or `'benjamini-hochberg'`. The
   * overall score's change is one test of its own and is not adjusted.
   */
  readonly multipleTesting?: MultipleTesting;
}

/**
 * Whether a change is more than noise: `improved` or `declined` when Welch's (adjusted)
 * p-value is below `alpha`; `no-clear-change` when it is not; `cannot-tell` when either
 * side has fewer than two respondents (one respondent's change cannot be told from noise)
 * or when neither side varies (every respondent gives the same score before, and every
 * one the same after: Welch's test is undefined); `unscored` when either side has no score.
 *
 * @category Maturity progress
 */
export type ChangeVerdict = 'improved' | 'declined' | 'no-clear-change' | 'cannot-tell' | 'unscored';

/**
 * How one dimension (or the overall continuous score) moved.
 *
 * @category Maturity progress
 */
export interface ScoreChange {
  /** The side's respondents with a score, and their mean; `null` when unscored. */
  readonly before: { readonly n: number; readonly mean: number } | null;
  readonly after: { readonly n: number; readonly mean: number } | null;
  /** `after.mean − before.mean`, in levels; `null` when either side is unscored. */
  readonly change: number | null;
  /**
   * Welch's t-test of no change, with the p-value adjusted by `multipleTesting` (equal to
   * `pValue` with `'none'`, and for the overall score); `null` when the verdict is
   * `cannot-tell` or `unscored`.
   */
  readonly test: {
    readonly statistic: number;
    readonly degreesOfFreedom: number;
    readonly pValue: number;
    readonly adjustedPValue: number;
  } | null;
  readonly verdict: ChangeVerdict;
}

/**
 * What {@link compareAssessments} returns.
 *
 * @category Maturity progress
 */
export interface MaturityComparison {
  readonly model: { readonly id: string; readonly title: string };
  readonly scale: MaturityScale;
  readonly overall: ScoreChange & {
    readonly stagedLevel: { readonly before: number | null; readonly after: number | null };
  };
  /** Every dimension, in model order, with its title for a chart. */
  readonly dimensions: readonly (ScoreChange & { readonly id: string; readonly title: string })[];
}

interface Side {
  readonly n: number;
  readonly mean: number | null;
  readonly sd: number | null;
}

interface ReadSide {
  readonly result: MaturityScore | MaturityAggregate;
  readonly overall: Side;
  readonly stagedLevel: number | null;
  readonly dimensions: readonly Side[];
}

const textOf = (value: unknown) => (typeof value === 'string' ? value : describeValue(value));
const isCount = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;
const isLevel = (value: unknown) => value === null || (typeof value === 'number' && Number.isFinite(value));
const isSpread = (value: unknown) =>
  value === null || (typeof value === 'number' && Number.isFinite(value) && value >= 0);

/**
 * A side's count, mean and spread, checked: a result altered or written by hand (an
 * empty dimension, a mean that is text) would otherwise turn into a NaN change.
 */
function checkedSide(value: unknown, path: readonly (string | number)[]): Side {
  const side = (isRecord(value) ? value : {}) as Record<string, unknown>;
  if (!isRecord(value) || !isCount(side.n) || !isLevel(side.mean) || !isSpread(side.sd)) {
    raiseMaturity(
      'INVALID_RESULT',
      [path.join('.'), 'a count n, a mean (a number or null) and an sd (a number from 0, or null)'],
      {
        path,
      },
    );
  }
  return { n: side.n as number, mean: side.mean as number | null, sd: side.sd as number | null };
}

function checkedSides(
  list: unknown,
  path: readonly (string | number)[],
  read: (entry: unknown, path: readonly (string | number)[]) => Side,
): Side[] {
  if (!Array.isArray(list)) raiseMaturity('INVALID_RESULT', [path.join('.'), 'an array of dimensions'], { path });
  const sides: Side[] = [];
  // Index by index, so that a hole is refused like an empty dimension.
  for (let index = 0; index < list.length; index++) sides.push(read(list[index], [...path, index]));
  return sides;
}

/** A single respondent's dimension: its score, a number or null. */
function scoredSide(value: unknown, path: readonly (string | number)[]): Side {
  const score = isRecord(value) ? value.score : undefined;
  if (!isLevel(score)) {
    raiseMaturity('INVALID_RESULT', [[...path, 'score'].join('.'), 'a score (a number or null)'], {
      path: [...path, 'score'],
    });
  }
  return { n: score === null ? 0 : 1, mean: score as number | null, sd: null };
}

function readSide(input: unknown, argument: 'before' | 'after', group: string | undefined): ReadSide {
  if (!isRecord(input) || !isRecord(input.model) || !Array.isArray(input.dimensions) || !isRecord(input.scale)) {
    raiseMaturity('INVALID_RESULT', [argument, 'a maturity score or aggregate'], { path: [argument] });
  }
  if (Array.isArray(input.groups)) {
    const aggregate = input as unknown as MaturityAggregate;
    for (let index = 0; index < aggregate.groups.length; index++) {
      if (!isRecord(aggregate.groups[index])) {
        raiseMaturity('INVALID_RESULT', [`${argument}.groups[${index}]`, 'a group of aggregateAssessments'], {
          path: [argument, 'groups', index],
        });
      }
    }
    const names = aggregate.groups.map((candidate) => candidate.name);
    let chosen: MaturityGroup | undefined;
    if (group === undefined) {
      if (aggregate.groups.length !== 1)
        raiseMaturity('AMBIGUOUS_GROUP', [argument, names], { path: [argument, 'groups'] });
      chosen = aggregate.groups[0];
    } else {
      chosen = aggregate.groups.find((candidate) => candidate.name === group);
      if (chosen === undefined) raiseMaturity('UNKNOWN_GROUP', [group, names], { path: [argument, 'groups'] });
    }
    const picked = chosen as MaturityGroup;
    const at = [argument, 'groups', aggregate.groups.indexOf(picked)];
    const overall = checkedSide(picked.overall, [...at, 'overall']);
    return {
      result: aggregate,
      overall,
      stagedLevel: checkedStage(picked.overall.stagedLevel, [...at, 'overall', 'stagedLevel']),
      dimensions: checkedSides(picked.dimensions, [...at, 'dimensions'], checkedSide),
    };
  }
  const score = input as unknown as MaturityScore;
  if (!isRecord(score.overall))
    raiseMaturity('INVALID_RESULT', [argument, 'a maturity score or aggregate'], { path: [argument] });
  if (!isLevel(score.overall.continuous)) {
    raiseMaturity('INVALID_RESULT', [`${argument}.overall.continuous`, 'a number or null'], {
      path: [argument, 'overall', 'continuous'],
    });
  }
  return {
    result: score,
    overall: { n: 1, mean: score.overall.continuous, sd: null },
    stagedLevel: checkedStage(score.overall.stagedLevel, [argument, 'overall', 'stagedLevel']),
    dimensions: checkedSides(score.dimensions, [argument, 'dimensions'], scoredSide),
  };
}

function checkedStage(value: unknown, path: readonly (string | number)[]): number | null {
  if (value !== null && !Number.isSafeInteger(value)) {
    raiseMaturity('INVALID_RESULT', [path.join('.'), 'a whole level or null'], { path });
  }
  return value as number | null;
}

/** The model's dimension ids as one key, checking one dimension result per model dimension. */
function modelDimensionIds(result: MaturityScore | MaturityAggregate, argument: string, count: number): string {
  const dimensions: unknown = result.model.dimensions;
  if (!Array.isArray(dimensions) || dimensions.length !== count) {
    raiseMaturity(
      'INVALID_RESULT',
      [`${argument}.model.dimensions`, `the model's ${count} dimensions, one per dimension result`],
      {
        path: [argument, 'model', 'dimensions'],
      },
    );
  }
  const ids: string[] = [];
  for (let index = 0; index < dimensions.length; index++) {
    const id: unknown = isRecord(dimensions[index]) ? dimensions[index].id : undefined;
    if (typeof id !== 'string') {
      raiseMaturity('INVALID_RESULT', [`${argument}.model.dimensions[${index}].id`, 'a dimension id'], {
        path: [argument, 'model', 'dimensions', index, 'id'],
      });
    }
    ids.push(id);
  }
  return ids.join('\u0000');
}

function changeOf(before: Side, after: Side, alpha: number, adjust: (pValue: number) => number): ScoreChange {
  if (before.mean === null || after.mean === null) {
    return {
      before: before.mean === null ? null : { n: before.n, mean: before.mean },
      after: after.mean === null ? null : { n: after.n, mean: after.mean },
      change: null,
      test: null,
      verdict: 'unscored',
    };
  }
  const sides = { before: { n: before.n, mean: before.mean }, after: { n: after.n, mean: after.mean } };
  const change = after.mean - before.mean;
  const welch =
    before.n < 2 || after.n < 2 || before.sd === null || after.sd === null
      ? null
      : welchTest(after.mean, after.sd ** 2, after.n, before.mean, before.sd ** 2, before.n);
  if (welch === null) return { ...sides, change, test: null, verdict: 'cannot-tell' };
  const adjustedPValue = adjust(welch.pValue);
  const test = {
    statistic: welch.statistic,
    degreesOfFreedom: welch.degreesOfFreedom,
    pValue: welch.pValue,
    adjustedPValue,
  };
  const verdict = adjustedPValue >= alpha ? 'no-clear-change' : change > 0 ? 'improved' : 'declined';
  return { ...sides, change, test, verdict };
}

/** Each dimension's change, with the p-values adjusted over the dimensions tested. */
function dimensionChanges(
  before: readonly Side[],
  after: readonly Side[],
  alpha: number,
  multipleTesting: MultipleTesting,
): ScoreChange[] {
  // First pass unadjusted, to collect the family; second pass with the adjusted values.
  const unadjusted = before.map((side, index) => changeOf(side, after[index] as Side, alpha, (pValue) => pValue));
  const tested = unadjusted.flatMap((change) => (change.test === null ? [] : [change.test.pValue]));
  const adjusted = adjustPValues(tested, multipleTesting);
  let next = 0;
  return before.map((side, index) =>
    (unadjusted[index] as ScoreChange).test === null
      ? (unadjusted[index] as ScoreChange)
      : changeOf(side, after[index] as Side, alpha, () => adjusted[next++] as number),
  );
}

/**
 * Compares two assessments of one model over time — what moved, by how much, and whether
 * more than noise. Each side is a `scoreAssessment` result (one respondent) or an
 * `aggregateAssessments` result (many; pick a group with `beforeGroup`/`afterGroup` when
 * it has several). With at least two respondents on both sides, Welch's t-test says
 * whether a dimension improved, declined or showed no clear change; with one respondent
 * on either side the change is reported but the verdict is `cannot-tell`.
 *
 * @param before - The earlier result.
 * @param after - The later result, of the same model.
 * @param options - `beforeGroup`, `afterGroup`, `alpha`, `multipleTesting`; see {@link CompareAssessmentsOptions}.
 * @returns The overall and per-dimension change with tests and verdicts, and the staged levels before and after.
 * @throws `CxError` `INVALID_RESULT` (path `before` or `after`), `DIFFERENT_MODELS`, `AMBIGUOUS_GROUP`,
 *   `UNKNOWN_GROUP` (path `[side, 'groups']`), `INVALID_OPTION`, `UNKNOWN_OPTION`.
 *
 * @example
 * import { commitmentsModel, compareAssessments, scoreAssessment } from 'cxkit/maturity';
 *
 * const before = scoreAssessment(commitmentsModel, { answers: { 'mindset-leaders': 2, 'strategy-plans': 2, 'discipline-governance': 1 } });
 * const after = scoreAssessment(commitmentsModel, { answers: { 'mindset-leaders': 3, 'strategy-plans': 2, 'discipline-governance': 2 } });
 * const comparison = compareAssessments(before, after);
 * comparison.dimensions.map((dimension) => dimension.change) // => [1, 0, 1]
 * comparison.dimensions[0]?.verdict // => 'cannot-tell'
 * comparison.overall.stagedLevel // => { before: 1, after: 2 }
 *
 * @category Maturity progress
 */
export function compareAssessments(
  before: MaturityScore | MaturityAggregate,
  after: MaturityScore | MaturityAggregate,
  options: CompareAssessmentsOptions = {},
): MaturityComparison {
  checkOptions(options, ['beforeGroup', 'afterGroup', 'alpha', 'multipleTesting']);
  const alpha = options.alpha ?? 0.05;
  if (typeof alpha !== 'number' || !(alpha > 0 && alpha < 1)) {
    raise('INVALID_OPTION', ['alpha', 'a number between 0 and 1', describeValue(alpha)], { path: ['alpha'] });
  }
  const multipleTesting = checkMultipleTesting(options.multipleTesting);
  const first = readSide(before, 'before', options.beforeGroup);
  const second = readSide(after, 'after', options.afterGroup ?? options.beforeGroup);
  const model = first.result.model;
  const dimensionIds = modelDimensionIds(first.result, 'before', first.dimensions.length);
  const otherIds = modelDimensionIds(second.result, 'after', second.dimensions.length);
  if (model.id !== second.result.model.id || dimensionIds !== otherIds) {
    raiseMaturity('DIFFERENT_MODELS', [textOf(model.id), textOf(second.result.model.id)], { path: ['after', 'model'] });
  }
  const changes = dimensionChanges(first.dimensions, second.dimensions, alpha, multipleTesting);
  return {
    model: { id: model.id, title: model.title },
    scale: first.result.scale,
    overall: {
      ...changeOf(first.overall, second.overall, alpha, (pValue) => pValue),
      stagedLevel: { before: first.stagedLevel, after: second.stagedLevel },
    },
    dimensions: model.dimensions.map((dimension, index) => ({
      id: dimension.id,
      title: dimension.title,
      ...(changes[index] as ScoreChange),
    })),
  };
}
