import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { raise } from '../core/errors/raise';
import type { MissingValuePolicy } from '../transfer/TransferInput';
import type { TransferMoments } from '../transfer/transferMoments';
import { raiseWarehouse } from './messages';
import { checkRows, readCount, readNumber, summariseGroups } from './readRows';
import type { GroupSummary, ResultRow } from './SqlQuery';
import { productAlias, sumAlias } from './transferMomentsSql';

/**
 * Options for {@link transferMomentsFromRows}.
 *
 * @category Moments
 */
export interface TransferMomentsFromRowsOptions {
  /** The driver names the moments carry, one per driver column of the query, in its order. */
  readonly drivers: readonly string[];
  /** The shift given to {@link transferMomentsSql}. Default all 0. */
  readonly shift?: readonly number[] | undefined;
  /** How many `groupBy` columns the query had. Default 0. */
  readonly groups?: number;
  /** What to do when rows had a NULL: `'error'` (default) or `'drop'` (count them in `dropped`). */
  readonly missing?: MissingValuePolicy;
}

/**
 * Turns the rows of {@link transferMomentsSql}'s query into `TransferMoments`, one per
 * group: the means are the shift plus the mean shifted value, and the centred cross
 * products are `Σ(a − s)(b − t) − Σ(a − s)·Σ(b − t)/n`, exact in arithmetic; in floating
 * point they keep about as many digits as the shift is close to the means (see the guide).
 *
 * @param rows - The result rows, as objects keyed by column name.
 * @param options - Driver names, the shift, the number of group columns, the missing-value policy.
 * @returns One `{ key, summary }` per group.
 * @throws `CxError` `MISSING_VALUES` (rows with NULLs under `missing: 'error'`); `PRECISION_LOST` (a negative sum of squares); `INVALID_ROWS`; `INVALID_OPTION`.
 *
 * @example
 * import { transferMomentsFromRows } from 'cxkit/warehouse';
 *
 * // Rows (y, x) = (7, 4), (8, 2), (9, 0), summed by the engine around no shift.
 * const row = { cx_rows: 3n, cx_complete: 3n, cx_sum_0: 24, cx_sum_1: 6, cx_product_0_0: 194, cx_product_0_1: 44, cx_product_1_1: 20 };
 * const [group] = transferMomentsFromRows([row], { drivers: ['responseHours'] });
 * group?.summary.means // => [8, 2]
 * group?.summary.crossProducts // => [[2, -4], [-4, 8]]
 * transferMomentsFromRows([{ ...row, cx_rows: 4n }], { drivers: ['responseHours'] }) // throws CxError MISSING_VALUES
 *
 * @category Moments
 */
export function transferMomentsFromRows(
  rows: readonly ResultRow[],
  options: TransferMomentsFromRowsOptions,
): GroupSummary<TransferMoments>[] {
  checkOptions(options, ['drivers', 'shift', 'groups', 'missing']);
  const { drivers } = options;
  if (
    !Array.isArray(drivers) ||
    drivers.length === 0 ||
    drivers.some((name) => typeof name !== 'string') ||
    new Set(drivers).size !== drivers.length
  ) {
    raise('INVALID_OPTION', ['drivers', 'a non-empty array of distinct driver names', describeValue(drivers)], {
      path: ['drivers'],
    });
  }
  const size = drivers.length + 1;
  const shift = options.shift ?? new Array<number>(size).fill(0);
  if (!Array.isArray(shift) || shift.length !== size || !shift.every((value) => Number.isFinite(value))) {
    raise('INVALID_OPTION', ['shift', `an array of ${size} finite numbers (outcome first)`, describeValue(shift)], {
      path: ['shift'],
    });
  }
  const groups = options.groups ?? 0;
  if (!Number.isSafeInteger(groups) || groups < 0) {
    raise('INVALID_OPTION', ['groups', 'a whole number from 0', describeValue(groups)], { path: ['groups'] });
  }
  const missing = options.missing ?? 'error';
  if (missing !== 'error' && missing !== 'drop') {
    raise('INVALID_OPTION', ['missing', '"error" or "drop"', describeValue(missing)], { path: ['missing'] });
  }
  checkRows(rows);
  return summariseGroups(rows, groups, (members, label) => {
    if (members.length !== 1) {
      const index = members[1]?.index ?? 0;
      raiseWarehouse('INVALID_ROWS', [`rows[${index}]`, `repeats a group${label}; the query gives one row per group`], {
        path: ['rows', index],
      });
    }
    const { row, index } = members[0] as { row: ResultRow; index: number };
    const all = readCount(row, 'cx_rows', index);
    const n = readCount(row, 'cx_complete', index);
    if (n > all) {
      raiseWarehouse('INVALID_ROWS', [`rows[${index}].cx_complete`, 'is more than cx_rows'], {
        path: ['rows', index, 'cx_complete'],
      });
    }
    if (all > n && missing === 'error') {
      raiseWarehouse('MISSING_VALUES', [all - n, label], { path: ['rows', index], details: { count: all - n } });
    }
    const means = new Array<number>(size).fill(0);
    const crossProducts = Array.from({ length: size }, () => new Array<number>(size).fill(0));
    if (n > 0) {
      const sums = Array.from({ length: size }, (_, variable) => readNumber(row, sumAlias(variable), index));
      for (let variable = 0; variable < size; variable++) {
        means[variable] = (shift[variable] as number) + (sums[variable] as number) / n;
      }
      for (let first = 0; first < size; first++) {
        for (let second = first; second < size; second++) {
          const product = readNumber(row, productAlias(first, second), index);
          // Σ(a − s)(b − t) − Σ(a − s)Σ(b − t)/n: the centred cross product whatever the shift.
          const centred = product - ((sums[first] as number) * (sums[second] as number)) / n;
          if (first === second && centred < 0) {
            raiseWarehouse(
              'PRECISION_LOST',
              [first === 0 ? 'the outcome' : `driver ${JSON.stringify(drivers[first - 1])}`, label],
              {
                path: ['rows', index, productAlias(first, second)],
              },
            );
          }
          (crossProducts[first] as number[])[second] = centred;
          (crossProducts[second] as number[])[first] = centred;
        }
      }
    }
    const summary: TransferMoments = {
      kind: 'transfer-moments',
      drivers: [...drivers],
      weighted: false,
      n,
      weightSum: n,
      dropped: all - n,
      means,
      crossProducts,
    };
    return summary;
  });
}
