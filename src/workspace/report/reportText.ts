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

// A phone's screen of 360 px less the report page's margins: charts drawn this wide need
// no shrinking there, so their text reads at the size drawn.
const phoneWidth = 328;

/**
 * Draws one chart twice — at its own width, and at a phone's width for `htmlReport` to
 * show on narrow screens — or says in the section why it could not be drawn: a chart the
 * data does not allow (no finished case, too many segments) is never dropped without a
 * word. `draw` gets the width to draw at, `undefined` for the chart's own.
 *
 * @internal
 */
export function drawn(
  notes: string[],
  caption: string,
  draw: (width: { readonly width?: number }) => string,
  id: string,
): ReportChart[] {
  try {
    return [{ id, svg: draw({}), narrowSvg: draw({ width: phoneWidth }), caption }];
  } catch (error) {
    if (!(error instanceof CxError)) throw error;
    notes.push(`Chart not drawn (${caption}): ${error.message}`);
    return [];
  }
}

/**
 * An id as words, for a thing nothing else names: `return-transport-at-induction` reads
 * "Return transport at induction".
 *
 * @internal
 */
export function humanized(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** @internal A number with at most `decimals` decimals and thousands separated: 1200 → "1,200". */
export function amount(value: number, decimals = 1): string {
  const rounded = Math.round(value * 10 ** decimals) / 10 ** decimals;
  const [whole, fraction] = Math.abs(rounded)
    .toFixed(decimals)
    .replace(/\.?0+$/, '')
    .split('.');
  const grouped = (whole ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '−' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** @internal A signed change with a fixed number of decimals: "+1.8", "−0.4", "±0.0". */
export function signed(value: number, decimals = 1): string {
  const text = Math.abs(value).toFixed(decimals);
  const zero = Number(text) === 0;
  return `${value > 0 && !zero ? '+' : value < 0 && !zero ? '−' : '±'}${text}`;
}

/** @internal A score with a fixed number of decimals and a true minus sign: "16.4", "−3.0". */
export function fixed(value: number, decimals = 1): string {
  const text = Math.abs(value).toFixed(decimals);
  return `${value < 0 && Number(text) !== 0 ? '−' : ''}${text}`;
}

/** @internal A sentence's first letter in capitals. */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** @internal A period label as words: "2026-10" is "October 2026"; others stay. */
export function periodWords(period: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month === null) return period;
  return `${monthNames[Number(month[2]) - 1] ?? month[2]} ${month[1]}`;
}
