import type { MeasureJourneyOptions } from './MeasureJourneyOptions';

/**
 * Options for {@link measureJourneyColumns}: those of {@link measureJourney}, with `asOf`
 * in epoch milliseconds and business days counted in UTC.
 *
 * @category Journey measurement
 */
export interface MeasureJourneyColumnsOptions extends Omit<MeasureJourneyOptions, 'asOf' | 'timeZone'> {
  /**
   * When the log was taken, in epoch milliseconds (`Date.UTC(2026, 2, 31)`,
   * `date.getTime()`). Required: a case that started but has not ended by then is open,
   * and its age runs to `asOf`; events later than `asOf` are set aside and counted.
   */
  readonly asOf: number;
  /**
   * The zone of the business calendar: only `'UTC'`, the default. Business days in
   * another zone need the zone's rules, which {@link measureJourney} carries.
   */
  readonly timeZone?: 'UTC';
}
