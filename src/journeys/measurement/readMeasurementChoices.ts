import { CxError } from '../../core/errors/CxError';
import { checkOptions } from '../../core/errors/checkOptions';
import { raiseCommon } from '../../core/errors/commonMessages';
import { describeValue } from '../../core/errors/describeValue';
import { isCxError } from '../../core/errors/isCxError';
import { checkBusinessDays } from '../../core/periods/businessCalendar';
import type { ZoneContext } from '../../core/periods/timeZoneContext';
import { createBusinessClock } from '../businessClock';
import type { MeasureJourneyOptions } from '../MeasureJourneyOptions';
import { raiseMeasurement } from '../messages';
import { type StepControl, stepControls } from '../stepControls';
import { checkSummarySettings, type SummarizeDurationsOptions } from '../summarizeDurations';
import type { MeasurementSettings } from './MeasurementSettings';

/** @internal The settings every form of a journey measurement reads alike: all but `asOf` and the clock. */
export type MeasurementChoices = Omit<MeasurementSettings, 'asOfMs' | 'clock'>;

/** @internal The options every form of a journey measurement reads alike (`asOf` and `timeZone` apart). */
export type MeasurementChoiceOptions = Omit<MeasureJourneyOptions, 'asOf' | 'timeZone'> & {
  readonly asOf: unknown;
};

// Both measurements take the same option names; the lean one refuses some values, not names.
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
 * @internal Checks the options a journey measurement reads alike in every form, in a fixed
 * order (so the same bad options always name the same problem), and fills in their
 * defaults: that the options are an object of known keys, `durationSummaries`,
 * `includeCases`, that `asOf` is given, `time`, no `weekend` or `holidays` with calendar
 * time, `controlledBy`. The caller then reads `asOf` and its zone, then the clock
 * ({@link readMeasurementClock}).
 */
export function readMeasurementChoices(options: MeasurementChoiceOptions): MeasurementChoices {
  if (options === undefined || options === null) raiseMeasurement('MISSING_AS_OF', [], { path: ['asOf'] });
  checkOptions(options, optionNames);
  const { asOf, time = 'calendar', weekend, holidays, includeCases = true, durationSummaries = false } = options;
  const summarySettings = readSummaryOption(durationSummaries);
  if (typeof includeCases !== 'boolean') {
    raiseCommon('INVALID_OPTION', ['includeCases', 'true or false', describeValue(includeCases)], {
      path: ['includeCases'],
    });
  }
  if (asOf === undefined) raiseMeasurement('MISSING_AS_OF', [], { path: ['asOf'] });
  if (time !== 'calendar' && time !== 'business') {
    raiseCommon('INVALID_OPTION', ['time', '"calendar" or "business"', describeValue(time)], { path: ['time'] });
  }
  if (time === 'calendar' && (weekend !== undefined || holidays !== undefined)) {
    raiseCommon(
      'INVALID_OPTION',
      [weekend !== undefined ? 'weekend' : 'holidays', 'given only with time: "business"', 'it with calendar time'],
      {
        path: [weekend !== undefined ? 'weekend' : 'holidays'],
      },
    );
  }
  const controlledBy = checkControlledBy(options.controlledBy ?? ['company']);
  return { time, controlledBy, includeCases, summarySettings };
}

/**
 * @internal The clock of a measurement: for business time, one that stands still outside
 * business days (its `weekend` and `holidays` checked here), read in `zone` (`undefined`:
 * UTC); `undefined` for calendar time.
 */
export function readMeasurementClock(
  choices: MeasurementChoices,
  options: Pick<MeasureJourneyOptions, 'weekend' | 'holidays'>,
  zone: ZoneContext | undefined,
): MeasurementSettings['clock'] {
  if (choices.time === 'calendar') return undefined;
  const { weekend, holidays } = options;
  return createBusinessClock(
    checkBusinessDays({
      ...(weekend === undefined ? {} : { weekend }),
      ...(holidays === undefined ? {} : { holidays }),
    }),
    zone,
  );
}

function checkControlledBy(value: unknown): readonly StepControl[] {
  if (!Array.isArray(value) || value.length === 0) {
    raiseCommon(
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
      raiseCommon(
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
  return raiseCommon(
    'INVALID_OPTION',
    ['durationSummaries', 'true, false or { exactLimit, relativeAccuracy }', describeValue(option)],
    { path: ['durationSummaries'] },
  );
}
