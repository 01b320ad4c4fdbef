import { describeValue } from '../core/errors/describeValue';
import { raiseRender } from './messages';

/** @internal Checks the `highlight` option of the score charts. */
export function readHighlight(
  value: unknown,
): { readonly periods: readonly string[]; readonly label: string } | undefined {
  if (value === undefined) return undefined;
  const given = value as { periods?: unknown; label?: unknown };
  if (
    typeof value !== 'object' ||
    value === null ||
    !Array.isArray(given.periods) ||
    !given.periods.every((period) => typeof period === 'string') ||
    typeof given.label !== 'string' ||
    given.label.trim() === ''
  ) {
    raiseRender(
      'INVALID_INPUT',
      ['Option highlight', 'an object { periods: period labels, label: a non-empty text }', describeValue(value)],
      { path: ['highlight'] },
    );
  }
  return { periods: given.periods as string[], label: given.label };
}
