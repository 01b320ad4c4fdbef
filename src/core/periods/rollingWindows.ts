import { checkOptions } from '../errors/checkOptions';
import { raise } from '../errors/raise';
import { assertPeriodUnit } from './checkCalendarOptions';
import type { CalendarOptions, Instant, PeriodUnit } from './Period';
import { parseInstant } from './parseInstant';
import { periodOf } from './periodOf';
import type { RollingWindow } from './RollingWindow';
import { shiftPeriod } from './shiftPeriod';
import { assertPositiveInteger, windowEndingAt } from './windowOptions';

/**
 * Options for {@link rollingWindows}.
 *
 * @category Periods
 */
export interface RollingWindowsOptions extends CalendarOptions {
  /** The period unit windows are made of. */
  readonly unit: PeriodUnit;
  /** How many periods one window spans, e.g. `3` for a rolling quarter of months. */
  readonly size: number;
  /** How many periods each window moves past the one before. Default `1`. */
  readonly step?: number;
}

/**
 * The rolling windows to report over a range: one window ending at each period from
 * the period holding `from` to the period holding `to` (every `step` periods), each
 * spanning `size` periods back, so the first window may start before `from`.
 *
 * Rolling windows smooth a noisy monthly score without hiding a trend for a year.
 *
 * @param range - `from` and `to` instants; `to` must not be before `from`.
 * @param options - Unit, size, step, time zone and week start.
 * @returns The windows in time order.
 * @throws {@link CxError} `INVALID_DATE` naming `from` or `to`; `INVERTED_RANGE`; `INVALID_OPTION` for size or step.
 *
 * @example
 * import { rollingWindows } from 'cxkit/core';
 *
 * rollingWindows({ from: '2026-01-10', to: '2026-03-05' }, { unit: 'month', size: 3 }).map((window) => window.label)
 * // => ['2025-11..2026-01', '2025-12..2026-02', '2026-01..2026-03']
 *
 * @category Periods
 */
export function rollingWindows(
  range: { readonly from: Instant; readonly to: Instant },
  options: RollingWindowsOptions,
): RollingWindow[] {
  checkOptions(options, ['unit', 'size', 'step', 'timeZone', 'weekStartsOn'], 'options', true);
  const { unit, size, step = 1 } = options;
  assertPeriodUnit(unit);
  assertPositiveInteger(size, 'size');
  assertPositiveInteger(step, 'step');
  const calendar = {
    timeZone: options.timeZone ?? 'UTC',
    weekStartsOn: options.weekStartsOn ?? 1,
  };
  const first = periodOf(
    parseInstant(range.from, { timeZone: calendar.timeZone, path: ['range', 'from'] }),
    unit,
    calendar,
  );
  const last = periodOf(parseInstant(range.to, { timeZone: calendar.timeZone, path: ['range', 'to'] }), unit, calendar);
  if (last.start < first.start)
    raise('INVERTED_RANGE', ['range.from', 'range.to'], {
      path: ['range', 'to'],
    });
  const windows: RollingWindow[] = [];
  for (let period = first; period.start <= last.start; period = shiftPeriod(period, step)) {
    windows.push(windowEndingAt(period, size));
  }
  return windows;
}
