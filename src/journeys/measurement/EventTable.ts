/**
 * @internal An event log tabulated against a journey: per case, the earliest kept time
 * of each declared event, and counts of the events set aside on the way.
 */
export interface EventTable {
  /**
   * Case-major, one row of `eventCount` cells per case (the journey's event slots): the
   * earliest time of that event in the case, in the measure's time basis;
   * `Number.POSITIVE_INFINITY` where the case has none.
   */
  readonly times: Float64Array;
  /**
   * For business time only: per case, the earliest calendar instants of its boundary
   * start and end (two cells per case, `Number.POSITIVE_INFINITY` where missing); the
   * business clock cannot be read backwards. `undefined` for calendar time.
   */
  readonly boundaryAt: Float64Array | undefined;
  /** Events whose name the journey does not declare. */
  readonly unknown: number;
  /** Second or later occurrences of an event in a case. */
  readonly duplicate: number;
  /** Events later than `asOf`. */
  readonly afterAsOf: number;
  /** The distinct undeclared event names, in the order of the log's `eventNames`. */
  readonly unknownEvents: readonly string[];
}
