import { describeValue } from '../core/errors/describeValue';
import type { PropertyPath } from '../core/errors/PropertyPath';
import { raiseRender } from './messages';

// An id becomes an HTML anchor and a chart's file name, so it holds nothing to escape.
const idPattern = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

/** @internal Checks a section or chart id, or a key point's link to a section. */
export function readReportId(value: unknown, path: PropertyPath): string {
  if (typeof value !== 'string' || !idPattern.test(value)) {
    raiseRender(
      'INVALID_INPUT',
      [
        `report.${path.join('.')}`,
        'an id of letters, digits, "-", "_" and "." starting with a letter or digit',
        describeValue(value),
      ],
      { path },
    );
  }
  return value;
}
