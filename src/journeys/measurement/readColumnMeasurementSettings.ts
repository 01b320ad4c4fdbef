import { raiseCommon } from '../../core/errors/commonMessages';
import { describeValue } from '../../core/errors/describeValue';
import { raiseInvalidDate } from '../../core/periods/parseInstant';
import type { MeasureJourneyColumnsOptions } from '../MeasureJourneyColumnsOptions';
import { maximumEpoch } from './checkEventColumns';
import type { MeasurementSettings } from './MeasurementSettings';
import { readMeasurementChoices, readMeasurementClock } from './readMeasurementChoices';

/**
 * @internal Checks the options of {@link measureJourneyColumns} once, in the order
 * {@link measureJourney} checks its own: the options every measurement reads alike, then
 * the zone (UTC only), `asOf` (epoch milliseconds only) and the business calendar in UTC.
 * What only `measureJourney` reads (another zone, date text) is refused with a pointer to it.
 */
export function readColumnMeasurementSettings(options: MeasureJourneyColumnsOptions): MeasurementSettings {
  const choices = readMeasurementChoices(options);
  const { asOf, timeZone = 'UTC' } = options as { readonly asOf: unknown; readonly timeZone?: unknown };
  if (timeZone !== 'UTC') {
    raiseCommon(
      'INVALID_OPTION',
      ['timeZone', '"UTC" here (measureJourney counts business days in other zones)', describeValue(timeZone)],
      { path: ['timeZone'] },
    );
  }
  if (typeof asOf !== 'number') {
    raiseCommon(
      'INVALID_OPTION',
      ['asOf', 'epoch milliseconds, a number (measureJourney reads dates and date text)', describeValue(asOf)],
      { path: ['asOf'] },
    );
  }
  // As measureJourney refuses it: a number that is no instant is an invalid date.
  if (!(asOf >= -maximumEpoch && asOf <= maximumEpoch)) {
    raiseInvalidDate(asOf, ['asOf']);
  }
  return { ...choices, asOfMs: asOf, clock: readMeasurementClock(choices, options, undefined) };
}
