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
   * Agreement within the group on the questions behind this score: the multi-item
   * r_wg(J) of James, Demaree and Wolf (1984), as R's `multilevel::rwg.j`. With s̄² the
   * mean of the questions' answer variances, σ² = (A² − 1) / 12 for A levels (the
   * variance of random answers) and J the number of questions,
   * r_wg(J) = J(1 − s̄²/σ²) / (J(1 − s̄²/σ²) + s̄²/σ²): 1 when every question gets the same
   * answer from everyone, 0 when the answers spread as widely as random answering would
   * (or wider). Each question's variance is over the respondents who answered it; a
   * question fewer than two answered is left out of J. For `overall`, the questions are
   * all of the model's. `null` when no question has two answers.
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
   * Welch's t-test of no difference: the statistic, degrees of freedom, two-sided p-value
   * (as R's `t.test(x, y)`) and the p-value adjusted with the `multipleTesting` method over
   * every gap tested (equal to `pValue` with `'none'`). `null` when the test cannot tell:
   * either group has fewer than 2 scored respondents, or neither group varies (every
   * respondent in each gives the same score — R's `t.test` refuses such data).
   */
  readonly test: {
    readonly statistic: number;
    readonly degreesOfFreedom: number;
    readonly pValue: number;
    readonly adjustedPValue: number;
  } | null;
  /**
   * Cohen's d with the average of the two variances, difference / √((sdₐ² + sd_b²) / 2);
   * `null` when the test is.
   */
  readonly effectSize: number | null;
  /** Whether |difference| ≥ `gapThreshold` and the adjusted p-value is below `alpha`; `false` without a test. */
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
