import { checkOptions } from '../errors/checkOptions';
import { describeValue } from '../errors/describeValue';
import { raise } from '../errors/raise';
import { assertPeriodUnit } from './checkCalendarOptions';
import type { CalendarOptions, Instant, PeriodUnit } from './Period';
import { parseInstant } from './parseInstant';
import { periodOf } from './periodOf';
import type { RollingWindow } from './RollingWindow';
import { shiftPeriod } from './shiftPeriod';
import { assertPositiveInteger, windowEndingAt } from './windowOptions';

/**
 * Options for {@link trailingWindow}.
 *
 * @category Periods
 */
export interface TrailingWindowOptions extends CalendarOptions {
  /** The period unit the window is made of. */
  readonly unit: PeriodUnit;
  /** How many periods the window spans. */
  readonly size: number;
  /**
   * Whether the period holding `asOf` (usually still running) is the window's last.
   * Default `false`: the window ends with the last complete period, so a half-finished
   * month never sits beside full ones.
   */
  readonly includeCurrent?: boolean;
}

/**
 * The window of the last `size` periods as of a given instant — "the last 3 complete
 * months as of today". `asOf` is explicit: cxkit never reads the clock.
 *
 * @param asOf - The instant the window is reckoned from.
 * @param options - Unit, size, `includeCurrent`, time zone and week start.
 * @returns The window.
 * @throws {@link CxError} `INVALID_DATE` naming `asOf`; `INVALID_OPTION` for size.
 *
 * @example
 * import { trailingWindow } from 'cxkit/core';
 *
 * trailingWindow('2026-11-22T10:00:00Z', { unit: 'month', size: 3 }).label // => '2026-08..2026-10'
 * trailingWindow('2026-11-22T10:00:00Z', { unit: 'month', size: 3, includeCurrent: true }).label // => '2026-09..2026-11'
 *
 * @category Periods
 */
export function trailingWindow(asOf: Instant, options: TrailingWindowOptions): RollingWindow {
  checkOptions(options, ['unit', 'size', 'includeCurrent', 'timeZone', 'weekStartsOn'], 'options', true);
  const { unit, size, includeCurrent = false } = options;
  assertPeriodUnit(unit);
  assertPositiveInteger(size, 'size');
  if (typeof includeCurrent !== 'boolean') {
    raise('INVALID_OPTION', ['includeCurrent', 'true or false', describeValue(includeCurrent)], {
      path: ['includeCurrent'],
    });
  }
  const calendar = {
    timeZone: options.timeZone ?? 'UTC',
    weekStartsOn: options.weekStartsOn ?? 1,
  };
  const current = periodOf(parseInstant(asOf, { timeZone: calendar.timeZone, path: ['asOf'] }), unit, calendar);
  return windowEndingAt(includeCurrent ? current : shiftPeriod(current, -1), size);
}
