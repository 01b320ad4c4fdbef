import type { Instant } from '../core/periods/Period';

/**
 * A past contact with a customer that the survey policy counts. An `opt-out` stops all
 * surveys to that customer from its time on.
 *
 * @category Survey policy
 */
export interface SurveyContact {
  readonly customerId: string;
  readonly at: Instant;
  readonly kind: 'survey' | 'complaint' | 'opt-out';
  /** The team that sent a survey (counted for the team cap). */
  readonly team?: string;
  /** The journey a survey was about. */
  readonly journey?: string;
}

/**
 * Contacts in columns, for millions of rows: one entry per contact in each column,
 * customers and teams as indexes into `customerIds` and `teams`.
 *
 * @category Survey policy
 */
export interface SurveyContactColumns {
  /** Every customer's id, by index. */
  readonly customerIds: readonly string[];
  /** Per contact, the customer's index into `customerIds`. */
  readonly customer: ArrayLike<number>;
  /** Per contact, its time in epoch milliseconds. */
  readonly at: ArrayLike<number>;
  /** Per contact, its kind: `0` survey, `1` complaint, `2` opt-out (see {@link surveyContactKinds}). */
  readonly kind: ArrayLike<number>;
  /** Per contact, the sending team's index into `teams`, or `-1` for none. Default: no teams. */
  readonly team?: ArrayLike<number>;
  /** Every team's name, by index. */
  readonly teams?: readonly string[];
}

/**
 * A team's request to survey some customers.
 *
 * @category Survey policy
 */
export interface SurveyRequest {
  /** The team that wants to send the survey. */
  readonly team: string;
  /** The journey the survey is about, if any (checked against `journeyOwners`). */
  readonly journey?: string;
  /** The customers to survey, each once. */
  readonly customers: readonly string[];
}

/**
 * A rule of the survey contact policy that can block a customer, in the order they are
 * listed on a blocked customer.
 *
 * @category Survey policy
 */
export type SurveyRule = 'opted-out' | 'journey-owner' | 'max-surveys' | 'survey-gap' | 'complaint-gap' | 'team-cap';

/**
 * What {@link evaluateSurveyRequest} returns.
 *
 * @category Survey policy
 */
export interface SurveyDecision {
  /** The customers who may be surveyed, in request order. */
  readonly allowed: readonly string[];
  /** The customers who may not, in request order, each with every rule that blocked it. */
  readonly blocked: ReadonlyArray<{ readonly customerId: string; readonly rules: readonly SurveyRule[] }>;
  readonly counts: {
    readonly requested: number;
    readonly allowed: number;
    readonly blocked: number;
    /** How many customers each rule blocked (a customer blocked by two rules counts for both). */
    readonly byRule: Readonly<Record<SurveyRule, number>>;
    /** Surveys the requesting team sent within the team cap's window before this request (0 without a team cap). */
    readonly teamSurveys: number;
  };
}
