import type { Scale } from './Scale';

/**
 * A histogram of scores on one scale: the mergeable, JSON-serializable summary that
 * {@link npsFromCounts}, {@link csatFromCounts}, {@link cesFromCounts} and the comparisons
 * score. Shards counted anywhere — worker threads, a SQL `GROUP BY score` — merge with
 * {@link mergeCounts} and finish there.
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
  /** The survey weights of the responses counted, when they carry any (see {@link ScoreWeights}). */
  readonly weights?: ScoreWeights;
}

/**
 * The survey weights behind a counts summary: what each scale point weighs, and what
 * Kish's effective sample size needs. Every sum is kept exactly, as the doubles that add up
 * to it — the first is the sum rounded to the nearest double, the rest (usually none)
 * carry the digits it cannot — so weighted summaries merge in any order, and from any
 * shards, to the same bits as one pass.
 *
 * @category Counts
 */
export interface ScoreWeights {
  /** `sums[i]` is the sum of the weights of the responses at `scale.min + i`, exactly. */
  readonly sums: ReadonlyArray<readonly number[]>;
  /** The sum of the squared weights of all responses, exactly. */
  readonly squares: readonly number[];
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
