/**
 * @internal An event log checked and put in columns: the case indexes checked (and
 * counted), the event indexes and times still to be checked by the one pass that reads
 * them (see tabulateEvents).
 */
export interface CheckedEventLog {
  readonly count: number;
  readonly caseIndex: ArrayLike<number>;
  readonly eventIndex: ArrayLike<number>;
  readonly at: ArrayLike<number>;
  readonly eventNames: readonly string[];
  readonly caseIds: readonly (string | number)[] | undefined;
  readonly caseCount: number;
}
