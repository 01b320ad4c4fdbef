import type { Finding } from '../core/findings/Finding';
import type { MaturityModel } from './maturityModelDocument';

/**
 * One respondent's answers as plain input (or use a `maturity-assessment` document).
 * `answers` maps question ids to the level chosen; `null` or leaving a question out
 * both mean "not answered".
 *
 * @category Maturity assessments
 */
export interface MaturityResponses {
  /** Who answered (a name, an email, a survey response id). */
  readonly respondent?: string | undefined;
  /** The respondent's group (a team, a function, a level of the organization), for `aggregateAssessments`. */
  readonly group?: string | undefined;
  /** Question id → level chosen, a whole number on the model's scale; `null` when not answered. */
  readonly answers: Readonly<Record<string, number | null>>;
}

/**
 * The scale of a model as results carry it, so that a chart needs nothing else: the
 * lowest and highest level and every level's name.
 *
 * @category Maturity assessments
 */
export interface MaturityScale {
  readonly min: number;
  readonly max: number;
  readonly levels: readonly { readonly value: number; readonly name: string }[];
}

/**
 * One dimension of a scored assessment.
 *
 * @category Maturity assessments
 */
export interface DimensionScore {
  /** The dimension's id. */
  readonly id: string;
  /** Its title, for a chart's axis label. */
  readonly title: string;
  /** Its group's id, when the model groups dimensions. */
  readonly group?: string;
  /** Its weight in the overall continuous score. */
  readonly weight: number;
  /** Whether the model marks it required (see the `maturity/one-or-two-wont-do` rule). */
  readonly required: boolean;
  /** The mean of the answered questions; `null` when none was answered (unscored — never 0). */
  readonly score: number | null;
  /** The level reached: the highest level at or below `score` (`null` when unscored). */
  readonly level: number | null;
  /** That level's name. */
  readonly levelName: string | null;
  /** How many of its questions were answered. */
  readonly answered: number;
  /** How many were not (left out or `null`); they are skipped, not counted as any level. */
  readonly missing: number;
  /** Each question's answer, `null` when not answered, in model order. */
  readonly answers: readonly { readonly question: string; readonly answer: number | null }[];
}

/**
 * What {@link scoreAssessment} returns: both readings of the overall maturity, each
 * dimension with its score and level, the answers left out, and findings.
 *
 * @category Maturity assessments
 */
export interface MaturityScore {
  /** The model scored against, whole: its anchors describe each next step (see {@link roadmap}). */
  readonly model: MaturityModel;
  /** The scale: min, max and level names. */
  readonly scale: MaturityScale;
  readonly respondent?: string;
  readonly group?: string;
  readonly overall: {
    /** The weighted mean of the scored dimensions' scores (weights renormalized over scored dimensions). */
    readonly continuous: number;
    /** The level the continuous score reaches (the highest level at or below it). */
    readonly continuousLevel: number;
    /**
     * The weakest link: the highest level every scored dimension reaches, i.e. the lowest
     * dimension level; `null` when a required dimension is unscored (it cannot be staged).
     */
    readonly stagedLevel: number | null;
    /** The staged level's name. */
    readonly stagedLevelName: string | null;
  };
  /** Every dimension in model order, scored or not. */
  readonly dimensions: readonly DimensionScore[];
  /** Questions answered and not answered in all. */
  readonly answered: number;
  readonly missing: number;
  /** Findings from `maturityRules`, most serious first. */
  readonly findings: readonly Finding[];
}
