import { parseInstant } from '../../core/periods/parseInstant';
import { timeZoneContext, type ZoneContext } from '../../core/periods/timeZoneContext';
import type { MeasureJourneyOptions } from '../MeasureJourneyOptions';
import type { MeasurementSettings } from './MeasurementSettings';
import { readMeasurementChoices, readMeasurementClock } from './readMeasurementChoices';

/**
 * @internal Checks the options of {@link measureJourney} once, in a fixed order (so the
 * same bad options always name the same problem), and fills in their defaults: the
 * options every measurement reads alike, then the zone, `asOf` (any instant, date text
 * read in the zone) and the business calendar in that zone.
 */
export function readMeasurementSettings(
  options: MeasureJourneyOptions,
): MeasurementSettings & { readonly zone: ZoneContext } {
  const choices = readMeasurementChoices(options);
  const { asOf, timeZone = 'UTC' } = options;
  const zone = timeZoneContext(timeZone);
  const asOfMs = parseInstant(asOf, { timeZone, path: ['asOf'] });
  // UTC days are whole multiples of a day since 1970: the clock reads them without the zone.
  const clock = readMeasurementClock(choices, options, timeZone === 'UTC' ? undefined : zone);
  return { ...choices, asOfMs, clock, zone };
}
