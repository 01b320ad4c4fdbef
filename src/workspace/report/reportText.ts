import { CxError } from '../../core/errors/CxError';
import { periodOf } from '../../core/periods/periodOf';
import type { ReportChart } from '../../render/index';

const day = 86_400_000;

/** @internal Days with one decimal, for tables and sentences; `–` for none. */
export function days(milliseconds: number | null | undefined): string {
  if (milliseconds === null || milliseconds === undefined) return '–';
  return `${(milliseconds / day).toFixed(1)} d`;
}

/** @internal An instant's calendar day in the workspace's time zone, e.g. `2026-09-15`; `–` for none. */
export function localDay(instant: number | undefined, timeZone: string): string {
  return instant === undefined ? '–' : periodOf(instant, 'day', { timeZone }).label;
}

/** @internal A share as a percentage with one decimal. */
export function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

/** @internal "1 event", "2 events": a count with its noun in the right number. */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** @internal A p-value for a table: three decimals, or "< 0.001". */
export function pValueText(pValue: number): string {
  return pValue < 0.001 ? '< 0.001' : pValue.toFixed(3);
}

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** @internal A recurring dip's season in words: "12" is December, "W52" week 52, "Q3" stays. */
export function seasonWords(season: string): string {
  if (/^\d{1,2}$/.test(season)) return monthNames[Number(season) - 1] ?? `month ${season}`;
  if (/^W\d{2}$/.test(season)) return `week ${Number(season.slice(1))}`;
  return season;
}

/**
 * Draws one chart, or says in the section why it could not be drawn: a chart the data
 * does not allow (no finished case, too many segments) is never dropped without a word.
 *
 * @internal
 */
export function drawn(notes: string[], caption: string, draw: () => string, id: string): ReportChart[] {
  try {
    return [{ id, svg: draw(), caption }];
  } catch (error) {
    if (!(error instanceof CxError)) throw error;
    notes.push(`Chart not drawn (${caption}): ${error.message}`);
    return [];
  }
}
