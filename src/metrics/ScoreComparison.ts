import type { ConfidenceInterval } from './intervals';

/**
 * The difference between two independent samples' scores, `a − b`, with its interval
 * and a two-sided p-value for "no difference".
 *
 * @category Comparisons
 */
export interface ScoreComparison {
  /** `a.score − b.score`, in the scores' units. */
  readonly difference: number;
  /** The standard error of the difference. */
  readonly standardError: number;
  /** The interval for the difference. */
  readonly ci: ConfidenceInterval;
  /** The two-sided p-value of the test that the two scores are equal. */
  readonly pValue: number;
  /** Each sample's score and size. */
  readonly a: { readonly score: number; readonly n: number };
  readonly b: { readonly score: number; readonly n: number };
}

/** @internal The p-value and interval when the standard error is zero (both samples uniform). */
export function degenerateComparison(difference: number): { pValue: number; lower: number; upper: number } {
  return { pValue: difference === 0 ? 1 : 0, lower: difference, upper: difference };
}
