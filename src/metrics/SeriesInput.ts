import type { Instant } from '../core/periods/Period';

/**
 * One survey response in a series: when it was given, its score, and optionally the
 * segment it belongs to (a customer tier, a journey, a region).
 *
 * @category Series
 */
export interface SeriesResponse {
  readonly at: Instant;
  readonly score: number;
  readonly segment?: string;
}

/**
 * The same responses as columns, e.g. straight from a columnar file or a query:
 * `at` as epoch milliseconds (a `Float64Array` takes the fast path), ISO strings or
 * Dates; `score` as numbers (a `Uint8Array` is fine); `segment` as strings.
 *
 * @category Series
 */
export interface SeriesColumns {
  readonly at: ArrayLike<number> | ArrayLike<Instant>;
  readonly score: ArrayLike<number>;
  readonly segment?: ArrayLike<string>;
}

/**
 * Responses for {@link scoreSeries} and {@link findRecurringDips}: rows or columns.
 *
 * @category Series
 */
export type SeriesInput = readonly SeriesResponse[] | SeriesColumns;
