import type { DuckDBConnection } from '@duckdb/node-api';
import {
  type DurationSummary,
  durationSummaryStatistics,
  mergeDurationSummaries,
  summarizeDurations,
} from 'cxkit/journeys';
import { durationSketchSql, durationSummaryFromRows } from 'cxkit/warehouse';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectCxError } from '../expectCxError';
import { openDuckDb, runQuery, seededRandom } from './duckdb';

const regions = ['emea', 'americas', 'apac'];
const hour = 3_600_000;
const region: string[] = [];
const durations: number[] = [];
let connection: DuckDBConnection;

beforeAll(async () => {
  const random = seededRandom(30);
  for (let index = 0; index < 60_000; index++) {
    region.push(regions[index % regions.length] as string);
    const roll = random();
    // Wing-to-wing times from minutes to months (log-uniform), some zero, some whole hours
    // (values that land on round numbers), one exact power of two.
    durations.push(
      roll < 0.01
        ? 0
        : roll < 0.05
          ? Math.round(random() * 100) * hour
          : index === 7
            ? 2 ** 30
            : Math.exp(10 + 12 * random()),
    );
  }
  connection = await openDuckDb();
  await connection.run('CREATE TABLE cases (region VARCHAR, "wingToWingMs" DOUBLE)');
  const appender = await connection.createAppender('cases');
  durations.forEach((duration, index) => {
    appender.appendVarchar(region[index] as string);
    appender.appendDouble(duration);
    appender.endRow();
  });
  appender.closeSync();
});

function sketchInProcess(keep: (index: number) => boolean, relativeAccuracy = 0.01): DurationSummary {
  return summarizeDurations(
    durations.filter((_, index) => keep(index)),
    { exactLimit: 0, relativeAccuracy },
  );
}

function expectSameSketch(actual: DurationSummary, expected: DurationSummary) {
  if (actual.mode !== 'sketch' || expected.mode !== 'sketch') throw new Error('expected two sketches');
  expect(actual.bins).toEqual(expected.bins);
  expect([actual.count, actual.zeroCount, actual.min, actual.max]).toEqual([
    expected.count,
    expected.zeroCount,
    expected.min,
    expected.max,
  ]);
  // Sums are added in a different order by the engine: equal up to rounding.
  expect(Math.abs(actual.sum - expected.sum) / expected.sum).toBeLessThan(1e-12);
}

describe('duration sketches in DuckDB', () => {
  it('bins every duration exactly as summarizeDurations does', async () => {
    const rows = await runQuery(connection, durationSketchSql({ table: 'cases', duration: 'wingToWingMs' }));
    const [group] = durationSummaryFromRows(rows, { exactLimit: 0 });
    expectSameSketch(
      group?.summary as DurationSummary,
      sketchInProcess(() => true),
    );
  });

  it('per region at 2% accuracy, merging back to the whole', async () => {
    const query = durationSketchSql({
      table: 'cases',
      duration: 'wingToWingMs',
      relativeAccuracy: 0.02,
      groupBy: ['region'],
    });
    const groups = durationSummaryFromRows(await runQuery(connection, query), {
      relativeAccuracy: 0.02,
      exactLimit: 0,
      groups: 1,
    });
    expect(groups.map((group) => group.key[0])).toEqual([...regions].sort());
    for (const { key, summary } of groups) {
      expectSameSketch(
        summary,
        sketchInProcess((index) => region[index] === key[0], 0.02),
      );
    }
    const merged = groups.map((group) => group.summary as DurationSummary).reduce(mergeDurationSummaries);
    expectSameSketch(
      merged,
      sketchInProcess(() => true, 0.02),
    );
  });

  it('the PostgreSQL form (LN(v) / LN(2)) keeps the percentiles within the relative accuracy', async () => {
    const query = durationSketchSql({ table: 'cases', duration: 'wingToWingMs', dialect: 'postgresql' });
    const [group] = durationSummaryFromRows(await runQuery(connection, query), { exactLimit: 0 });
    const statistics = durationSummaryStatistics(group?.summary as DurationSummary);
    // The true duration at rank ⌊p·(n − 1)⌋, the rank the sketch reads.
    const sorted = [...durations].sort((left, right) => left - right);
    for (const [probability, value] of [
      [0.05, statistics.p5],
      [0.5, statistics.p50],
      [0.95, statistics.p95],
    ] as const) {
      const truth = sorted[Math.floor(probability * (sorted.length - 1))] as number;
      expect(Math.abs(value - truth)).toBeLessThanOrEqual(0.01 * truth);
    }
  });

  it('refuses NULL, negative and NaN durations, counting them', async () => {
    await connection.run(
      "CREATE TABLE broken AS SELECT * FROM (VALUES (1.0), (NULL), (-5.0), ('NaN'::DOUBLE), (2.0)) AS t(ms)",
    );
    const rows = await runQuery(connection, durationSketchSql({ table: 'broken', duration: 'ms' }));
    const error = expectCxError(() => durationSummaryFromRows(rows), 'INVALID_VALUES');
    expect(error.details).toEqual({ invalidCount: 3 });
  });
});
