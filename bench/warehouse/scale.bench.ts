/**
 * cxkit/warehouse at scale: 10M survey responses and 5M journey events (1M cases) summarized
 * in DuckDB and in PostgreSQL — score counts, transfer moments (satisfaction on wait and an
 * order amount near 10⁶), a duration sketch of each case's wing-to-wing time — beside the
 * same work in process from typed arrays, and beside pulling every row out of the engine to
 * summarize in process. It prints the ratios and what crossed from the engine to Node:
 * rows, and bytes (on the wire for PostgreSQL, as JSON for embedded DuckDB).
 *
 * PostgreSQL needs a server: `bash scripts/withPostgres.sh npm run bench -- warehouseScale`
 * starts a throwaway one; without CXKIT_POSTGRES_URL only DuckDB runs. The same rows are
 * made in the engines by SQL and in Node by the same integer formulas.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import pg from 'pg';
import { durationSummaryStatistics, summarizeDurations } from '../../src/journeys/index';
import { countScores, npsScale } from '../../src/metrics/index';
import { transferMoments } from '../../src/transfer/index';
import {
  durationSketchSql,
  durationSummaryFromRows,
  type ResultRow,
  type SqlDialect,
  type SqlQuery,
  scoreCountsFromRows,
  scoreCountsSql,
  transferMomentsFromRows,
  transferMomentsSql,
} from '../../src/warehouse/index';
import { compare } from '../harness';

const responseCount = 10_000_000;
const eventCount = 5_000_000;
const eventsPerCase = 5;
const pulledRows = 1_000_000;

// The rows, as SQL over i = 0, 1, … and as the same formulas in Node (exact in doubles).
const double = 'DOUBLE PRECISION';
const responseRows = (series: string) =>
  `SELECT score, wait, amount, 50 + 2 * score - 0.5 * wait + noise AS satisfaction FROM (SELECT ` +
  `((i * 48271) % 2147483647) % 11 AS score, ` +
  `30 + ((i * 16807) % 1000) / CAST(100 AS ${double}) AS wait, ` +
  `1000000 + ((i * 69621) % 100000) / CAST(1000 AS ${double}) AS amount, ` +
  `((i * 40692) % 1000) / CAST(100 AS ${double}) AS noise FROM ${series}) AS t`;
const eventRows = (series: string, caseOf: string) =>
  `SELECT ${caseOf} AS case_id, CAST(1700000000000 + ${caseOf} * 3600000 + ((((i * i) % 2147483647) * 48271) % 2147483647) % 86400000 AS ${double}) AS at_ms FROM ${series}`;

function makeResponses() {
  const score = new Uint8Array(responseCount);
  const wait = new Float64Array(responseCount);
  const amount = new Float64Array(responseCount);
  const satisfaction = new Float64Array(responseCount);
  for (let i = 0; i < responseCount; i++) {
    score[i] = ((i * 48271) % 2147483647) % 11;
    wait[i] = 30 + ((i * 16807) % 1000) / 100;
    amount[i] = 1_000_000 + ((i * 69621) % 100000) / 1000;
    satisfaction[i] = 50 + 2 * (score[i] as number) - 0.5 * (wait[i] as number) + ((i * 40692) % 1000) / 100;
  }
  return { score, wait, amount, satisfaction };
}

function makeEvents() {
  const caseIndex = new Uint32Array(eventCount);
  const at = new Float64Array(eventCount);
  for (let i = 0; i < eventCount; i++) {
    const journeyCase = Math.floor(i / eventsPerCase);
    caseIndex[i] = journeyCase;
    // A quadratic residue, so that the gaps between a case's events vary (a linear one would not).
    at[i] =
      1_700_000_000_000 + journeyCase * 3_600_000 + (((((i * i) % 2147483647) * 48271) % 2147483647) % 86_400_000);
  }
  return { caseIndex, at };
}

/** Each case's wing-to-wing time (last event − first), in one pass over events in case order. */
function wingToWing(events: { caseIndex: Uint32Array; at: Float64Array }): Float64Array {
  const durations = new Float64Array(eventCount / eventsPerCase);
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < eventCount; i++) {
    const at = events.at[i] as number;
    if (at < first) first = at;
    if (at > last) last = at;
    if (i === eventCount - 1 || events.caseIndex[i + 1] !== events.caseIndex[i]) {
      durations[events.caseIndex[i] as number] = last - first;
      first = Number.POSITIVE_INFINITY;
      last = Number.NEGATIVE_INFINITY;
    }
  }
  return durations;
}

interface Engine {
  readonly label: string;
  readonly dialect: SqlDialect;
  run(query: SqlQuery): Promise<ResultRow[]>;
  /** Rows and bytes that crossed from the engine to Node since the last call. */
  moved(rows: readonly ResultRow[], scale?: number): string;
  close(): Promise<void>;
}

const megabytes = (bytes: number) =>
  bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : bytes >= 1e3 ? `${(bytes / 1e3).toFixed(1)} kB` : `${bytes} B`;
const rowCount = (rows: number) => `${rows.toLocaleString('en')} ${rows === 1 ? 'row' : 'rows'}`;
const jsonBytes = (rows: readonly ResultRow[]) =>
  JSON.stringify(rows, (_, value) => (typeof value === 'bigint' ? value.toString() : value)).length;

async function openDuckDb(): Promise<Engine> {
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  await connection.run(`CREATE TABLE responses_full AS ${responseRows(`range(${responseCount}) AS r(i)`)}`);
  await connection.run(
    `CREATE TABLE events AS ${eventRows(`range(${eventCount}) AS r(i)`, `(i // ${eventsPerCase})`)}`,
  );
  await connection.run(
    'CREATE VIEW cases AS SELECT case_id, MAX(at_ms) - MIN(at_ms) AS wing_to_wing_ms FROM events GROUP BY case_id',
  );
  return {
    label: 'DuckDB',
    dialect: 'duckdb',
    async run(query) {
      return (await connection.runAndReadAll(query.sql, [...query.parameters])).getRowObjectsJS() as ResultRow[];
    },
    moved: (rows, scale = 1) => `${rowCount(rows.length * scale)}, ${megabytes(jsonBytes(rows) * scale)} as JSON`,
    async close() {
      connection.closeSync();
    },
  };
}

async function openPostgres(url: string): Promise<Engine> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const series = (count: number) => `generate_series(CAST(0 AS BIGINT), ${count - 1}) AS r(i)`;
  await client.query('DROP TABLE IF EXISTS responses_full, events CASCADE');
  await client.query(`CREATE UNLOGGED TABLE responses_full AS ${responseRows(series(responseCount))}`);
  await client.query(`CREATE UNLOGGED TABLE events AS ${eventRows(series(eventCount), `(i / ${eventsPerCase})`)}`);
  await client.query(
    'CREATE VIEW cases AS SELECT case_id, MAX(at_ms) - MIN(at_ms) AS wing_to_wing_ms FROM events GROUP BY case_id',
  );
  await client.query('VACUUM ANALYZE responses_full, events');
  // Bytes read from the server's socket: what crossed the wire.
  const stream = (client as unknown as { connection: { stream: { bytesRead: number } } }).connection.stream;
  let mark = stream.bytesRead;
  const version = (await client.query('SHOW server_version')).rows[0]?.server_version as string;
  return {
    label: `PostgreSQL ${version.split(' ')[0]}`,
    dialect: 'postgresql',
    async run(query) {
      mark = stream.bytesRead;
      return (await client.query(query.sql, [...query.parameters])).rows as ResultRow[];
    },
    moved: (rows, scale = 1) =>
      `${rowCount(rows.length * scale)}, ${megabytes((stream.bytesRead - mark) * scale)} on the wire`,
    async close() {
      await client.query('DROP TABLE IF EXISTS responses_full, events CASCADE');
      await client.end();
    },
  };
}

export async function run(): Promise<void> {
  const responses = makeResponses();
  const events = makeEvents();
  const engines: Engine[] = [await openDuckDb()];
  const url = process.env.CXKIT_POSTGRES_URL;
  if (url === undefined || url === '') {
    console.log(
      '\n(PostgreSQL skipped: CXKIT_POSTGRES_URL is not set; run `bash scripts/withPostgres.sh npm run bench -- warehouseScale`)',
    );
  } else {
    engines.push(await openPostgres(url));
  }
  const scoreQuery = (dialect: SqlDialect) =>
    scoreCountsSql({ table: 'responses_full', score: 'score', scale: npsScale, dialect });
  const momentsQuery = (dialect: SqlDialect) =>
    transferMomentsSql({ table: 'responses_full', outcome: 'satisfaction', drivers: ['wait', 'amount'], dialect });
  const sketchQuery = (dialect: SqlDialect) =>
    durationSketchSql({ table: 'cases', duration: 'wing_to_wing_ms', dialect });
  const pullQuery: SqlQuery = { sql: `SELECT score FROM responses_full LIMIT ${pulledRows}`, parameters: [] };
  const drivers = ['wait', 'amount'];
  const options = { time: 0, rounds: 1, iterations: 3, warmupIterations: 1 };

  await compare({
    title: `Score counts over ${responseCount / 1e6}M responses`,
    reference: { name: 'in process: countScores over a Uint8Array', run: () => countScores(responses.score, npsScale) },
    candidates: [
      ...engines.map((engine) => ({
        name: `${engine.label}: SQL + scoreCountsFromRows`,
        run: async () => scoreCountsFromRows(await engine.run(scoreQuery(engine.dialect)), { scale: npsScale }),
      })),
      ...engines.map((engine) => ({
        name: `${engine.label}: all rows out + countScores`,
        // A tenth of the rows, timed ×10.
        run: async () =>
          countScores(
            (await engine.run(pullQuery)).map((row) => Number(row.score)),
            npsScale,
          ),
        scale: responseCount / pulledRows,
      })),
    ],
    ...options,
  });
  const counts = countScores(responses.score, npsScale);
  console.log('  moved out of the engine, and agreement with the in-process counts:');
  for (const engine of engines) {
    const rows = await engine.run(scoreQuery(engine.dialect));
    const same = JSON.stringify(scoreCountsFromRows(rows, { scale: npsScale })[0]?.summary) === JSON.stringify(counts);
    console.log(`    ${engine.label}, summary: ${engine.moved(rows)}; counts ${same ? 'equal' : 'DIFFERENT'}`);
    const pulled = await engine.run(pullQuery);
    const scale = responseCount / pulledRows;
    console.log(`    ${engine.label}, every row (a tenth measured, ×${scale}): ${engine.moved(pulled, scale)}`);
  }

  await compare({
    title: `Transfer moments over ${responseCount / 1e6}M responses × 2 drivers (an amount near 10⁶)`,
    reference: {
      name: 'in process: transferMoments over Float64Arrays',
      run: () =>
        transferMoments({
          outcome: responses.satisfaction,
          drivers: { wait: responses.wait, amount: responses.amount },
        }),
    },
    candidates: engines.map((engine) => ({
      name: `${engine.label}: SQL + transferMomentsFromRows`,
      run: async () => transferMomentsFromRows(await engine.run(momentsQuery(engine.dialect)), { drivers }),
    })),
    ...options,
  });
  const inProcess = transferMoments({
    outcome: responses.satisfaction,
    drivers: { wait: responses.wait, amount: responses.amount },
  });
  console.log('  moved out of the engine, and agreement with the in-process moments:');
  for (const engine of engines) {
    const rows = await engine.run(momentsQuery(engine.dialect));
    const moments = transferMomentsFromRows(rows, { drivers })[0]?.summary;
    const expected = inProcess.crossProducts.flat();
    const difference = Math.max(
      ...(moments?.crossProducts.flat() ?? []).map(
        (value, index) => Math.abs(value - (expected[index] as number)) / Math.abs(expected[index] as number),
      ),
    );
    console.log(`    ${engine.label}: ${engine.moved(rows)}; cross products within ${difference.toExponential(1)}`);
  }

  await compare({
    title: `Duration sketch of ${eventCount / eventsPerCase / 1e6}M cases' wing-to-wing times from ${eventCount / 1e6}M events`,
    reference: {
      name: 'in process: per-case loop + summarizeDurations',
      run: () => summarizeDurations(wingToWing(events), { exactLimit: 0 }),
    },
    candidates: engines.map((engine) => ({
      name: `${engine.label}: SQL + durationSummaryFromRows`,
      run: async () => durationSummaryFromRows(await engine.run(sketchQuery(engine.dialect)), { exactLimit: 0 }),
    })),
    ...options,
  });
  const sketch = durationSummaryStatistics(summarizeDurations(wingToWing(events), { exactLimit: 0 }));
  console.log('  moved out of the engine, and agreement with the in-process sketch:');
  for (const engine of engines) {
    const rows = await engine.run(sketchQuery(engine.dialect));
    const summary = durationSummaryFromRows(rows, { exactLimit: 0 })[0]?.summary;
    const statistics = summary === undefined ? undefined : durationSummaryStatistics(summary);
    const p50 = Math.abs((statistics?.p50 ?? Number.NaN) - sketch.p50) / sketch.p50;
    console.log(`    ${engine.label}: ${engine.moved(rows)}; median within ${p50.toExponential(1)}`);
  }
  for (const engine of engines) await engine.close();
}
