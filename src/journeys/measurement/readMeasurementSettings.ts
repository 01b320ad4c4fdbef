import { CxError } from '../../core/errors/CxError';
import { checkOptions } from '../../core/errors/checkOptions';
import { describeValue } from '../../core/errors/describeValue';
import { isCxError } from '../../core/errors/isCxError';
import { raise } from '../../core/errors/raise';
import { parseInstant } from '../../core/periods/parseInstant';
import { timeZoneContext } from '../../core/periods/timeZoneContext';
import { createBusinessClock } from '../businessClock';
import type { MeasureJourneyOptions } from '../MeasureJourneyOptions';
import { raiseJourneys } from '../messages';
import { type StepControl, stepControls } from '../stepControls';
import { checkSummarySettings, type SummarizeDurationsOptions } from '../summarizeDurations';
import type { MeasurementSettings } from './MeasurementSettings';

const optionNames = [
  'asOf',
  'time',
  'timeZone',
  'weekend',
  'holidays',
  'controlledBy',
  'includeCases',
  'durationSummaries',
];

/**
 * @internal Checks the options of a journey measurement once, in a fixed order (so the
 * same bad options always name the same problem), and fills in their defaults.
 */
export function readMeasurementSettings(options: MeasureJourneyOptions): MeasurementSettings {
  if (options === undefined || options === null) raiseJourneys('MISSING_AS_OF', [], { path: ['asOf'] });
  checkOptions(options, optionNames);
  const {
    asOf,
    time = 'calendar',
    timeZone = 'UTC',
    weekend,
    holidays,
    includeCases = true,
    durationSummaries = false,
  } = options;
  const summarySettings = readSummaryOption(durationSummaries);
  if (typeof includeCases !== 'boolean') {
    raise('INVALID_OPTION', ['includeCases', 'true or false', describeValue(includeCases)], { path: ['includeCases'] });
  }
  if (asOf === undefined) raiseJourneys('MISSING_AS_OF', [], { path: ['asOf'] });
  if (time !== 'calendar' && time !== 'business') {
    raise('INVALID_OPTION', ['time', '"calendar" or "business"', describeValue(time)], { path: ['time'] });
  }
  if (time === 'calendar' && (weekend !== undefined || holidays !== undefined)) {
    raise(
      'INVALID_OPTION',
      [weekend !== undefined ? 'weekend' : 'holidays', 'given only with time: "business"', 'it with calendar time'],
      {
        path: [weekend !== undefined ? 'weekend' : 'holidays'],
      },
    );
  }
  const controlledBy = checkControlledBy(options.controlledBy ?? ['company']);
  const zone = timeZoneContext(timeZone);
  const asOfMs = parseInstant(asOf, { timeZone, path: ['asOf'] });
  const clock =
    time === 'business'
      ? createBusinessClock({
          timeZone,
          ...(weekend === undefined ? {} : { weekend }),
          ...(holidays === undefined ? {} : { holidays }),
        })
      : undefined;
  return { asOfMs, time, zone, clock, controlledBy, includeCases, summarySettings };
}

function checkControlledBy(value: unknown): readonly StepControl[] {
  if (!Array.isArray(value) || value.length === 0) {
    raise(
      'INVALID_OPTION',
      [
        'controlledBy',
        `a non-empty array of ${stepControls.map((control) => `"${control}"`).join(', ')}`,
        describeValue(value),
      ],
      {
        path: ['controlledBy'],
      },
    );
  }
  value.forEach((control, index) => {
    if (!stepControls.includes(control)) {
      raise(
        'INVALID_OPTION',
        [
          `controlledBy[${index}]`,
          `one of ${stepControls.map((name) => `"${name}"`).join(', ')}`,
          describeValue(control),
        ],
        {
          path: ['controlledBy', index],
        },
      );
    }
  });
  return [...new Set(value as StepControl[])];
}

function readSummaryOption(option: unknown): SummarizeDurationsOptions | undefined {
  if (option === false) return undefined;
  if (option === true) return {};
  if (typeof option === 'object' && option !== null && !Array.isArray(option)) {
    // Checked here, once, so a bad setting is named as an option of the measurement.
    try {
      checkSummarySettings(option as SummarizeDurationsOptions);
    } catch (error) {
      if (isCxError(error)) {
        throw new CxError(error.code, error.message, {
          path: ['durationSummaries', ...error.path],
          details: error.details,
          cause: error,
        });
      }
      throw error;
    }
    return option as SummarizeDurationsOptions;
  }
  return raise(
    'INVALID_OPTION',
    ['durationSummaries', 'true, false or { exactLimit, relativeAccuracy }', describeValue(option)],
    { path: ['durationSummaries'] },
  );
}
