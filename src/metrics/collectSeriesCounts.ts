import { CxError } from '../core/errors/CxError';
import { describeValue } from '../core/errors/describeValue';
import { isCxError } from '../core/errors/isCxError';
import { bucketByPeriod } from '../core/periods/bucketByPeriod';
import type { Instant, Period, PeriodUnit, Weekday } from '../core/periods/Period';
import { parseInstants } from '../core/periods/parseInstants';
import { raiseMetrics } from './messages';
import type { Scale } from './Scale';
import type { InvalidScorePolicy } from './ScoreCounts';
import type { SeriesColumns, SeriesInput, SeriesResponse } from './SeriesInput';
import { isOnScale } from './tally';

/** @internal Counts per series, period and scale point, from one pass over the responses. */
export interface SeriesCounts {
  readonly periods: Period[];
  /** Segment names in sorted order; series 0 is all responses, series s + 1 is segment s. */
  readonly segments: string[];
  /** `counts[((series · periods) + period) · points + (score − min)]`. */
  readonly counts: Float64Array;
  readonly points: number;
  readonly skipped: number;
}

interface Columns {
  readonly at: ArrayLike<number> | ArrayLike<Instant>;
  readonly score: ArrayLike<unknown>;
  readonly segment: ArrayLike<unknown> | undefined;
  readonly rows: boolean;
}

function toColumns(input: SeriesInput): Columns {
  if (Array.isArray(input)) {
    const rows = input as readonly SeriesResponse[];
    if (rows.length === 0) raiseMetrics('EMPTY_SCORES', [0], { path: [] });
    const score = new Array<unknown>(rows.length);
    let segment: unknown[] | undefined;
    rows.forEach((row, index) => {
      if (typeof row !== 'object' || row === null) {
        raiseMetrics(
          'INVALID_INPUT',
          [`responses[${index}]`, 'an object { at, score, segment? }', describeValue(row)],
          {
            path: [index],
          },
        );
      }
      score[index] = row.score;
      if (row.segment !== undefined) {
        segment ??= new Array<unknown>(rows.length).fill(undefined);
        segment[index] = row.segment;
      }
    });
    return { at: parseInstants(rows as never, { field: 'at' }), score, segment, rows: true };
  }
  if (typeof input !== 'object' || input === null || !('at' in input) || !('score' in input)) {
    raiseMetrics(
      'INVALID_INPUT',
      ['responses', 'an array of { at, score } rows or { at, score } columns', describeValue(input)],
      {
        path: [],
      },
    );
  }
  const columns = input as SeriesColumns;
  for (const name of ['score', 'segment'] as const) {
    const column = columns[name];
    if (column !== undefined && column.length !== columns.at.length) {
      raiseMetrics('MISMATCHED_COLUMNS', [name, column.length, columns.at.length], { path: [name] });
    }
  }
  return { at: columns.at, score: columns.score, segment: columns.segment, rows: false };
}

/**
 * Buckets responses by period (core's one-pass bucketing: no `Date` per response),
 * indexes their segments, checks every score, and counts them per series and period.
 *
 * @internal
 */
export function collectSeriesCounts(
  input: SeriesInput,
  unit: PeriodUnit,
  scale: Scale,
  calendar: { timeZone: string; weekStartsOn: Weekday; fillGaps: boolean },
  invalid: InvalidScorePolicy,
): SeriesCounts {
  const columns = toColumns(input);
  const length = columns.at.length;
  if (length === 0) raiseMetrics('EMPTY_SCORES', [0], { path: columns.rows ? [] : ['at'] });
  let buckets: ReturnType<typeof bucketByPeriod>;
  try {
    buckets = bucketByPeriod(columns.at, unit, calendar);
  } catch (error) {
    // Name the column (or row field) the bad instant came from.
    if (isCxError(error, 'INVALID_DATE') && !columns.rows) {
      const index = error.path[0] as number;
      throw new CxError(error.code, error.message, { path: ['at', index], details: error.details, cause: error });
    }
    throw error;
  }
  const { periods, periodIndex } = buckets;

  // Segment names → indexes, sorted so that output order does not depend on input order.
  const segmentOf = new Int32Array(length).fill(-1);
  let segments: string[] = [];
  if (columns.segment !== undefined) {
    const firstSeen = new Map<string, number>();
    for (let index = 0; index < length; index++) {
      const name: unknown = columns.segment[index];
      if (name === undefined && columns.rows) continue;
      if (typeof name !== 'string' || name === '') {
        raiseMetrics('INVALID_INPUT', ['segment', 'a non-empty string', describeValue(name)], {
          path: columns.rows ? [index, 'segment'] : ['segment', index],
        });
      }
      let id = firstSeen.get(name);
      if (id === undefined) {
        id = firstSeen.size;
        firstSeen.set(name, id);
      }
      segmentOf[index] = id;
    }
    segments = [...firstSeen.keys()].sort();
    const rank = new Int32Array(firstSeen.size);
    segments.forEach((name, position) => {
      rank[firstSeen.get(name) as number] = position;
    });
    for (let index = 0; index < length; index++) {
      if ((segmentOf[index] as number) >= 0) segmentOf[index] = rank[segmentOf[index] as number] as number;
    }
  }

  const points = scale.max - scale.min + 1;
  const periodCount = periods.length;
  const counts = new Float64Array((segments.length + 1) * periodCount * points);
  const { min, max } = scale;
  let skipped = 0;
  const badIndexes: number[] = [];
  for (let index = 0; index < length; index++) {
    const value = columns.score[index] as number;
    if (!isOnScale(value, min, max)) {
      skipped++;
      if (badIndexes.length < 10) badIndexes.push(index);
      continue;
    }
    const offset = (periodIndex[index] as number) * points + (value - min);
    counts[offset] = (counts[offset] as number) + 1;
    const segment = segmentOf[index] as number;
    if (segment >= 0) {
      const segmentOffset = (segment + 1) * periodCount * points + offset;
      counts[segmentOffset] = (counts[segmentOffset] as number) + 1;
    }
  }
  if (skipped > 0 && invalid === 'error') {
    const first = badIndexes[0] as number;
    raiseMetrics(
      'INVALID_SCORES',
      [
        `${describeValue(columns.score[first])} at index ${first}`,
        `${scale.name} (${scale.min}–${scale.max})`,
        skipped,
      ],
      {
        path: columns.rows ? [first, 'score'] : ['score', first],
        details: { indexes: badIndexes, invalidCount: skipped },
      },
    );
  }
  return { periods, segments, counts, points, skipped };
}
