import type { Instant } from '../core/periods/Period';
import type { ScoreSeries } from '../metrics/index';

/**
 * One measured value of a metric: when, and what it was.
 *
 * @category Progress
 */
export interface Observation {
  readonly at: Instant;
  readonly value: number;
}

/**
 * The values of one metric over time: `{ at, value }` observations in any order, or a
 * `cxkit/metrics` {@link ScoreSeries} (its overall series is used; each period with a
 * score counts as observed at the period's start, as charts label it).
 *
 * @category Progress
 */
export type ObservationInput = readonly Observation[] | ScoreSeries;

/**
 * Where a metric stands against its target: ahead of or on the straight line from
 * baseline to target (`on-track`), behind it by no more than the tolerance (`at-risk`),
 * further behind (`off-track`), at or beyond the target (`achieved`), or short of it
 * once the target date has come (`missed`).
 *
 * @category Progress
 */
export type ProgressStatus = 'on-track' | 'at-risk' | 'off-track' | 'achieved' | 'missed';

/**
 * A metric's verdict with the numbers behind it. Instants are epoch milliseconds;
 * `gap` and `tolerance` are in the metric's own units.
 *
 * @category Progress
 */
export interface MetricProgress {
  readonly metric: string;
  readonly kind: 'customer-feedback' | 'operational';
  readonly direction: 'higher-is-better' | 'lower-is-better';
  readonly status: ProgressStatus;
  /** The line's start: the baseline value, at the start of the baseline date. */
  readonly baseline: { readonly value: number; readonly at: number };
  /** The line's end: the target value, at the start of the target date. */
  readonly target: { readonly value: number; readonly at: number };
  /** The observation the verdict rests on: the last one up to `asOf` (up to the target date once it has come). */
  readonly observed: { readonly value: number; readonly at: number };
  /** How many observations fell between the baseline date and `asOf`. */
  readonly observations: number;
  /** The value on the line at `observed.at`. */
  readonly expected: number;
  /** How far the observed value is ahead of the line (positive) or behind it (negative), whichever way is better. */
  readonly gap: number;
  /** How far behind the line counts as at risk rather than off track: the tolerance times the planned change. */
  readonly tolerance: number;
  /** The share of the time from baseline to target that had passed at `observed.at`. */
  readonly elapsed: number;
  /** The share of the planned change achieved at `observed.at`; `null` when the target equals the baseline. */
  readonly progress: number | null;
}

/**
 * A metric that cannot be judged, and why: it lacks a baseline, a target or a target
 * date, or has no observation between its baseline date and `asOf` (or, once the
 * target date has come, up to the target date).
 *
 * @category Progress
 */
export interface MetricNotEvaluable {
  readonly metric: string;
  readonly kind: 'customer-feedback' | 'operational';
  readonly direction: 'higher-is-better' | 'lower-is-better';
  readonly status: 'not-evaluable';
  readonly reason: 'no-baseline' | 'no-target' | 'no-target-date' | 'no-observations';
}

/**
 * What {@link evaluateSuccess} returns: the verdict per metric, in the statement's order.
 *
 * @category Progress
 */
export interface SuccessEvaluation {
  /** The success statement's id. */
  readonly statement: string;
  /** The instant evaluated as of, epoch milliseconds. */
  readonly asOf: number;
  /** The at-risk tolerance used, as a share of each metric's planned change. */
  readonly tolerance: number;
  readonly metrics: ReadonlyArray<MetricProgress | MetricNotEvaluable>;
}
