import type { CaseMeasure } from '../CaseMeasure';
import type { JourneyMeasure } from '../JourneyMeasure';
import { raiseMeasurement } from '../messages';
import type { CheckedEventLog } from './CheckedEventLog';
import type { JourneyPlan } from './JourneyPlan';
import type { MeasurementSettings } from './MeasurementSettings';
import { measureCases } from './measureCases';
import { summarizeMeasuredCases } from './summarizeMeasuredCases';
import { tabulateEvents } from './tabulateEvents';

/** @internal What {@link measureCheckedLog} reads: everything checked already. */
export interface MeasureCheckedLogOptions {
  readonly plan: JourneyPlan;
  readonly log: CheckedEventLog;
  readonly settings: MeasurementSettings;
}

/**
 * @internal The measurement proper, in its three stages: tabulate the events per case,
 * measure each case, summarize over the cases. An empty log is refused here, once for
 * every form of the log.
 */
export function measureCheckedLog(options: MeasureCheckedLogOptions): JourneyMeasure<readonly CaseMeasure[] | null> {
  const { plan, log, settings } = options;
  if (log.count === 0) raiseMeasurement('EMPTY_EVENTS', [], { path: [] });
  const { asOfMs, time, clock, controlledBy, includeCases, summarySettings } = settings;
  const table = tabulateEvents({ plan, log, asOfMs, clock });
  const asOfTime = clock === undefined ? asOfMs : clock(asOfMs);
  const measured = measureCases({ plan, log, table, asOfTime, includeCases });
  const { summary, durationSummaries } = summarizeMeasuredCases({ plan, measured, summarySettings });
  const { counts } = measured;
  const used = log.count - table.unknown - table.duplicate - table.afterAsOf - counts.outsideBoundary;
  return {
    journey: plan.id,
    asOf: asOfMs,
    time,
    controlledBy,
    steps: plan.steps,
    cases: measured.cases,
    summary,
    counts: {
      cases: {
        total: counts.total,
        finished: counts.finished,
        open: counts.open,
        withoutStart: counts.withoutStart,
        endBeforeStart: counts.endBeforeStart,
        withoutKnownEvents: counts.withoutKnownEvents,
      },
      events: {
        total: log.count,
        used,
        unknown: table.unknown,
        duplicate: table.duplicate,
        afterAsOf: table.afterAsOf,
        outsideBoundary: counts.outsideBoundary,
      },
      stepsEndingBeforeStart: counts.stepsEndingBeforeStart,
    },
    durationSummaries,
    unknownEvents: table.unknownEvents,
  };
}
