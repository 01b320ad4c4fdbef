import { describeValue } from '../core/errors/describeValue';
import type { CaseMeasure } from '../journeys/CaseMeasure';
import type { DurationStatistics } from '../journeys/DurationStatistics';
import type { JourneyMeasure } from '../journeys/JourneyMeasure';
import { readChartOptions } from './chartOptions';
import { raiseRender } from './messages';
import type { TimelineJourney } from './TimelineJourney';
import { timeUnits } from './timeUnits';
import type { WingToWingTimelineInput } from './WingToWingTimelineInput';
import type { WingToWingTimelineOptions } from './WingToWingTimelineOptions';

const chartName = 'wingToWingTimeline';

function checkStatistics(statistics: DurationStatistics | null, path: (string | number)[]): void {
  if (statistics === null) return;
  for (const field of ['count', 'mean', 'p5', 'p50', 'p95'] as const) {
    const value: unknown = statistics[field];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      raiseRender(
        'INVALID_INPUT',
        [`measure.${[...path, field].join('.')}`, 'a finite duration ≥ 0', describeValue(value)],
        {
          path: [...path, field],
        },
      );
    }
  }
}

type Row = WingToWingTimelineInput['rows'][number];

/** The rows to draw: the three totals, then each stage that has measured steps, its heading and its steps. */
function groupRows(
  measure: JourneyMeasure<readonly CaseMeasure[] | null>,
  journey: TimelineJourney,
  stageOfStep: ReadonlyMap<string, string>,
): Row[] {
  const { summary } = measure;
  const controlledBy = new Set<string>(measure.controlledBy);
  const rows: Row[] = [
    { kind: 'duration', label: 'Wing to wing (customer felt)', statistics: summary.wingToWing, fill: 'hatched' },
    { kind: 'duration', label: 'Controlled by the company', statistics: summary.controlled, fill: 'solid' },
    { kind: 'duration', label: 'Waiting (no step running)', statistics: summary.waiting, fill: 'outline' },
  ];
  for (const stage of journey.stages) {
    const steps = measure.steps.filter((step) => stageOfStep.get(step.id) === stage.id);
    if (steps.length === 0) continue;
    rows.push({ kind: 'stage', label: stage.name });
    for (const step of steps) {
      rows.push({
        kind: 'duration',
        label: `${step.name} (${step.control})`,
        statistics: summary.steps[step.id] ?? null,
        fill: controlledBy.has(step.control) ? 'solid' : 'outline',
      });
    }
  }
  return rows;
}

/**
 * Checks what `wingToWingTimeline` was given: the measure and journey, that they match,
 * the common options, every duration and the controlled share; then groups the steps
 * under their stages and reads the unit, whose default depends on the longest P95.
 *
 * @internal
 */
export function readWingToWingTimelineInput(
  measure: JourneyMeasure<readonly CaseMeasure[] | null>,
  journey: TimelineJourney,
  options: WingToWingTimelineOptions,
): WingToWingTimelineInput {
  if (
    typeof measure !== 'object' ||
    measure === null ||
    typeof measure.summary !== 'object' ||
    !Array.isArray(measure.steps)
  ) {
    raiseRender('INVALID_INPUT', ['measure', 'what measureJourney returns', describeValue(measure)], { path: [] });
  }
  if (
    typeof journey !== 'object' ||
    journey === null ||
    !Array.isArray(journey.stages) ||
    !Array.isArray(journey.steps)
  ) {
    raiseRender('INVALID_INPUT', ['journey', 'the journey document measured', describeValue(journey)], {
      path: ['journey'],
    });
  }
  if (measure.journey !== journey.id) {
    raiseRender('MISMATCHED_INPUT', [
      `the measure is of journey ${JSON.stringify(measure.journey)} but the journey given is ${JSON.stringify(journey.id)}`,
    ]);
  }
  const common = readChartOptions(options, ['unit'], {
    width: 820,
    title: `${journey.title}: customer-felt and controlled time`,
  });
  const { summary } = measure;
  if (summary.wingToWing === null)
    raiseRender('NO_DATA', [chartName, 'no case finished, so nothing was measured wing to wing']);
  checkStatistics(summary.wingToWing, ['summary', 'wingToWing']);
  checkStatistics(summary.controlled, ['summary', 'controlled']);
  checkStatistics(summary.waiting, ['summary', 'waiting']);
  const stageOfStep = new Map(journey.steps.map((step) => [step.id, step.stage]));
  for (const step of measure.steps) {
    if (!stageOfStep.has(step.id)) {
      raiseRender('MISMATCHED_INPUT', [`the measure has step ${JSON.stringify(step.id)}, which the journey does not`]);
    }
    checkStatistics(summary.steps[step.id] ?? null, ['summary', 'steps', step.id]);
  }
  const share = summary.controlledShare;
  if (share !== null && (typeof share !== 'number' || !Number.isFinite(share))) {
    raiseRender('INVALID_INPUT', ['measure.summary.controlledShare', 'a finite number or null', describeValue(share)], {
      path: ['summary', 'controlledShare'],
    });
  }

  const rows = groupRows(measure, journey, stageOfStep);
  const longest = Math.max(
    ...rows.map((row) => (row.kind === 'duration' && row.statistics !== null ? row.statistics.p95 : 0)),
  );
  let unit = options.unit;
  if (unit === undefined)
    unit =
      longest >= 2 * timeUnits.milliseconds.days
        ? 'days'
        : longest >= 2 * timeUnits.milliseconds.hours
          ? 'hours'
          : 'minutes';
  if (!Object.hasOwn(timeUnits.milliseconds, unit)) {
    raiseRender('INVALID_OPTION', ['unit', '"days", "hours" or "minutes"', describeValue(unit)], {
      path: ['unit'],
    });
  }
  return {
    common,
    journeyTitle: journey.title,
    businessTime: measure.time === 'business',
    finishedCases: summary.wingToWing.count,
    controlledShare: share,
    rows,
    unit,
    longest,
  };
}
