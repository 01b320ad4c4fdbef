import { checkOptions } from '../errors/checkOptions';
import { describeValue } from '../errors/describeValue';
import { raise } from '../errors/raise';
import { assertPeriodUnit, checkCalendarOptions } from './checkCalendarOptions';
import type { CalendarOptions, Instant, Period, PeriodUnit } from './Period';
import { maximumEpochMilliseconds } from './parseInstant';
import { parseInstants } from './parseInstants';
import { periodBounds } from './periodBounds';
import { shiftPeriod } from './shiftPeriod';

/** The most periods `fillGaps` lists: a series of 100,000 days is 270 years. */
const maximumFilledPeriods = 100_000;

/**
 * Options for {@link bucketByPeriod}.
 *
 * @category Periods
 */
export interface BucketByPeriodOptions extends CalendarOptions {
  /**
   * List every period from the first to the last, including those no instant falls
   * in (their count is 0), so that a gap in the data shows as a gap: at most 100,000
   * periods (`OUT_OF_RANGE` beyond). Default `false`.
   */
  readonly fillGaps?: boolean;
}

/**
 * The result of {@link bucketByPeriod}.
 *
 * @category Periods
 */
export interface PeriodBuckets {
  /** The periods, in time order. */
  readonly periods: Period[];
  /** For each input instant, the index of its period in `periods`. */
  readonly periodIndex: Uint32Array;
  /** How many instants fell in each period, aligned with `periods`. */
  readonly counts: Uint32Array;
}

/**
 * Assigns every instant to its calendar period in one pass. Epoch milliseconds in a
 * typed array take the fast path: each instant is placed by binary search among the
 * periods met so far, so no `Date` is made per instant, only one per new period.
 *
 * @param instants - Epoch milliseconds (any `ArrayLike<number>`, e.g. a `Float64Array`), or `Date`s and ISO strings.
 * @param unit - The period unit.
 * @param options - Time zone, week start and `fillGaps`; see {@link BucketByPeriodOptions}.
 * @returns The periods in time order, each instant's period index, and counts.
 * @throws {@link CxError} `INVALID_DATE` naming the first bad index (and listing others in `details.indexes`); `EMPTY_INPUT`;
 *   `INVALID_ARGUMENT`, `INVALID_OPTION`, `INVALID_TIME_ZONE`; `OUT_OF_RANGE` when `fillGaps` would list more than
 *   100,000 periods.
 *
 * @example
 * import { bucketByPeriod } from 'cxkit/core';
 *
 * const buckets = bucketByPeriod(['2026-01-15', '2026-03-02', '2026-01-31T23:59:59Z'], 'month', { fillGaps: true });
 * buckets.periods.map((period) => period.label) // => ['2026-01', '2026-02', '2026-03']
 * Array.from(buckets.periodIndex) // => [0, 2, 0]
 * Array.from(buckets.counts) // => [2, 0, 1]
 *
 * @category Periods
 */
export function bucketByPeriod(
  instants: ArrayLike<number> | ArrayLike<Instant>,
  unit: PeriodUnit,
  options: BucketByPeriodOptions = {},
): PeriodBuckets {
  checkOptions(options, ['timeZone', 'weekStartsOn', 'fillGaps']);
  if (options.fillGaps !== undefined && typeof options.fillGaps !== 'boolean') {
    raise('INVALID_OPTION', ['fillGaps', 'true or false', describeValue(options.fillGaps)], { path: ['fillGaps'] });
  }
  assertPeriodUnit(unit);
  const { timeZone, weekStartsOn, context } = checkCalendarOptions(options);
  const epochs = toEpochs(instants, timeZone);
  const length = epochs.length;

  // Periods met so far, sorted by start; `provisional` holds each one's id in order
  // of discovery, which is what periodIndex and countsById record until the remap.
  const found: Period[] = [];
  let starts = new Float64Array(16);
  let ends = new Float64Array(16);
  let provisional = new Uint32Array(16);
  let countsById = new Uint32Array(16);
  const periodIndex = new Uint32Array(length);
  let lastStart = Number.POSITIVE_INFINITY;
  let lastEnd = Number.NEGATIVE_INFINITY;
  let lastId = 0;

  for (let index = 0; index < length; index++) {
    const epoch = epochs[index] as number;
    // NaN fails both comparisons, so only valid instants take this fast path.
    if (epoch >= lastStart && epoch < lastEnd) {
      periodIndex[index] = lastId;
      countsById[lastId] = (countsById[lastId] as number) + 1;
      continue;
    }
    if (!(Math.abs(epoch) <= maximumEpochMilliseconds)) {
      // Let parseInstants name every bad index; the check costs nothing on valid data.
      parseInstants(Array.from(epochs), { timeZone });
    }
    // Binary search for the last period starting at or before `epoch`.
    let low = 0;
    let high = found.length - 1;
    let position = -1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      if ((starts[middle] as number) <= epoch) {
        position = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    if (position >= 0 && epoch < (ends[position] as number)) {
      lastId = provisional[position] as number;
    } else {
      const period = periodBounds(epoch, unit, timeZone, weekStartsOn, context);
      if (found.length === starts.length) {
        starts = grow(starts);
        ends = grow(ends);
        provisional = grow(provisional);
        countsById = grow(countsById);
      }
      const insertAt = position + 1;
      starts.copyWithin(insertAt + 1, insertAt, found.length);
      ends.copyWithin(insertAt + 1, insertAt, found.length);
      provisional.copyWithin(insertAt + 1, insertAt, found.length);
      starts[insertAt] = period.start;
      ends[insertAt] = period.end;
      provisional[insertAt] = found.length;
      lastId = found.length;
      found.push(period);
      position = insertAt;
    }
    lastStart = starts[position] as number;
    lastEnd = ends[position] as number;
    periodIndex[index] = lastId;
    countsById[lastId] = (countsById[lastId] as number) + 1;
  }

  const sorted: Period[] = [];
  const rank = new Uint32Array(found.length);
  let inOrder = true;
  for (let position = 0; position < found.length; position++) {
    const id = provisional[position] as number;
    const period = found[id] as Period;
    if (options.fillGaps === true && sorted.length > 0) {
      let previous = sorted[sorted.length - 1] as Period;
      while (previous.end < period.start) {
        // Two instants 200,000 years apart would otherwise fill tens of millions of days.
        if (sorted.length >= maximumFilledPeriods) {
          raise(
            'OUT_OF_RANGE',
            [
              'The periods from the first instant to the last, with fillGaps',
              `${maximumFilledPeriods.toLocaleString('en-US')} periods`,
              `instants from ${(sorted[0] as Period).label} to ${(found[provisional[found.length - 1] as number] as Period).label}`,
            ],
            { path: ['fillGaps'] },
          );
        }
        previous = shiftPeriod(previous, 1);
        sorted.push(previous);
      }
    }
    rank[id] = sorted.length;
    if (sorted.length !== id) inOrder = false;
    sorted.push(period);
  }
  const counts = new Uint32Array(sorted.length);
  for (let id = 0; id < found.length; id++) counts[rank[id] as number] = countsById[id] as number;
  // Input in time order (the common case) discovers periods in order: nothing to remap.
  if (!inOrder) {
    for (let index = 0; index < length; index++) periodIndex[index] = rank[periodIndex[index] as number] as number;
  }
  return { periods: sorted, periodIndex, counts };
}

function grow<Typed extends Float64Array | Uint32Array>(array: Typed): Typed {
  const larger = new (array.constructor as new (length: number) => Typed)(array.length * 2);
  larger.set(array);
  return larger;
}

function toEpochs(instants: ArrayLike<number> | ArrayLike<Instant>, timeZone: string): ArrayLike<number> {
  if (instants === null || typeof instants !== 'object' || typeof instants.length !== 'number') {
    raise('INVALID_ARGUMENT', ['instants', 'an array of instants', describeValue(instants)], { path: ['instants'] });
  }
  if (instants.length === 0) raise('EMPTY_INPUT', ['instants'], { path: ['instants'] });
  if (instants instanceof BigInt64Array || instants instanceof BigUint64Array || instants instanceof DataView) {
    raise('INVALID_ARGUMENT', ['instants', 'numbers, Dates or ISO strings', 'a BigInt array or DataView'], {
      path: ['instants'],
    });
  }
  // Typed arrays hold only numbers: the bucketing loop checks them as it goes.
  if (ArrayBuffer.isView(instants)) return instants as ArrayLike<number>;
  return parseInstants(instants as ArrayLike<Instant>, { timeZone });
}
