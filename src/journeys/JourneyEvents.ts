import type { Instant } from '../core/periods/Period';

/**
 * One row of a journey event log: which case (one customer's journey), which event,
 * and when.
 *
 * @category Journey measurement
 */
export interface JourneyEventRow {
  /** The case the event belongs to: one customer need, from trigger to outcome. `1` and `'1'` are different cases. */
  readonly caseId: string | number;
  /** The event name, as declared in the journey's `events`. */
  readonly event: string;
  /** When it happened: a `Date`, an ISO 8601 string or epoch milliseconds. */
  readonly at: Instant;
}

/**
 * A journey event log in columns, for large logs: three columns of the same length
 * (typed arrays welcome) and the names their indexes stand for.
 *
 * @category Journey measurement
 */
export interface JourneyEventColumns {
  /** Per event, the case: a whole number from 0 (an index into `caseIds` when given). */
  readonly caseIndex: ArrayLike<number>;
  /** Per event, the event: an index into `eventNames`. */
  readonly eventIndex: ArrayLike<number>;
  /** Per event, when it happened, in epoch milliseconds. */
  readonly at: ArrayLike<number>;
  /** The event names `eventIndex` points at. Names the journey does not declare count as unknown events. */
  readonly eventNames: readonly string[];
  /** The case ids `caseIndex` points at. Default: each case is known by its index. */
  readonly caseIds?: readonly (string | number)[];
}

/**
 * The event log {@link measureJourney} reads: rows, or columns.
 *
 * @category Journey measurement
 */
export type JourneyEvents = readonly JourneyEventRow[] | JourneyEventColumns;
