import { describeValue } from '../core/errors/describeValue';
import type { PropertyPath } from '../core/errors/PropertyPath';
import { raiseRender } from './messages';

/** @internal Checks that a list of a report (sections, charts, rows…) is an array; one not given is empty. */
export function readReportList(value: unknown, path: PropertyPath): readonly unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    raiseRender('INVALID_INPUT', [`report.${path.join('.')}`, 'an array', describeValue(value)], { path });
  }
  return value;
}
