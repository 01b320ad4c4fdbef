/**
 * How many worker threads to split the rows across.
 *
 * @category Threads
 */
export interface ThreadOptions {
  /** Worker threads to use, a whole number from 1. Default 2. Each gets a near-equal share of the rows. */
  readonly threads?: number;
}
