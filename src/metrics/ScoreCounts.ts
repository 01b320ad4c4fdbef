import type { Scale } from './Scale';

/**
 * A histogram of scores on one scale: the mergeable, JSON-serialisable summary every
 * score function accepts in place of raw scores. Shards counted anywhere — worker
 * threads, a SQL `GROUP BY score` — merge with {@link mergeCounts} and finish here.
 *
 * @category Counts
 */
export interface ScoreCounts {
  readonly kind: 'score-counts';
  /** The scale the scores were on. */
  readonly scale: Scale;
  /** `counts[i]` is how many scores equal `scale.min + i`. */
  readonly counts: readonly number[];
  /** How many invalid scores were left out (only with `{ invalid: 'skip' }`; otherwise 0). */
  readonly skipped: number;
}

/**
 * What to do with a score that is off the scale, fractional, `NaN` or not a number:
 * `'error'` (the default) throws naming the first bad indexes; `'skip'` leaves it out
 * and counts it in the result's `skipped`.
 *
 * @category Counts
 */
export type InvalidScorePolicy = 'error' | 'skip';

/**
 * Raw scores (any array of numbers, typed arrays included) or their counts.
 *
 * @category Counts
 */
export type ScoreInput = ArrayLike<number> | ScoreCounts;
