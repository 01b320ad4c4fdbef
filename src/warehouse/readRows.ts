import { describeValue } from '../core/errors/describeValue';
import { raiseWarehouse } from './messages';
import { groupAlias, resultRowsColumn } from './queryParts';
import type { GroupSummary, ResultRow } from './SqlQuery';

/**
 * @internal Checks that rows is an array of objects, each saying the result had exactly
 * `rows.length` rows: a result cut short (a stream closed early, a page lost) or rows of
 * two queries put together never read as a whole summary.
 */
export function checkRows(rows: unknown): asserts rows is readonly ResultRow[] {
  if (!Array.isArray(rows)) raiseWarehouse('INVALID_ROWS', ['rows', `must be an array, not ${describeValue(rows)}`]);
  rows.forEach((row, index) => {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      raiseWarehouse('INVALID_ROWS', [`rows[${index}]`, `must be an object, not ${describeValue(row)}`], {
        path: ['rows', index],
      });
    }
    const total = readCount(row as ResultRow, resultRowsColumn, index);
    if (total !== rows.length) {
      raiseWarehouse('INCOMPLETE_ROWS', [total, rows.length, index], {
        path: ['rows', index, resultRowsColumn],
        details: { expected: total, received: rows.length },
      });
    }
  });
}

/**
 * @internal Reads a whole count the way clients deliver it: a number, a bigint (DuckDB)
 * or a numeric string (PostgreSQL's bigint and numeric), exactly, up to 2⁵³.
 */
export function readCount(row: ResultRow, column: string, index: number): number {
  const value = row[column];
  const count = typeof value === 'bigint' || typeof value === 'string' ? Number(value) : value;
  if (
    typeof count !== 'number' ||
    !Number.isSafeInteger(count) ||
    count < 0 ||
    (typeof value === 'string' && !/^\d+$/.test(value))
  ) {
    raiseWarehouse('INVALID_ROWS', [`rows[${index}].${column}`, `must be a whole count, not ${describeValue(value)}`], {
      path: ['rows', index, column],
    });
  }
  return count;
}

/** @internal Reads a finite number (or a numeric string), or `null` where the engine returned NULL and `nullable`. */
export function readNumber(row: ResultRow, column: string, index: number, nullable = false): number {
  const value = row[column];
  if (value === null && nullable) return Number.NaN;
  const number = typeof value === 'bigint' || typeof value === 'string' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number) || (typeof value === 'string' && value.trim() === '')) {
    raiseWarehouse(
      'INVALID_ROWS',
      [`rows[${index}].${column}`, `must be a finite number, not ${describeValue(value)}`],
      { path: ['rows', index, column] },
    );
  }
  return number;
}

/**
 * A group value as a map key. An engine gives text, numbers, bigints, dates and its own
 * value objects; an invalid Date, a symbol or an object that cannot be written as text
 * cannot have come from it, and is refused at its place.
 */
function keyText(value: unknown, index: number, column: string): string {
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol' || typeof value === 'function') return refuseGroup(value, index, column);
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? refuseGroup(value, index, column) : `date:${value.toISOString()}`;
  }
  if (value !== null && typeof value === 'object') {
    try {
      return `object:${String(value)}`;
    } catch {
      return refuseGroup(value, index, column);
    }
  }
  return `${typeof value}:${String(value)}`;
}

function refuseGroup(value: unknown, index: number, column: string): never {
  return raiseWarehouse(
    'INVALID_ROWS',
    [`rows[${index}].${column}`, `must be a group value as the engine returns it, not ${describeValue(value)}`],
    { path: ['rows', index, column] },
  );
}

/**
 * @internal Splits rows into groups by the `group_<i>` columns, in the order the groups
 * first appear, handing each group's rows (with their indexes) to `summarize`.
 */
export function summarizeGroups<Summary>(
  rows: readonly ResultRow[],
  groups: number,
  summarize: (members: readonly { row: ResultRow; index: number }[], label: string) => Summary,
): GroupSummary<Summary>[] {
  const found = new Map<string, { key: unknown[]; members: { row: ResultRow; index: number }[] }>();
  rows.forEach((row, index) => {
    const key: unknown[] = [];
    for (let group = 0; group < groups; group++) {
      const column = groupAlias(group);
      if (!(column in row)) {
        raiseWarehouse('INVALID_ROWS', [`rows[${index}]`, `has no column ${column}`], {
          path: ['rows', index, column],
        });
      }
      key.push(row[column]);
    }
    const text = key.map((value, group) => keyText(value, index, groupAlias(group))).join('\u0000');
    const entry = found.get(text);
    if (entry === undefined) found.set(text, { key, members: [{ row, index }] });
    else entry.members.push({ row, index });
  });
  // An ungrouped aggregate over no rows is still one (empty) group.
  if (groups === 0 && found.size === 0) found.set('', { key: [], members: [] });
  return [...found.values()].map(({ key, members }) => ({
    key,
    summary: summarize(members, groups === 0 ? '' : ` in group ${key.map((value) => describeValue(value)).join(', ')}`),
  }));
}
