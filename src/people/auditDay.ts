import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import type { Instant } from '../core/periods/Period';
import { parseInstant } from '../core/periods/parseInstant';
import { periodOf } from '../core/periods/periodOf';
import { timeZoneContext } from '../core/periods/timeZoneContext';
import { raisePeople } from './messages';

const millisecondsPerDay = 86_400_000;

/** @internal The day number of a checked ISO date, counted in whole calendar days. */
export function dayNumber(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / millisecondsPerDay;
}

/** @internal The ISO date `days` calendar days before a checked ISO date. */
export function daysBefore(isoDate: string, days: number): string {
  return new Date((dayNumber(isoDate) - days) * millisecondsPerDay).toISOString().slice(0, 10);
}

/**
 * @internal Checks an audit's options once: `asOf` (required, read as a day on the
 * team's calendar), `timeZone`, and the whole-day counts named in `dayOptions`.
 */
export function readAuditOptions<Days extends string>(
  audit: string,
  options: unknown,
  dayOptions: readonly Days[],
  otherOptions: readonly string[] = [],
): { asOfDate: string; days: Partial<Record<Days, number>> } {
  if (options === undefined || options === null) raisePeople('MISSING_AS_OF', [audit], { path: ['asOf'] });
  checkOptions(options, ['asOf', 'timeZone', ...dayOptions, ...otherOptions]);
  const { asOf, timeZone } = options as { asOf?: Instant; timeZone?: string };
  if (asOf === undefined) raisePeople('MISSING_AS_OF', [audit], { path: ['asOf'] });
  timeZoneContext(timeZone);
  const zone = timeZone ?? 'UTC';
  const asOfDate = periodOf(parseInstant(asOf, { timeZone: zone, path: ['asOf'] }), 'day', { timeZone: zone }).label;
  const days: Partial<Record<Days, number>> = {};
  for (const name of dayOptions) {
    const value: unknown = (options as Record<string, unknown>)[name];
    if (value === undefined) continue;
    if (!Number.isSafeInteger(value) || (value as number) < 1) {
      raisePeople('INVALID_OPTION', [name, 'a whole number of days from 1', describeValue(value)], {
        path: [name],
      });
    }
    days[name] = value as number;
  }
  return { asOfDate, days };
}

/** @internal Names compared as people write them: without case, spaces, `-` or `_`. */
export function sameFunction(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}
