/**
 * The settings a duration summary was made with; two summaries merge only when these agree.
 *
 * @category Duration summaries
 */
export interface DurationSummarySettings {
  /** Up to this many durations the summary keeps every one and its percentiles are exact. */
  readonly exactLimit: number;
  /** Beyond `exactLimit`, each percentile is within this fraction of the true duration (e.g. 0.01 = 1%). */
  readonly relativeAccuracy: number;
}

interface DurationSummaryBase extends DurationSummarySettings {
  readonly kind: 'duration-summary';
  /** How many durations. */
  readonly count: number;
  /** Their sum, for the mean (exact up to floating-point rounding). */
  readonly sum: number;
  /** The shortest. */
  readonly min: number;
  /** The longest. */
  readonly max: number;
}

/**
 * A duration summary that keeps every duration (ascending): its percentiles are exact.
 *
 * @category Duration summaries
 */
export interface ExactDurationSummary extends DurationSummaryBase {
  readonly mode: 'exact';
  readonly values: readonly number[];
}

/**
 * A duration summary that keeps counts in logarithmic bins (the DDSketch layout: bin
 * `key` holds durations in (γ^(key−1), γ^key] with γ = (1 + α)/(1 − α)), and durations
 * of zero apart. Its percentiles are within the relative accuracy α.
 *
 * @category Duration summaries
 */
export interface SketchDurationSummary extends DurationSummaryBase {
  readonly mode: 'sketch';
  /** Durations of zero. */
  readonly zeroCount: number;
  /** `[key, count]` pairs, ascending by key, counts above zero. */
  readonly bins: readonly (readonly [number, number])[];
}

/**
 * A mergeable, JSON-serializable summary of durations in milliseconds: exact while
 * small, a relative-accuracy sketch beyond `exactLimit`. Summarize each shard of a log
 * anywhere, merge with {@link mergeDurationSummaries}, and read the statistics with
 * {@link durationSummaryStatistics}.
 *
 * @category Duration summaries
 */
export type DurationSummary = ExactDurationSummary | SketchDurationSummary;
