/**
 * The nightly pattern: rows split across PostgreSQL partitions, across two separate
 * PostgreSQL databases (two shards), and across Hive-partitioned Parquet files read by
 * DuckDB are summarized per partition or shard, merged in cxkit, and equal the one-pass
 * answer — counts exactly, moments to 1e-9, sketches bin for bin.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DurationSummary, mergeDurationSummaries, summarizeDurations } from 'cxkit/journeys';
import { countScores, mergeCounts, npsScale, type ScoreCounts } from 'cxkit/metrics';
import { mergeTransferMoments, type TransferMoments, transferMoments } from 'cxkit/transfer';
import {
  durationSketchSql,
  durationSummaryFromRows,
  type SqlDialect,
  type SqlName,
  type SqlQuery,
  scoreCountsFromRows,
  scoreCountsSql,
  transferMomentsFromRows,
  transferMomentsSql,
} from 'cxkit/warehouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Column,
  createPostgresDatabase,
  type Engine,
  openDuckDbEngine,
  openPostgresEngine,
  postgresTestsRun,
  quoted,
  type ResultRows,
} from './engines/engines';
import { seededRandom } from './seededRandom';

const regions = ['north', 'south', 'east'];
const rowCount = 12_000;
const drivers = ['wait', 'amount'];

const data = {
  region: [] as string[],
  score: [] as (number | null)[],
  satisfaction: new Float64Array(rowCount),
  wait: new Float64Array(rowCount),
  amount: new Float64Array(rowCount),
  wingToWingMs: new Float64Array(rowCount),
};
const random = seededRandom(50);
for (let row = 0; row < rowCount; row++) {
  const region = regions[row % regions.length] as string;
  data.region.push(region);
  data.score.push(row % 97 === 0 ? null : Math.floor(random() * 11));
  // Each region sits at its own level, as shards of one business often do.
  const level = regions.indexOf(region) * 5;
  data.wait[row] = 30 + level + 8 * random();
  data.amount[row] = 1e6 + 100 * level + 100 * random();
  data.satisfaction[row] =
    80 - 0.5 * (data.wait[row] as number) + 0.01 * ((data.amount[row] as number) - 1e6) + random();
  data.wingToWingMs[row] = Math.exp(12 + 8 * random());
}

const columns = (keep: (row: number) => boolean): Column[] => {
  const rows = Array.from({ length: rowCount }, (_, row) => row).filter(keep);
  return [
    { name: 'region', type: 'text', values: rows.map((row) => data.region[row] as string) },
    { name: 'score', type: 'double', values: rows.map((row) => data.score[row] as number | null) },
    { name: 'satisfaction', type: 'double', values: rows.map((row) => data.satisfaction[row] as number) },
    { name: 'wait', type: 'double', values: rows.map((row) => data.wait[row] as number) },
    { name: 'amount', type: 'double', values: rows.map((row) => data.amount[row] as number) },
    { name: 'wingToWingMs', type: 'double', values: rows.map((row) => data.wingToWingMs[row] as number) },
  ];
};

interface Summaries {
  readonly counts: ScoreCounts;
  readonly moments: TransferMoments;
  readonly durations: DurationSummary;
}

/** The three summaries of one table (or view, or partition), in one engine. */
async function summarize(run: (query: SqlQuery) => Promise<ResultRows>, table: SqlName, dialect: SqlDialect) {
  const [counts] = scoreCountsFromRows(await run(scoreCountsSql({ table, score: 'score', scale: npsScale, dialect })), {
    scale: npsScale,
    invalid: 'skip',
  });
  const [moments] = transferMomentsFromRows(
    await run(transferMomentsSql({ table, outcome: 'satisfaction', drivers, dialect })),
    { drivers },
  );
  const [durations] = durationSummaryFromRows(
    await run(durationSketchSql({ table, duration: 'wingToWingMs', dialect })),
    { exactLimit: 0 },
  );
  return {
    counts: counts?.summary as ScoreCounts,
    moments: moments?.summary as TransferMoments,
    durations: durations?.summary as DurationSummary,
  } satisfies Summaries;
}

function merge(parts: readonly Summaries[]): Summaries {
  return parts.reduce((left, right) => ({
    counts: mergeCounts(left.counts, right.counts),
    moments: mergeTransferMoments(left.moments, right.moments),
    durations: mergeDurationSummaries(left.durations, right.durations),
  }));
}

const relativeDifference = (actual: readonly number[], expected: readonly number[]) =>
  Math.max(...expected.map((value, index) => Math.abs((actual[index] as number) - value) / Math.abs(value)));

/** Merged shards equal the one pass: counts exactly, moments to 1e-9, sketch bins key for key. */
function expectSameAsOnePass(merged: Summaries, onePass: Summaries) {
  expect(merged.counts).toEqual(onePass.counts);
  expect(merged.moments.n).toBe(onePass.moments.n);
  expect(relativeDifference(merged.moments.means, onePass.moments.means)).toBeLessThan(1e-9);
  expect(relativeDifference(merged.moments.crossProducts.flat(), onePass.moments.crossProducts.flat())).toBeLessThan(
    1e-9,
  );
  if (merged.durations.mode !== 'sketch' || onePass.durations.mode !== 'sketch') throw new Error('expected sketches');
  expect(merged.durations.bins).toEqual(onePass.durations.bins);
  expect([merged.durations.count, merged.durations.min, merged.durations.max]).toEqual([
    onePass.durations.count,
    onePass.durations.min,
    onePass.durations.max,
  ]);
  expect(Math.abs(merged.durations.sum - onePass.durations.sum) / onePass.durations.sum).toBeLessThan(1e-12);
}

/** And both equal the in-process summaries of all rows. */
function expectSameAsInProcess(summaries: Summaries, exactBins: boolean) {
  expect(summaries.counts).toEqual(
    countScores(
      data.score.map((score) => score ?? Number.NaN),
      npsScale,
      { invalid: 'skip' },
    ),
  );
  const moments = transferMoments({
    outcome: data.satisfaction,
    drivers: { wait: data.wait, amount: data.amount },
  });
  expect(relativeDifference(summaries.moments.crossProducts.flat(), moments.crossProducts.flat())).toBeLessThan(1e-9);
  const sketch = summarizeDurations(data.wingToWingMs, { exactLimit: 0 });
  expect(summaries.durations.count).toBe(sketch.count);
  if (exactBins && sketch.mode === 'sketch' && summaries.durations.mode === 'sketch') {
    expect(summaries.durations.bins).toEqual(sketch.bins);
  }
}

const run = (engine: Engine) => (query: SqlQuery) => engine.run(query);

describe.skipIf(!postgresTestsRun())('PostgreSQL partitions and shards', () => {
  let engine: Engine;
  const databases: { name: string; drop: () => Promise<void> }[] = [];
  const shards: Engine[] = [];

  beforeAll(async () => {
    engine = await openPostgresEngine();
    await engine.load(
      'staged',
      columns(() => true),
    );
    // A table partitioned by region, filled from the staged rows.
    await engine.execute(
      'CREATE TABLE responses (region TEXT, score DOUBLE PRECISION, satisfaction DOUBLE PRECISION, wait DOUBLE PRECISION, amount DOUBLE PRECISION, "wingToWingMs" DOUBLE PRECISION) PARTITION BY LIST (region)',
    );
    for (const region of regions) {
      await engine.execute(
        `CREATE TABLE ${quoted(`responses_${region}`)} PARTITION OF responses FOR VALUES IN ('${region}')`,
      );
    }
    await engine.execute('INSERT INTO responses SELECT * FROM staged');
    // Two separate databases, each holding some of the regions under the same table name.
    for (const keep of [(row: number) => data.region[row] === 'north', (row: number) => data.region[row] !== 'north']) {
      const database = await createPostgresDatabase();
      databases.push(database);
      const shard = await openPostgresEngine(database.name);
      shards.push(shard);
      await shard.load('responses', columns(keep));
    }
  });

  afterAll(async () => {
    for (const shard of shards) await shard.close();
    for (const database of databases) await database.drop();
    await engine?.close();
  });

  it('partitions summarized one by one merge to the one pass over the partitioned table', async () => {
    const onePass = await summarize(run(engine), 'responses', 'postgresql');
    const partitions: Summaries[] = [];
    for (const region of regions) partitions.push(await summarize(run(engine), `responses_${region}`, 'postgresql'));
    expectSameAsOnePass(merge(partitions), onePass);
    expectSameAsInProcess(onePass, false);
  });

  it('two databases summarized apart merge to the one pass', async () => {
    const onePass = await summarize(run(engine), 'responses', 'postgresql');
    const parts = await Promise.all(shards.map((shard) => summarize(run(shard), 'responses', 'postgresql')));
    expect(parts.map((part) => part.counts.counts.reduce((sum, count) => sum + count) + part.counts.skipped)).toEqual([
      rowCount / 3,
      (2 * rowCount) / 3,
    ]);
    expectSameAsOnePass(merge(parts), onePass);
  });
});

describe('DuckDB over Hive-partitioned Parquet files', () => {
  let engine: Engine;
  let folder: string;

  beforeAll(async () => {
    engine = await openDuckDbEngine();
    folder = mkdtempSync(join(tmpdir(), 'cxkit-parquet-'));
    await engine.load(
      'staged',
      columns(() => true),
    );
    const path = folder.replaceAll("'", "''");
    await engine.execute(`COPY staged TO '${path}' (FORMAT PARQUET, PARTITION_BY (region))`);
    await engine.execute(
      `CREATE VIEW responses AS SELECT * FROM read_parquet('${path}/*/*.parquet', hive_partitioning = true)`,
    );
    for (const region of regions) {
      await engine.execute(
        `CREATE VIEW ${quoted(`responses_${region}`)} AS SELECT * FROM read_parquet('${path}/region=${region}/*.parquet')`,
      );
    }
  });

  afterAll(async () => {
    await engine?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('each partition’s files summarized apart merge to the one pass over all files, and to the in-process answer', async () => {
    const onePass = await summarize(run(engine), 'responses', 'duckdb');
    const partitions: Summaries[] = [];
    for (const region of regions) partitions.push(await summarize(run(engine), `responses_${region}`, 'duckdb'));
    expectSameAsOnePass(merge(partitions), onePass);
    expectSameAsInProcess(onePass, true);
  });
});
