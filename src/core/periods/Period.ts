/**
 * The calendar units cxkit reports by.
 *
 * @category Periods
 */
export type PeriodUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

/**
 * A day of the week as JavaScript numbers it: 0 is Sunday, 1 Monday, … 6 Saturday.
 *
 * @category Periods
 */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * Where calendar boundaries fall. Every function that turns instants into calendar
 * dates takes these, so results never depend on the machine's own time zone.
 *
 * @category Periods
 */
export interface CalendarOptions {
  /**
   * The time zone whose calendar counts: an IANA name (`'Europe/Berlin'`) or a fixed
   * offset (`'+05:30'`). Default `'UTC'`. A date-time string without an offset is read
   * in this zone too.
   */
  readonly timeZone?: string;
  /** The first day of a week. Default `1` (Monday, as ISO 8601 has it). */
  readonly weekStartsOn?: Weekday;
}

/**
 * One calendar period: a half-open span of instants `[start, end)` in epoch
 * milliseconds, with the label people read.
 *
 * Labels: `2026` (year), `2026-Q4` (quarter), `2026-11` (month), `2026-W47` (ISO week,
 * Monday start), `2026-11-22/P1W` (a week starting on another weekday: its first day and
 * ISO 8601's one-week duration), `2026-11-22` (day).
 *
 * @category Periods
 */
export interface Period {
  readonly unit: PeriodUnit;
  /** First instant in the period, epoch milliseconds. */
  readonly start: number;
  /** First instant after the period, epoch milliseconds. */
  readonly end: number;
  /** The period's label, e.g. `'2026-Q4'`. */
  readonly label: string;
  /** The time zone whose calendar the period follows. */
  readonly timeZone: string;
}

/**
 * An instant as cxkit accepts it: a `Date`, an ISO 8601 string, or epoch milliseconds.
 *
 * @category Periods
 */
export type Instant = Date | string | number;
