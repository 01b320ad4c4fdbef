import type { DurationStatistics } from '../DurationStatistics';
import { durationStatisticsOf } from '../durationStatisticsOf';
import type { JourneyMeasure } from '../JourneyMeasure';
import { type SummarizeDurationsOptions, summarizeDurations } from '../summarizeDurations';
import type { JourneyPlan } from './JourneyPlan';
import type { MeasuredCases } from './MeasuredCases';

/** @internal What {@link summarizeMeasuredCases} reads. */
export interface SummarizeMeasuredCasesOptions {
  readonly plan: JourneyPlan;
  /** The measured cases; their duration arrays are reordered (they are scratch by now). */
  readonly measured: MeasuredCases;
  /** The settings of the duration summaries to make, or `undefined` for none. */
  readonly summarySettings: SummarizeDurationsOptions | undefined;
}

/**
 * @internal The statistics over the measured cases (count, mean, P5, P50, P95, span of
 * each duration, the controlled share) and, when asked, the mergeable duration summaries.
 */
export function summarizeMeasuredCases(
  options: SummarizeMeasuredCasesOptions,
): Pick<JourneyMeasure, 'summary' | 'durationSummaries'> {
  const { plan, measured, summarySettings } = options;
  const { wingToWing, controlled, waiting, sums } = measured;
  // Summaries first: the statistics below reorder these arrays (the summaries do not mind).
  const durationSummaries =
    summarySettings === undefined
      ? null
      : {
          wingToWing: summarizeDurations(wingToWing, summarySettings),
          controlled: summarizeDurations(controlled, summarySettings),
          waiting: summarizeDurations(waiting, summarySettings),
        };
  const steps: Record<string, DurationStatistics | null> = {};
  plan.steps.forEach((step, index) => {
    steps[step.id] = durationStatisticsOf(measured.stepDurations[index] as Float64Array, sums.steps[index]);
  });
  return {
    summary: {
      wingToWing: durationStatisticsOf(wingToWing, sums.wingToWing),
      controlled: durationStatisticsOf(controlled, sums.controlled),
      waiting: durationStatisticsOf(waiting, sums.waiting),
      controlledShare: sums.wingToWing > 0 ? sums.controlled / sums.wingToWing : null,
      steps,
      openAge: durationStatisticsOf(measured.openAges, sums.openAges),
    },
    durationSummaries,
  };
}
