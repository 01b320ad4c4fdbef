import type { ConfidenceInterval } from './intervals';

/**
 * The difference between two independent samples' scores, `a − b`, with its standard
 * error, its interval and a two-sided p-value for "no difference" — one method throughout,
 * so the interval always holds the difference and the p-value is below `1 − level` exactly
 * when the interval leaves out 0.
 *
 * @category Comparisons
 */
export interface ScoreComparison {
  /** `a.score − b.score`, in the scores' units. */
  readonly difference: number;
  /** The (plug-in) standard error of the difference: √(SEₐ² + SE_b²), each sample's `standardError`. */
  readonly standardError: number;
  /** The interval for the difference; `method` names each sample's interval it is built from. */
  readonly ci: ConfidenceInterval;
  /** The two-sided p-value of the test that the two scores are equal (the test the interval inverts). */
  readonly pValue: number;
  /** Each sample's score, size and effective size (Kish's, with survey weights; otherwise the size). */
  readonly a: { readonly score: number; readonly n: number; readonly effectiveN: number };
  readonly b: { readonly score: number; readonly n: number; readonly effectiveN: number };
}

/** @internal The part of a sample's result a comparison repeats. */
export function sampleSummary(result: { score: number; n: number; effectiveN: number }): {
  score: number;
  n: number;
  effectiveN: number;
} {
  return { score: result.score, n: result.n, effectiveN: result.effectiveN };
}
