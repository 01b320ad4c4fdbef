/**
 * How durations are counted: `'calendar'` counts every millisecond; `'business'` counts
 * only business days (see `weekend` and `holidays`), each from local midnight.
 *
 * @category Journey measurement
 */
export type TimeBasis = 'calendar' | 'business';
