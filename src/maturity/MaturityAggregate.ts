import type { Finding } from '../core/findings/Finding';
import type { MaturityScale } from './MaturityScore';
import type { MaturityModel } from './maturityModelDocument';

/**
 * How one group's respondents scored one dimension (or the overall continuous score).
 *
 * @category Maturity aggregation
 */
export interface ScoreDistribution {
  /** Respondents with a score here (those who answered none of its questions are left out). */
  readonly n: number;
  /** Respondents without a score here. */
  readonly unscored: number;
  /** Mean, median and quartiles (R's type 7) of the respondents' scores; `null` when `n` is 0. */
  readonly mean: number | null;
  readonly median: number | null;
  readonly q1: number | null;
  readonly q3: number | null;
  readonly iqr: number | null;
  readonly min: number | null;
  readonly max: number | null;
  /** Standard deviation (n − 1 denominator); `null` when `n` < 2. */
  readonly sd: number | null;
  /**
   * Agreement within the group, r_wg = 1 − sd² / ((A² − 1) / 12) with A the number of
   * levels (James, Demaree and Wolf 1984), truncated to 0–1: 1 when everyone gives the same
   * score, 0 when the answers spread as widely as random answering would. `null` when `n` < 2.
   */
  readonly agreement: number | null;
}

/**
 * One dimension of one group.
 *
 * @category Maturity aggregation
 */
export interface GroupDimension extends ScoreDistribution {
  readonly id: string;
  /** The level the group mean reaches; `null` when unscored. */
  readonly level: number | null;
}

/**
 * One group of respondents.
 *
 * @category Maturity aggregation
 */
export interface MaturityGroup {
  /** The group's name (`'all'` when not grouped). */
  readonly name: string;
  /** Respondents in the group. */
  readonly respondents: number;
  /** The distribution of respondents' overall continuous scores, and the group's staged level. */
  readonly overall: ScoreDistribution & {
    /** The weakest link of the group means: the lowest dimension level; `null` when a required dimension is unscored. */
    readonly stagedLevel: number | null;
  };
  /** Every dimension of the model, in model order. */
  readonly dimensions: readonly GroupDimension[];
}

/**
 * The gap between two groups on one dimension, `a − b`, with Welch's t-test.
 *
 * @category Maturity aggregation
 */
export interface PerceptionGap {
  readonly dimension: string;
  /** The two groups, by name, in order of first appearance. */
  readonly a: string;
  readonly b: string;
  /** `mean(a) − mean(b)`, in levels. */
  readonly difference: number;
  /**
   * Welch's t-test of no difference: the statistic, degrees of freedom and two-sided
   * p-value; `null` when either group has fewer than 2 scored respondents (it cannot tell).
   * With both groups uniform, `statistic` and `degreesOfFreedom` are `null` and the p-value is 1
   * for no difference and 0 otherwise.
   */
  readonly test: {
    readonly statistic: number | null;
    readonly degreesOfFreedom: number | null;
    readonly pValue: number;
  } | null;
  /**
   * Cohen's d with the average of the two variances, difference / √((sdₐ² + sd_b²) / 2);
   * `null` when the test is or when both spreads are 0.
   */
  readonly effectSize: number | null;
  /** Whether |difference| ≥ `gapThreshold` and the p-value is below `alpha`. */
  readonly large: boolean;
}

/**
 * What {@link aggregateAssessments} returns: per group the distribution of every
 * dimension, agreement within the group, perception gaps between groups, and findings.
 * Everything a radar chart (labels, scale, per-group means) and a gap chart need.
 *
 * @category Maturity aggregation
 */
export interface MaturityAggregate {
  readonly model: MaturityModel;
  readonly scale: MaturityScale;
  /** The dimensions' labels, in model order, for chart axes. */
  readonly dimensions: readonly {
    readonly id: string;
    readonly title: string;
    readonly group?: string;
    readonly weight: number;
    readonly required: boolean;
  }[];
  /** Assessments aggregated. */
  readonly respondents: number;
  /** Answers not given, over all assessments. */
  readonly missing: number;
  readonly groups: readonly MaturityGroup[];
  /** Every pair of groups × every dimension with a score in both. */
  readonly gaps: readonly PerceptionGap[];
  /** Findings from `maturityRules`, most serious first. */
  readonly findings: readonly Finding[];
}
