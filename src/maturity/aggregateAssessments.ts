import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { raise } from '../core/errors/raise';
import type { Finding } from '../core/findings/Finding';
import { findingFromRule } from '../core/findings/findingFromRule';
import { sortFindings } from '../core/findings/sortFindings';
import { adjustPValues, checkMultipleTesting, type MultipleTesting } from '../stats/adjustPValues';
import { multiItemAgreement } from '../stats/multiItemAgreement';
import { describeSample } from '../stats/sampleDescription';
import { welchTest } from '../stats/welchTest';
import { checkLevelsOption } from './checkLevelsOption';
import { formatLevels } from './formatLevels';
import type {
  GroupDimension,
  MaturityAggregate,
  MaturityGroup,
  PerceptionGap,
  ScoreDistribution,
} from './MaturityAggregate';
import type { MaturityResponses, MaturityScale, MaturityScore } from './MaturityScore';
import type { MaturityAssessment } from './maturityAssessmentDocument';
import { maturityRules } from './maturityRules';
import { raiseMaturity } from './messages';
import { levelAt, modelScale, questionIdsOf } from './modelScale';
import { parseMaturityModel } from './parseMaturityModel';
import { readResponses } from './readResponses';
import { scoreResponses } from './scoreResponses';

/**
 * Options for {@link aggregateAssessments}.
 *
 * @category Maturity aggregation
 */
export interface AggregateAssessmentsOptions {
  /**
   * How respondents are grouped: `'group'` by each assessment's `group` field (every
   * assessment must have one), or a function from the assessment (as given) and its index
   * to a group name. Default: no grouping, everyone in one group named `'all'`.
   */
  readonly groupBy?: 'group' | ((assessment: MaturityResponses | MaturityAssessment, index: number) => string);
  /** The smallest gap between two group means, in levels, reported as `maturity/perception-gap`. Default `1`. */
  readonly gapThreshold?: number;
  /** The significance level a gap's Welch p-value (adjusted, with `multipleTesting`) must be below to be reported. Default `0.05`. */
  readonly alpha?: number;
  /**
   * How the gaps' p-values are adjusted for their number — every pair of groups on every
   * dimension is tested at once: `'none'` (the default: each gap read on its own),
   * `'holm'` (the chance of any false gap at most `alpha`) or `'benjamini-hochberg'` (the
   * expected share of false gaps among those reported at most `alpha`).
   */
  readonly multipleTesting?: MultipleTesting;
  /** The r_wg(J) below which a group of 3 or more is reported as `maturity/low-agreement`. Default `0.7`. */
  readonly agreementThreshold?: number;
}

function distribution(values: readonly number[], unscored: number, agreement: number | null): ScoreDistribution {
  if (values.length === 0) {
    return {
      n: 0,
      unscored,
      mean: null,
      median: null,
      q1: null,
      q3: null,
      iqr: null,
      min: null,
      max: null,
      sd: null,
      agreement: null,
    };
  }
  const { n, mean, median, q1, q3, iqr, min, max, sd } = describeSample(values);
  return { n, unscored, mean, median, q1, q3, iqr, min, max, sd, agreement };
}

/**
 * The variance (n − 1 denominator) of each question's answers over the respondents who
 * answered it, for the questions at least two answered: what r_wg(J) averages.
 */
function itemVariances(scores: readonly MaturityScore[], dimensionIndexes: readonly number[]): number[] {
  const variances: number[] = [];
  for (const dimensionIndex of dimensionIndexes) {
    const questions = (scores[0] as MaturityScore).dimensions[dimensionIndex]?.answers.length ?? 0;
    for (let question = 0; question < questions; question++) {
      const answers: number[] = [];
      for (const score of scores) {
        const answer = score.dimensions[dimensionIndex]?.answers[question]?.answer;
        if (answer !== null && answer !== undefined) answers.push(answer);
      }
      const { variance } = answers.length < 2 ? { variance: null } : describeSample(answers);
      if (variance !== null) variances.push(variance);
    }
  }
  return variances;
}

function checkProbability(value: unknown, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value > 0 && value < 1)) {
    raise('INVALID_OPTION', [option, 'a number between 0 and 1', describeValue(value)], { path: [option] });
  }
  return value;
}

function groupNameOf(
  groupBy: AggregateAssessmentsOptions['groupBy'],
  input: unknown,
  score: MaturityScore,
  index: number,
): string {
  if (groupBy === undefined) return 'all';
  if (groupBy === 'group') {
    if (score.group === undefined) raiseMaturity('MISSING_GROUP', [index], { path: [index, 'group'] });
    return score.group;
  }
  const name: unknown = groupBy(input as MaturityResponses, index);
  if (typeof name !== 'string' || name === '')
    raiseMaturity('INVALID_GROUP', [index, describeValue(name)], { path: [index] });
  return name;
}

function summarizeGroup(name: string, scores: readonly MaturityScore[], scale: MaturityScale): MaturityGroup {
  const first = scores[0] as MaturityScore;
  let stagedLevel: number | null = Number.POSITIVE_INFINITY;
  const dimensions: GroupDimension[] = first.dimensions.map((dimension, index) => {
    const values: number[] = [];
    for (const score of scores) {
      const value = score.dimensions[index]?.score;
      if (value !== null && value !== undefined) values.push(value);
    }
    const agreement = multiItemAgreement(itemVariances(scores, [index]), scale.levels.length);
    const described = distribution(values, scores.length - values.length, agreement);
    const level = described.mean === null ? null : levelAt(described.mean, scale);
    if (level === null) {
      if (dimension.required) stagedLevel = null;
    } else if (stagedLevel !== null) stagedLevel = Math.min(stagedLevel, level);
    return { id: dimension.id, ...described, level };
  });
  const overall = distribution(
    scores.map((score) => score.overall.continuous),
    0,
    multiItemAgreement(
      itemVariances(
        scores,
        first.dimensions.map((_, index) => index),
      ),
      scale.levels.length,
    ),
  );
  // Every respondent answered something, so at least one dimension has a level.
  return { name, respondents: scores.length, overall: { ...overall, stagedLevel }, dimensions };
}

function gapsBetween(
  groups: readonly MaturityGroup[],
  gapThreshold: number,
  alpha: number,
  multipleTesting: MultipleTesting,
): PerceptionGap[] {
  const gaps: Array<Omit<PerceptionGap, 'test' | 'large'> & { welch: ReturnType<typeof welchTest> }> = [];
  groups.forEach((groupA, indexA) => {
    for (const groupB of groups.slice(indexA + 1)) {
      groupA.dimensions.forEach((a, dimensionIndex) => {
        const b = groupB.dimensions[dimensionIndex] as GroupDimension;
        if (a.mean === null || b.mean === null) return;
        const difference = a.mean - b.mean;
        const base = { dimension: a.id, a: groupA.name, b: groupB.name, difference };
        if (a.n < 2 || b.n < 2) {
          gaps.push({ ...base, welch: null, effectSize: null });
          return;
        }
        const varianceA = (a.sd as number) ** 2;
        const varianceB = (b.sd as number) ** 2;
        const welch = welchTest(a.mean, varianceA, a.n, b.mean, varianceB, b.n);
        const spread = Math.sqrt((varianceA + varianceB) / 2);
        gaps.push({ ...base, welch, effectSize: welch === null || spread === 0 ? null : difference / spread });
      });
    }
  });
  // The family is every gap with a test: all pairs of groups on all dimensions.
  const tested = gaps.flatMap((gap) => (gap.welch === null ? [] : [gap.welch.pValue]));
  const adjusted = adjustPValues(tested, multipleTesting);
  let next = 0;
  return gaps.map(({ welch, ...gap }) => {
    if (welch === null) return { ...gap, test: null, large: false };
    const adjustedPValue = adjusted[next++] as number;
    return {
      ...gap,
      test: {
        statistic: welch.statistic,
        degreesOfFreedom: welch.degreesOfFreedom,
        pValue: welch.pValue,
        adjustedPValue,
      },
      large: Math.abs(gap.difference) >= gapThreshold && adjustedPValue < alpha,
    };
  });
}

const adjustmentNames: Record<MultipleTesting, string> = {
  none: '',
  holm: 'Holm',
  'benjamini-hochberg': 'Benjamini–Hochberg',
};

function findingsOf(
  aggregate: Omit<MaturityAggregate, 'findings'>,
  agreementThreshold: number,
  multipleTesting: MultipleTesting,
): Finding[] {
  const findings: Finding[] = [];
  const titleOf = new Map(aggregate.dimensions.map((dimension) => [dimension.id, dimension.title]));
  aggregate.gaps.forEach((gap, index) => {
    if (!gap.large || gap.test === null) return;
    const [higher, lower] = gap.difference > 0 ? [gap.a, gap.b] : [gap.b, gap.a];
    findings.push(
      findingFromRule(maturityRules['maturity/perception-gap'], {
        message: `${higher} rates ${titleOf.get(gap.dimension)} ${formatLevels(Math.abs(gap.difference))} levels higher than ${lower} (Welch p = ${gap.test.pValue.toPrecision(2)}${multipleTesting === 'none' ? '' : `, ${adjustmentNames[multipleTesting]}-adjusted ${gap.test.adjustedPValue.toPrecision(2)}`}).`,
        path: ['gaps', index],
        hint: `Ask both groups what they see: the higher view is often the one furthest from the work.`,
      }),
    );
  });
  aggregate.groups.forEach((group, groupIndex) => {
    group.dimensions.forEach((dimension, dimensionIndex) => {
      if (dimension.agreement === null || dimension.n < 3 || dimension.agreement >= agreementThreshold) return;
      findings.push(
        findingFromRule(maturityRules['maturity/low-agreement'], {
          message: `Within ${group.name}, respondents disagree about ${titleOf.get(dimension.id)} (r_wg(J) ${formatLevels(dimension.agreement)}, scores ${formatLevels(dimension.min as number)} to ${formatLevels(dimension.max as number)}).`,
          path: ['groups', groupIndex, 'dimensions', dimensionIndex],
        }),
      );
    });
  });
  return sortFindings(findings);
}

/**
 * Aggregates many respondents' assessments of one model: per group and dimension the
 * distribution (n, mean, median, quartiles, sd), the agreement within the group (the
 * multi-item r_wg(J) on the questions' variances), and the perception gaps between every
 * pair of groups with Welch's t-test and an effect size. A gap of at least `gapThreshold`
 * levels with a p-value below `alpha` is reported as `maturity/perception-gap` — such as a
 * marketing team that believes it is tightly aligned with CX while the CX team does not
 * agree. By default the p-values are not adjusted for the number of pairs and dimensions
 * tested; with many groups, pass `multipleTesting: 'holm'` (or `'benjamini-hochberg'`).
 * When neither group varies on a dimension, Welch's test cannot tell and the gap has no
 * test (R's `t.test` refuses such data too).
 *
 * Each assessment is scored as `scoreAssessment` scores it; a respondent who answered none
 * of a dimension's questions is left out of that dimension (counted as `unscored`).
 *
 * @param model - A maturity model: one of `builtInModels` or any value `parseMaturityModel` accepts.
 * @param assessments - The assessments: `{ respondent?, group?, answers }` or `maturity-assessment` documents.
 * @param options - `groupBy`, `gapThreshold`, `alpha`, `multipleTesting`, `agreementThreshold`; see {@link AggregateAssessmentsOptions}.
 * @returns Groups in order of first appearance, gaps, the model's labels and scale, and findings.
 * @throws `CxError` `NO_ASSESSMENTS`; as `scoreAssessment` does for each assessment, with paths under its index
 *   (e.g. `[3, 'answers', 'mindset-leaders']`); `MISSING_GROUP` (path `[index, 'group']`), `INVALID_GROUP`,
 *   `INVALID_OPTION`, `UNKNOWN_OPTION`.
 *
 * @example
 * import { aggregateAssessments, commitmentsModel } from 'cxkit/maturity';
 *
 * const answer = (group: string, level: number) => ({
 *   group,
 *   answers: { 'discipline-governance': level, 'discipline-measurement': level },
 * });
 * const result = aggregateAssessments(
 *   commitmentsModel,
 *   [answer('marketing', 4), answer('marketing', 5), answer('marketing', 4), answer('cx', 2), answer('cx', 1), answer('cx', 2)],
 *   { groupBy: 'group' },
 * );
 * result.groups.map((group) => group.dimensions[2]?.mean) // => [13 / 3, 5 / 3]
 * result.gaps[0]?.large // => true
 * result.findings[0]?.rule // => 'maturity/perception-gap'
 *
 * @category Maturity aggregation
 */
export function aggregateAssessments(
  model: unknown,
  assessments: readonly unknown[],
  options: AggregateAssessmentsOptions = {},
): MaturityAggregate {
  checkOptions(options, ['groupBy', 'gapThreshold', 'alpha', 'multipleTesting', 'agreementThreshold']);
  const { groupBy } = options;
  if (groupBy !== undefined && groupBy !== 'group' && typeof groupBy !== 'function') {
    raise('INVALID_OPTION', ['groupBy', '"group" or a function', describeValue(groupBy)], { path: ['groupBy'] });
  }
  const gapThreshold = checkLevelsOption(options.gapThreshold, 'gapThreshold', 1);
  const alpha = checkProbability(options.alpha, 'alpha', 0.05);
  const agreementThreshold = checkProbability(options.agreementThreshold, 'agreementThreshold', 0.7);
  const multipleTesting = checkMultipleTesting(options.multipleTesting);
  const parsed = parseMaturityModel(model);
  if (!Array.isArray(assessments)) {
    raise('INVALID_ARGUMENT', ['assessments', 'an array of assessments', describeValue(assessments)], { path: [] });
  }
  if (assessments.length === 0) raiseMaturity('NO_ASSESSMENTS', [], { path: [] });
  const scale = modelScale(parsed);
  const questionIds = questionIdsOf(parsed);
  const byGroup = new Map<string, MaturityScore[]>();
  let missing = 0;
  assessments.forEach((input, index) => {
    const read = readResponses(parsed, questionIds, input, `assessments[${index}]`, [index]);
    // Findings of single assessments are not carried: the aggregate reports its own.
    const score = scoreResponses(parsed, scale, read, null);
    missing += score.missing;
    const name = groupNameOf(groupBy, input, score, index);
    const members = byGroup.get(name);
    if (members === undefined) byGroup.set(name, [score]);
    else members.push(score);
  });
  const groups = [...byGroup].map(([name, scores]) => summarizeGroup(name, scores, scale));
  const aggregate = {
    model: parsed,
    scale,
    dimensions: parsed.dimensions.map((dimension) => ({
      id: dimension.id,
      title: dimension.title,
      ...(dimension.group === undefined ? {} : { group: dimension.group }),
      weight: dimension.weight,
      required: dimension.required === true,
    })),
    respondents: assessments.length,
    missing,
    groups,
    gaps: gapsBetween(groups, gapThreshold, alpha, multipleTesting),
  };
  return { ...aggregate, findings: findingsOf(aggregate, agreementThreshold, multipleTesting) };
}
