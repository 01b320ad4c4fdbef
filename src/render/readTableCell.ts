import { describeValue } from '../core/errors/describeValue';
import type { PropertyPath } from '../core/errors/PropertyPath';
import { formatNumber } from './formatNumber';
import { raiseRender } from './messages';

/** @internal Writes a table cell as text: `null` as empty, a number with at most four decimals. */
export function readTableCell(value: unknown, path: PropertyPath): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) raiseRender('NON_FINITE', [`report.${path.join('.')}`], { path });
    return formatNumber(value, 4);
  }
  raiseRender('INVALID_INPUT', [`report.${path.join('.')}`, 'a text, a number or null', describeValue(value)], {
    path,
  });
}
