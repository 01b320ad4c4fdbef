import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { raise } from '../core/errors/raise';
import type { MissingValuePolicy } from '../transfer/TransferInput';
import type { TransferMoments } from '../transfer/transferMoments';
import { raiseWarehouse } from './messages';
import { checkRows, readCount, readNumber, summarizeGroups } from './readRows';
import type { GroupSummary, ResultRow } from './SqlQuery';
import { productAlias, shiftAlias, sumAlias } from './transferMomentsSql';

/**
 * Options for {@link transferMomentsFromRows}.
 *
 * @category Moments
 */
export interface TransferMomentsFromRowsOptions {
  /** The driver names the moments carry, one per driver column of the query, in its order. */
  readonly drivers: readonly string[];
  /** How many `groupBy` columns the query had. Default 0. */
  readonly groups?: number;
  /** What to do when rows had a NULL or NaN: `'error'` (default) or `'drop'` (count them in `dropped`). */
  readonly missing?: MissingValuePolicy;
}

/**
 * Turns the rows of {@link transferMomentsSql}'s query into `TransferMoments`, one per
 * group: the means are each column's shift (its mean as the engine took it, over the table
 * or the group) plus the group's mean shifted value, and the centered cross products are `Σ(a − s)(b − t) − Σ(a − s)·Σ(b − t)/n`,
 * exact in arithmetic whatever the shift; in floating point the shift near the data keeps
 * the digits that raw sums lose (see the guide for the accuracy that remains).
 *
 * @param rows - Every row of one run of the query, as objects keyed by column name.
 * @param options - Driver names, the number of group columns, the missing-value policy.
 * @returns One `{ key, summary }` per group.
 * @throws `CxError` `MISSING_VALUES` (rows with NULL or NaN under `missing: 'error'`); `INFINITE_VALUES`; `VALUES_TOO_LARGE` (sums that overflowed); `PRECISION_LOST` (a sum of squares negative beyond rounding); `INCOMPLETE_ROWS` (not the whole result); `INVALID_ROWS`; `INVALID_OPTION`.
 *
 * @example
 * import { transferMomentsFromRows } from 'cxkit/warehouse';
 *
 * // Rows (y, x) = (7, 4), (8, 2), (9, 0), summed by the engine around its means 8 and 2:
 * // shifted, (−1, 2), (0, 0), (1, −2). State 0: the complete rows.
 * const row = {
 *   cx_state: 0, cx_count: 3n, cx_shift_0: 8, cx_shift_1: 2, cx_sum_0: 0, cx_sum_1: 0,
 *   cx_product_0_0: 2, cx_product_0_1: -4, cx_product_1_1: 8, cx_result_rows: 1n,
 * };
 * const [group] = transferMomentsFromRows([row], { drivers: ['responseHours'] });
 * group?.summary.means // => [8, 2]
 * group?.summary.crossProducts // => [[2, -4], [-4, 8]]
 * // State 1: one more row, with a missing value.
 * const rows = [{ ...row, cx_result_rows: 2n }, { cx_state: 1, cx_count: 1n, cx_result_rows: 2n }];
 * transferMomentsFromRows(rows, { drivers: ['responseHours'], missing: 'drop' })[0]?.summary.dropped // => 1
 * transferMomentsFromRows(rows, { drivers: ['responseHours'] }) // throws CxError MISSING_VALUES
 *
 * @category Moments
 */
export function transferMomentsFromRows(
  rows: readonly ResultRow[],
  options: TransferMomentsFromRowsOptions,
): GroupSummary<TransferMoments>[] {
  checkOptions(options, ['drivers', 'groups', 'missing'], 'options', true);
  const { drivers } = options;
  if (
    !Array.isArray(drivers) ||
    drivers.length === 0 ||
    // Array.from reads a hole as undefined, where some() would skip it.
    Array.from(drivers).some((name) => typeof name !== 'string') ||
    new Set(drivers).size !== drivers.length
  ) {
    raise('INVALID_OPTION', ['drivers', 'a non-empty array of distinct driver names', describeValue(drivers)], {
      path: ['drivers'],
    });
  }
  const size = drivers.length + 1;
  const groups = options.groups ?? 0;
  if (!Number.isSafeInteger(groups) || groups < 0) {
    raise('INVALID_OPTION', ['groups', 'a whole number from 0', describeValue(groups)], { path: ['groups'] });
  }
  const missing = options.missing ?? 'error';
  if (missing !== 'error' && missing !== 'drop') {
    raise('INVALID_OPTION', ['missing', '"error" or "drop"', describeValue(missing)], { path: ['missing'] });
  }
  checkRows(rows);
  return summarizeGroups(rows, groups, (members, label) => {
    // One row per state: 0 the complete rows (with their sums), 1 the rows with a missing
    // value, 2 the rows holding an infinity; a state without rows has no row.
    const byState: ({ row: ResultRow; index: number } | undefined)[] = [undefined, undefined, undefined];
    for (const member of members) {
      const state = readNumber(member.row, 'cx_state', member.index);
      if (state !== 0 && state !== 1 && state !== 2) {
        raiseWarehouse(
          'INVALID_ROWS',
          [`rows[${member.index}].cx_state`, `must be 0, 1 or 2, not ${describeValue(member.row.cx_state)}`],
          { path: ['rows', member.index, 'cx_state'] },
        );
      }
      if (byState[state] !== undefined) {
        raiseWarehouse(
          'INVALID_ROWS',
          [`rows[${member.index}]`, `repeats state ${state} of a group${label}; the query gives one row per state`],
          { path: ['rows', member.index] },
        );
      }
      byState[state] = member;
    }
    const countOf = (state: number) => {
      const member = byState[state];
      return member === undefined ? 0 : readCount(member.row, 'cx_count', member.index);
    };
    const n = countOf(0);
    const dropped = countOf(1);
    const infinite = countOf(2);
    const place = byState[2] ?? byState[1] ?? byState[0];
    if (infinite > 0) {
      raiseWarehouse('INFINITE_VALUES', [infinite, label], {
        path: ['rows', place?.index ?? 0],
        details: { count: infinite },
      });
    }
    if (dropped > 0 && missing === 'error') {
      raiseWarehouse('MISSING_VALUES', [dropped, label], {
        path: ['rows', place?.index ?? 0],
        details: { count: dropped },
      });
    }
    const means = new Array<number>(size).fill(0);
    const crossProducts = Array.from({ length: size }, () => new Array<number>(size).fill(0));
    const complete = byState[0];
    if (complete !== undefined && n > 0) {
      const { row, index } = complete;
      // DuckDB lets a sum overflow to Infinity (PostgreSQL raises an error instead).
      for (const [column, value] of Object.entries(row)) {
        if (value === Number.POSITIVE_INFINITY || value === Number.NEGATIVE_INFINITY) {
          raiseWarehouse('VALUES_TOO_LARGE', [label], { path: ['rows', index, column] });
        }
      }
      const sums = Array.from({ length: size }, (_, variable) => readNumber(row, sumAlias(variable), index));
      for (let variable = 0; variable < size; variable++) {
        means[variable] = readNumber(row, shiftAlias(variable), index) + (sums[variable] as number) / n;
      }
      for (let first = 0; first < size; first++) {
        for (let second = first; second < size; second++) {
          const product = readNumber(row, productAlias(first, second), index);
          // Σ(a − s)(b − t) − Σ(a − s)Σ(b − t)/n: the centered cross product whatever the shift.
          let centered = product - ((sums[first] as number) * (sums[second] as number)) / n;
          // A column constant within a group (around a shift it is not equal to) leaves
          // two equal terms that differ by at most the rounding of n additions: zero, not an error.
          if (first === second && centered < 0 && -centered <= 4 * n * Number.EPSILON * product) centered = 0;
          if (first === second && centered < 0) {
            raiseWarehouse(
              'PRECISION_LOST',
              [first === 0 ? 'the outcome' : `driver ${JSON.stringify(drivers[first - 1])}`, label],
              {
                path: ['rows', index, productAlias(first, second)],
              },
            );
          }
          (crossProducts[first] as number[])[second] = centered;
          (crossProducts[second] as number[])[first] = centered;
        }
      }
    }
    const summary: TransferMoments = {
      kind: 'transfer-moments',
      drivers: [...drivers],
      weighted: false,
      n,
      weightSum: n,
      dropped,
      means,
      crossProducts,
    };
    return summary;
  });
}
