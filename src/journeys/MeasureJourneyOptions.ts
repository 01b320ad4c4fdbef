import type { Instant, Weekday } from '../core/periods/Period';
import type { StepControl } from './stepControls';
import type { SummarizeDurationsOptions } from './summarizeDurations';
import type { TimeBasis } from './TimeBasis';

/**
 * Options for {@link measureJourney}.
 *
 * @category Journey measurement
 */
export interface MeasureJourneyOptions {
  /**
   * When the log was taken. Required: a case that started but has not ended by then is
   * open, and its age runs to `asOf`; events later than `asOf` are set aside and counted.
   */
  readonly asOf: Instant;
  /** How durations are counted. Default `'calendar'`. */
  readonly time?: TimeBasis;
  /** The zone of the business calendar and of date-time strings without an offset. Default `'UTC'`. */
  readonly timeZone?: string;
  /** For business time: the weekdays that are not business days. Default `[0, 6]` (Sunday, Saturday). */
  readonly weekend?: readonly Weekday[];
  /** For business time: dates (`YYYY-MM-DD`) that are not business days. Default none. */
  readonly holidays?: readonly string[];
  /** Which steps count as controlled by the company. Default `['company']`. */
  readonly controlledBy?: readonly StepControl[];
  /**
   * Whether to return a {@link CaseMeasure} per case. Default `true`. For logs of
   * millions of cases, `false` skips creating an object per case (most of the time and
   * memory of a large measurement) and returns `cases: null`; the summary and counts are
   * the same.
   */
  readonly includeCases?: boolean;
  /**
   * Also summarize the finished cases' durations into mergeable
   * {@link DurationSummary | duration summaries} (`durationSummaries` in the result), for
   * logs split into shards: measure each shard (every case in one shard), merge the
   * summaries with {@link mergeDurationSummaries}, read them with
   * {@link durationSummaryStatistics}. `true` uses the defaults of {@link summarizeDurations};
   * an object sets `exactLimit` and `relativeAccuracy`. Default `false`.
   */
  readonly durationSummaries?: boolean | SummarizeDurationsOptions;
}
