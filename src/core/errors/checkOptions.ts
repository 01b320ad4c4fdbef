import { raiseCommon } from './commonMessages';
import { describeValue } from './describeValue';
import type { PropertyPath } from './PropertyPath';
import { suggestKey } from './suggestKey';

/**
 * Checks that an options argument is an object with no keys but the known ones, so
 * that a misspelled option (`timezone` for `timeZone`) is an error with a suggestion
 * instead of a default silently taking its place.
 *
 * `place` is where the options sit, for an object checked inside another (a scale's band):
 * an unknown key's path is `[...place, key]`, a non-object's `place` (default `[argument]`).
 *
 * @internal
 */
export function checkOptions(
  options: unknown,
  known: readonly string[],
  argument = 'options',
  required = false,
  place?: PropertyPath,
): void {
  if (options === undefined && !required) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    raiseCommon('INVALID_ARGUMENT', [argument, 'an object', describeValue(options)], { path: place ?? [argument] });
  }
  for (const key of Object.keys(options)) {
    if (known.includes(key)) continue;
    raiseCommon('UNKNOWN_OPTION', [key, suggestKey(key, known), known], {
      path: place === undefined ? [key] : [...place, key],
    });
  }
}
