import { describeValue } from '../core/errors/describeValue';
import type { CaseMeasure } from '../journeys/CaseMeasure';
import type { DurationStatistics } from '../journeys/DurationStatistics';
import type { JourneyMeasure } from '../journeys/JourneyMeasure';
import { readChartOptions } from './chartOptions';
import type { JourneyComparisonChartInput } from './JourneyComparisonChartInput';
import type { JourneyComparisonChartOptions } from './JourneyComparisonChartOptions';
import { raiseRender } from './messages';
import { timeUnits } from './timeUnits';

type Measure = JourneyMeasure<readonly CaseMeasure[] | null>;

const chartName = 'journeyComparisonChart';

function isMeasure(value: unknown): value is Measure {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Measure).summary === 'object' &&
    Array.isArray((value as Measure).steps)
  );
}

function checked(statistics: DurationStatistics | null | undefined, path: (string | number)[]) {
  if (statistics === null || statistics === undefined) return null;
  for (const field of ['p5', 'p50', 'p95'] as const) {
    const value: unknown = statistics[field];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      raiseRender('INVALID_INPUT', [`${path.join('.')}.${field}`, 'a finite duration ≥ 0', describeValue(value)], {
        path: [...path, field],
      });
    }
  }
  return statistics;
}

type Row = JourneyComparisonChartInput['rows'][number];

/** The rows to compare, both sides' durations checked: wing to wing, controlled, then each step. */
function readRows(before: Measure, after: Measure): Row[] {
  return [
    {
      id: null as string | null,
      name: 'Wing to wing (what the customer feels)',
      before: checked(before.summary.wingToWing, ['before', 'summary', 'wingToWing']),
      after: checked(after.summary.wingToWing, ['after', 'summary', 'wingToWing']),
      total: true,
    },
    {
      id: null as string | null,
      name: 'Controlled by the company',
      before: checked(before.summary.controlled, ['before', 'summary', 'controlled']),
      after: checked(after.summary.controlled, ['after', 'summary', 'controlled']),
      total: true,
    },
    ...before.steps.map((step) => ({
      id: step.id as string | null,
      name: `${step.name} (${step.control})`,
      before: checked(before.summary.steps[step.id], ['before', 'summary', 'steps', step.id]),
      after: checked(after.summary.steps[step.id], ['after', 'summary', 'steps', step.id]),
      total: false,
    })),
  ];
}

/**
 * The step to mark: the one given (which must be a step), none for `null`, and by default
 * the step whose median moved most, either way.
 */
function readHighlightedStep(given: unknown, rows: readonly Row[], before: Measure): string | null {
  const change = (row: Row) => (row.before === null || row.after === null ? null : row.after.p50 - row.before.p50);
  let highlight: string | null;
  if (given === undefined) {
    let most = 0;
    highlight = null;
    for (const row of rows) {
      const moved = change(row);
      if (row.id !== null && moved !== null && Math.abs(moved) > most) {
        most = Math.abs(moved);
        highlight = row.id;
      }
    }
  } else if (given === null) highlight = null;
  else {
    if (!rows.some((row) => row.id !== null && row.id === given)) {
      raiseRender(
        'INVALID_INPUT',
        [
          'Option highlight',
          `a step of the journey (${before.steps.map((step) => JSON.stringify(step.id)).join(', ')}) or null`,
          describeValue(given),
        ],
        { path: ['highlight'] },
      );
    }
    highlight = given as string;
  }
  return highlight;
}

/**
 * Checks what `journeyComparisonChart` was given: the two measures, the common options and
 * the side labels, that both measure one journey with the same steps and a finished case
 * each, every duration drawn, then the highlight, its note and the unit.
 *
 * @internal
 */
export function readJourneyComparisonChartInput(
  before: JourneyMeasure<readonly CaseMeasure[] | null>,
  after: JourneyMeasure<readonly CaseMeasure[] | null>,
  options: JourneyComparisonChartOptions,
): JourneyComparisonChartInput {
  if (!isMeasure(before)) {
    raiseRender('INVALID_INPUT', ['before', 'what measureJourney returns', describeValue(before)], {
      path: ['before'],
    });
  }
  if (!isMeasure(after)) {
    raiseRender('INVALID_INPUT', ['after', 'what measureJourney returns', describeValue(after)], { path: ['after'] });
  }
  const common = readChartOptions(options, ['before', 'after', 'highlight', 'highlightNote', 'unit'], {
    width: 760,
    title: 'Before and after, step by step',
  });
  const label = (value: unknown, option: string, fallback: string) => {
    if (value === undefined) return fallback;
    if (typeof value !== 'string' || value.trim() === '') {
      raiseRender('INVALID_INPUT', [`Option ${option}`, 'a non-empty text', describeValue(value)], { path: [option] });
    }
    return value;
  };
  const beforeLabel = label(options.before, 'before', 'Before');
  const afterLabel = label(options.after, 'after', 'After');
  if (before.journey !== after.journey) {
    raiseRender('MISMATCHED_INPUT', [
      `the measures are of journeys ${JSON.stringify(before.journey)} and ${JSON.stringify(after.journey)}`,
    ]);
  }
  const stepIds = (measure: Measure) => measure.steps.map((step) => step.id).join('\n');
  if (stepIds(before) !== stepIds(after)) {
    raiseRender('MISMATCHED_INPUT', ['the two measures do not have the same steps']);
  }
  for (const [measure, side] of [
    [before, 'before'],
    [after, 'after'],
  ] as const) {
    if (measure.summary.wingToWing === null) {
      raiseRender('NO_DATA', [
        chartName,
        `no case finished in the ${side} period (${side === 'before' ? beforeLabel : afterLabel})`,
      ]);
    }
  }
  const rows = readRows(before, after);
  const highlight = readHighlightedStep(options.highlight, rows, before);
  const highlightNote = label(options.highlightNote, 'highlightNote', 'the step whose median moved most');
  const longest = Math.max(...rows.flatMap((row) => [row.before?.p95 ?? 0, row.after?.p95 ?? 0]));
  const unit = timeUnits.choose(options.unit, longest);
  return { common, beforeLabel, afterLabel, rows, highlight, highlightNote, unit, longest };
}
