import type { Severity } from '../core/findings/Finding';
import type { Instant } from '../core/periods/Period';
import type { StrategyRuleId } from './strategyRules';

/**
 * What a team sets per rule: a severity to re-level it, or `'off'`.
 *
 * @category Lint
 */
export type RuleSetting = Severity | 'off';

/**
 * Phrases to add to {@link defaultPhrases}, by list. Each is matched as the defaults
 * are: ignoring case, whole words, `*` between words for up to three words.
 *
 * @category Lint
 */
export interface PhraseLists {
  /** More wishes, e.g. `'best experience ever'`. */
  readonly wishes?: readonly string[];
  /** More superlatives, e.g. `'legendary'`. */
  readonly superlatives?: readonly string[];
  /** More sales aims, e.g. `'attach rate'`. */
  readonly salesAims?: readonly string[];
}

/**
 * Options for {@link lintMission}.
 *
 * @category Lint
 */
export interface LintMissionOptions {
  /** Per rule id, a new severity or `'off'`. Default: every rule on at its registry severity. */
  readonly rules?: Readonly<Partial<Record<StrategyRuleId, RuleSetting>>>;
  /** Phrases added to the default lists. Default: none. */
  readonly phrases?: PhraseLists;
}

/**
 * Options for {@link lintSuccessStatement}.
 *
 * @category Lint
 */
export interface LintSuccessStatementOptions extends LintMissionOptions {
  /**
   * The date the lint is run as of, for `success/date-past`. Default: none, and that
   * rule is skipped (cxkit never reads the clock). A `Date`, an ISO 8601 string or epoch
   * milliseconds.
   */
  readonly asOf?: Instant;
  /** The calendar in which `asOf` falls on a date. Default `'UTC'`. */
  readonly timeZone?: string;
  /**
   * The organization's metric definitions (`cxkit/metrics` `metric-definition`
   * documents, or anything with an `id`). When given, each customer-feedback metric must
   * name one (`success/undefined-metric`), and a goal's measure may name one
   * (`strategy/undefined-metric`). Default: none, and `success/undefined-metric` is skipped.
   */
  readonly metricDefinitions?: ReadonlyArray<{ readonly id: string }>;
}

/**
 * Options for {@link lintStrategy}: those of {@link lintSuccessStatement}, which apply
 * to the strategy's mission, success statements and goals alike.
 *
 * @category Lint
 */
export type LintStrategyOptions = LintSuccessStatementOptions;
