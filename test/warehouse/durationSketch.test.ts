import {
  type DurationSummary,
  durationSummaryStatistics,
  mergeDurationSummaries,
  summarizeDurations,
} from 'cxkit/journeys';
import { durationSketchSql, durationSummaryFromRows } from 'cxkit/warehouse';
import { beforeAll, expect, it } from 'vitest';
import { expectCxError } from '../expectCxError';
import { describeOnEngines, seededRandom } from './engines/engines';

const regions = ['emea', 'americas', 'apac', null];
const hour = 3_600_000;
const region: (string | null)[] = [];
const durations: number[] = [];
const random = seededRandom(30);
for (let index = 0; index < 60_000; index++) {
  region.push(regions[index % regions.length] as string | null);
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

function sketchInProcess(keep: (index: number) => boolean, relativeAccuracy = 0.01): DurationSummary {
  return summarizeDurations(
    durations.filter((_, index) => keep(index)),
    { exactLimit: 0, relativeAccuracy },
  );
}

/**
 * DuckDB computes the sketch's key with LOG2, as summarizeDurations does, so the bins are
 * equal key for key. PostgreSQL has no LOG2: LN(v) / LN(2) can differ in the last bit and
 * move a duration lying on a bin edge to the neighboring bin — the same count, and
 * percentiles still within the relative accuracy (checked against the sorted durations).
 */
function expectSameSketch(
  actual: DurationSummary,
  expected: DurationSummary,
  exactBins: boolean,
  values: readonly number[],
  relativeAccuracy: number,
) {
  if (actual.mode !== 'sketch' || expected.mode !== 'sketch') throw new Error('expected two sketches');
  if (exactBins) expect(actual.bins).toEqual(expected.bins);
  else {
    // Every duration is in the bin of its key or a neighbor's.
    const counts = (bins: readonly (readonly [number, number])[]) => new Map(bins.map(([key, count]) => [key, count]));
    const actualCounts = counts(actual.bins);
    const expectedCounts = counts(expected.bins);
    let moved = 0;
    for (const key of new Set([...actualCounts.keys(), ...expectedCounts.keys()])) {
      moved += Math.abs((actualCounts.get(key) ?? 0) - (expectedCounts.get(key) ?? 0));
      if (actualCounts.get(key) !== expectedCounts.get(key)) {
        expect(expectedCounts.has(key - 1) || expectedCounts.has(key + 1) || expectedCounts.has(key)).toBe(true);
      }
    }
    expect(moved).toBeLessThanOrEqual(values.length / 1000);
  }
  expect([actual.count, actual.zeroCount, actual.min, actual.max]).toEqual([
    expected.count,
    expected.zeroCount,
    expected.min,
    expected.max,
  ]);
  // Sums are added in a different order by the engine: equal up to rounding.
  expect(Math.abs(actual.sum - expected.sum) / expected.sum).toBeLessThan(1e-12);
  // Percentiles within the stated accuracy of the true duration at the rank the sketch reads.
  const statistics = durationSummaryStatistics(actual);
  const sorted = [...values].sort((left, right) => left - right);
  for (const [probability, value] of [
    [0.05, statistics.p5],
    [0.5, statistics.p50],
    [0.95, statistics.p95],
  ] as const) {
    const truth = sorted[Math.floor(probability * (sorted.length - 1))] as number;
    expect(Math.abs(value - truth)).toBeLessThanOrEqual(relativeAccuracy * truth);
  }
}

describeOnEngines('duration sketches', (engine) => {
  beforeAll(async () => {
    await engine().load('cases', [
      { name: 'region', type: 'text', values: region },
      { name: 'wingToWingMs', type: 'double', values: durations },
    ]);
  });

  it('bins every duration as summarizeDurations does', async () => {
    const { dialect } = engine();
    const rows = await engine().run(durationSketchSql({ table: 'cases', duration: 'wingToWingMs', dialect }));
    const [group] = durationSummaryFromRows(rows, { exactLimit: 0 });
    expectSameSketch(
      group?.summary as DurationSummary,
      sketchInProcess(() => true),
      dialect === 'duckdb',
      durations,
      0.01,
    );
  });

  it('per region (NULL region included) at 2% accuracy, merging back to the whole', async () => {
    const { dialect } = engine();
    const query = durationSketchSql({
      table: 'cases',
      duration: 'wingToWingMs',
      relativeAccuracy: 0.02,
      groupBy: ['region'],
      dialect,
    });
    const groups = durationSummaryFromRows(await engine().run(query), {
      relativeAccuracy: 0.02,
      exactLimit: 0,
      groups: 1,
    });
    // Both engines sort NULL last in ascending order.
    expect(groups.map((group) => group.key[0])).toEqual(['americas', 'apac', 'emea', null]);
    for (const { key, summary } of groups) {
      const keep = (index: number) => region[index] === key[0];
      expectSameSketch(
        summary,
        sketchInProcess(keep, 0.02),
        dialect === 'duckdb',
        durations.filter((_, index) => keep(index)),
        0.02,
      );
    }
    const merged = groups.map((group) => group.summary as DurationSummary).reduce(mergeDurationSummaries);
    expectSameSketch(
      merged,
      sketchInProcess(() => true, 0.02),
      dialect === 'duckdb',
      durations,
      0.02,
    );
  });

  it('gives one empty summary for an empty table, and none when grouped', async () => {
    const { dialect } = engine();
    await engine().execute('CREATE TABLE no_cases (ms DOUBLE PRECISION, region TEXT)');
    const rows = await engine().run(durationSketchSql({ table: 'no_cases', duration: 'ms', dialect }));
    const [group] = durationSummaryFromRows(rows);
    expect(group?.summary).toMatchObject({ count: 0, sum: 0, bins: [] });
    const grouped = await engine().run(
      durationSketchSql({ table: 'no_cases', duration: 'ms', groupBy: ['region'], dialect }),
    );
    expect(durationSummaryFromRows(grouped, { groups: 1 })).toEqual([]);
  });

  it('refuses NULL, negative, NaN and infinite durations, counting them', async () => {
    const { dialect } = engine();
    await engine().execute(
      "CREATE TABLE broken AS SELECT * FROM (VALUES (1.0), (NULL), (-5.0), (CAST('NaN' AS DOUBLE PRECISION)), (CAST('Infinity' AS DOUBLE PRECISION)), (2.0)) AS t(ms)",
    );
    const rows = await engine().run(durationSketchSql({ table: 'broken', duration: 'ms', dialect }));
    const error = expectCxError(() => durationSummaryFromRows(rows), 'INVALID_VALUES');
    expect(error.details).toEqual({ invalidCount: 4 });
    expectCxError(() => durationSummaryFromRows(rows.slice(1)), 'INCOMPLETE_ROWS');
  });
});
