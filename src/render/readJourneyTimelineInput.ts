import { describeValue } from '../core/errors/describeValue';
import { readChartOptions } from './chartOptions';
import type { JourneyTimelineInput } from './JourneyTimelineInput';
import type { JourneyTimelineOptions } from './JourneyTimelineOptions';
import type { JourneyTimeline } from './journeyTimeline';
import { raiseRender } from './messages';
import { timeUnits } from './timeUnits';

const chartName = 'journeyTimeline';

function checkDuration(value: unknown, path: (string | number)[]): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    raiseRender('INVALID_INPUT', [`timeline.${path.join('.')}`, 'a finite duration ≥ 0', describeValue(value)], {
      path,
    });
  }
  return value;
}

/**
 * Checks what `journeyTimeline` was given, in the order its errors are documented: the
 * timeline and its title, the common options, the wing-to-wing durations, each step, and
 * last the unit (whose default depends on the durations).
 *
 * @internal
 */
export function readJourneyTimelineInput(
  timeline: JourneyTimeline,
  options: JourneyTimelineOptions,
): JourneyTimelineInput {
  if (typeof timeline !== 'object' || timeline === null || !Array.isArray(timeline.steps)) {
    raiseRender(
      'INVALID_INPUT',
      ['timeline', 'a journey timeline { journey, cases, end, steps }', describeValue(timeline)],
      {
        path: [],
      },
    );
  }
  if (typeof timeline.journey !== 'string') {
    raiseRender('INVALID_INPUT', ['timeline.journey', "the journey's title", describeValue(timeline.journey)], {
      path: ['journey'],
    });
  }
  const common = readChartOptions(options, ['unit'], { width: 760, title: `${timeline.journey}: a typical case` });
  if (typeof timeline.cases !== 'number' || !Number.isInteger(timeline.cases) || timeline.cases < 0) {
    raiseRender('INVALID_INPUT', ['timeline.cases', 'a count of cases', describeValue(timeline.cases)], {
      path: ['cases'],
    });
  }
  if (timeline.end === null || timeline.end === undefined) {
    raiseRender('NO_DATA', [chartName, 'no case finished, so no journey was seen from start to end']);
  }
  const end = {
    p5: checkDuration(timeline.end.p5, ['end', 'p5']),
    p50: checkDuration(timeline.end.p50, ['end', 'p50']),
    p95: checkDuration(timeline.end.p95, ['end', 'p95']),
  };
  const steps = timeline.steps.map((step, index) => {
    if (typeof step !== 'object' || step === null || typeof step.name !== 'string') {
      raiseRender('INVALID_INPUT', [`timeline.steps[${index}]`, 'a step with a name', describeValue(step)], {
        path: ['steps', index],
      });
    }
    if (step.stage !== undefined && typeof step.stage !== 'string') {
      raiseRender('INVALID_INPUT', [`timeline.steps[${index}].stage`, "the stage's name", describeValue(step.stage)], {
        path: ['steps', index, 'stage'],
      });
    }
    if ((step.start === null) !== (step.end === null)) {
      raiseRender(
        'INVALID_INPUT',
        [`timeline.steps[${index}]`, 'a start and an end, or neither', describeValue(step)],
        {
          path: ['steps', index],
        },
      );
    }
    const start = step.start === null ? null : checkDuration(step.start, ['steps', index, 'start']);
    const stepEnd = step.end === null ? null : checkDuration(step.end, ['steps', index, 'end']);
    if (start !== null && stepEnd !== null && stepEnd < start) {
      raiseRender(
        'INVALID_INPUT',
        [`timeline.steps[${index}].end`, `at or after its start (${start})`, String(stepEnd)],
        {
          path: ['steps', index, 'end'],
        },
      );
    }
    return { ...step, start, end: stepEnd };
  });
  const longest = Math.max(end.p95, ...steps.map((step) => step.end ?? 0));
  const unit = timeUnits.choose(options.unit, longest);
  return { common, journey: timeline.journey, cases: timeline.cases, end, steps, unit, longest };
}
