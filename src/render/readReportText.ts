import { describeValue } from '../core/errors/describeValue';
import type { PropertyPath } from '../core/errors/PropertyPath';
import { raiseRender } from './messages';

/** @internal Checks that a field of a report is a text. */
export function readReportText(value: unknown, path: PropertyPath): string {
  if (typeof value !== 'string') {
    raiseRender('INVALID_INPUT', [`report.${path.join('.')}`, 'a text', describeValue(value)], { path });
  }
  return value;
}
