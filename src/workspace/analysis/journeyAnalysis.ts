import type { Instant } from '../../core/periods/Period';
import { parseInstant } from '../../core/periods/parseInstant';
import { compareJourneyMeasures, type Journey, measureJourney } from '../../journeys/index';
import { raiseWorkspace } from '../messages';
import type { JourneyEventsData, Workspace } from '../Workspace';
import type { JourneyAnalysis } from '../WorkspaceAnalysis';
import type { JourneyComparisonPeriod } from '../workspaceManifestDocument';
import { casesStartedIn } from './casesStartedIn';
import { documentsOf } from './documentsOf';
import { keyStepOf } from './keyStepOf';
import { timelineOf } from './timelineOf';

/** @internal A journey's event log measured wing to wing, and before/after when the manifest names two periods. */
export function journeyAnalysis(
  workspace: Workspace,
  data: JourneyEventsData,
  compare: { readonly before: JourneyComparisonPeriod; readonly after: JourneyComparisonPeriod } | undefined,
  asOf: Instant,
  timeZone: string,
): JourneyAnalysis {
  const journey = documentsOf<Journey>(workspace, 'journey').find((entry) => entry.id === data.journey)?.document;
  if (journey === undefined) raiseWorkspace('MISSING_LINK', ['journey', data.journey]);
  const options = { asOf, timeZone, includeCases: false } as const;
  const measure = measureJourney(journey, data.events, options);
  const asOfInstant = parseInstant(asOf, { timeZone });
  const timeline = timelineOf(journey, data.events, measure, asOfInstant);
  if (compare === undefined) return { data: data.id, file: data.file, journey, measure, timeline, comparison: null };
  const measured = (period: JourneyComparisonPeriod) => {
    const from = parseInstant(period.from, { timeZone });
    const to = parseInstant(period.to, { timeZone });
    return { period, measure: measureJourney(journey, casesStartedIn(data.events, from, to), options) };
  };
  const before = measured(compare.before);
  const after = measured(compare.after);
  const result = compareJourneyMeasures(before.measure, after.measure);
  const steps = journey.steps.map((step) => {
    const was = before.measure.summary.steps[step.id] ?? null;
    const is = after.measure.summary.steps[step.id] ?? null;
    return {
      id: step.id,
      name: step.name,
      before: was,
      after: is,
      change: was === null || is === null ? null : is.p50 - was.p50,
    };
  });
  return {
    data: data.id,
    file: data.file,
    journey,
    measure,
    timeline,
    comparison: { before, after, result, steps, keyStep: keyStepOf(result.verdict, steps) },
  };
}
