import { describeValue } from '../core/errors/describeValue';
import { raiseRender } from './messages';

/**
 * @internal Checks that every entry of a score series result is a series: a segment
 * (text, or null for the whole) and an array of points. Index by index, so that a hole
 * is refused like any entry that is not a series.
 */
export function checkSeriesEntries(entries: readonly unknown[]): void {
  for (let index = 0; index < entries.length; index++) {
    const entry: unknown = entries[index];
    const { segment, points } = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    if (!Array.isArray(points) || !(segment === null || typeof segment === 'string')) {
      raiseRender('INVALID_INPUT', [`series.series[${index}]`, 'a series of scoreSeries', describeValue(entry)], {
        path: ['series', index],
      });
    }
  }
}
