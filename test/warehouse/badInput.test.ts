/**
 * Bad input on real engines: a table or column that does not exist, a column whose type
 * cannot hold a score, a connection that drops mid-query. Each ends in a CxError naming
 * the part of the query at fault (from the engine's own pointer into the SQL), and never
 * in a summary of part of the rows.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { CxError } from 'cxkit/core';
import { npsScale } from 'cxkit/metrics';
import {
  durationSketchSql,
  explainQueryFailure,
  type SqlQuery,
  scoreCountsFromRows,
  scoreCountsSql,
  transferMomentsSql,
} from 'cxkit/warehouse';
import { beforeAll, describe, expect, it } from 'vitest';
import { connectPostgres, describeOnEngines, type Engine, openDuckDbEngine, postgresTestsRun } from './engines/engines';

/** Runs a query that must fail, and returns what cxkit makes of the engine's error. */
async function failure(engine: Engine, query: SqlQuery): Promise<CxError> {
  const outcome = await engine.run(query).then(
    () => undefined,
    (error: unknown) => explainQueryFailure(error, query),
  );
  if (outcome === undefined) throw new Error(`the query ran: ${query.sql}`);
  expect(outcome.code).toBe('QUERY_FAILED');
  return outcome;
}

describeOnEngines('bad input', (engine) => {
  beforeAll(async () => {
    await engine().execute(
      `CREATE TABLE responses AS SELECT * FROM (VALUES (9, TRUE, 'nine', DATE '2026-01-05', 4.5, 'emea', 1000.0)) AS v(likelihood, recommended, said, answered, wait, region, ms)`,
    );
  });

  it('a table that does not exist is named as the table, for every builder', async () => {
    const { dialect } = engine();
    const queries = [
      scoreCountsSql({ table: ['crm', 'responses'], score: 'likelihood', scale: npsScale, dialect }),
      transferMomentsSql({ table: 'no such table', outcome: 'likelihood', drivers: ['wait'], dialect }),
      durationSketchSql({ table: 'cases', duration: 'ms', dialect }),
    ];
    for (const query of queries) {
      const error = await failure(engine(), query);
      expect(error.path).toEqual(['table']);
      expect(error.message).toMatch(/^The engine did not finish the query at the table "/);
      expect(error.message).toContain('No summary was read');
    }
  });

  it('a column that does not exist is named by its option', async () => {
    const { dialect } = engine();
    const cases: [SqlQuery, string][] = [
      [scoreCountsSql({ table: 'responses', score: 'likelyhood', scale: npsScale, dialect }), 'score'],
      [
        transferMomentsSql({ table: 'responses', outcome: 'likelihood', drivers: ['wait', 'staff'], dialect }),
        'drivers[1]',
      ],
      [transferMomentsSql({ table: 'responses', outcome: 'nps', drivers: ['wait'], dialect }), 'outcome'],
      [durationSketchSql({ table: 'responses', duration: 'ms', groupBy: ['segment'], dialect }), 'groupBy[0]'],
      [durationSketchSql({ table: 'responses', duration: 'wingToWingMs', dialect }), 'duration'],
    ];
    for (const [query, option] of cases) {
      const error = await failure(engine(), query);
      expect(error.path).toEqual([option]);
      expect(error.details).toMatchObject({ option });
    }
  });

  it('a boolean, text or date column cannot hold a score: refused before any row is read', async () => {
    const { dialect } = engine();
    for (const column of ['recommended', 'said', 'answered']) {
      const error = await failure(
        engine(),
        scoreCountsSql({ table: 'responses', score: column, scale: npsScale, dialect }),
      );
      expect(error.path).toEqual(['score']);
      expect(error.details).toMatchObject({ name: `"${column}"` });
      expect(error.message).toContain('The column must be numeric');
    }
    const driver = await failure(
      engine(),
      transferMomentsSql({ table: 'responses', outcome: 'likelihood', drivers: ['wait', 'recommended'], dialect }),
    );
    expect(driver.path).toEqual(['drivers[1]']);
  });
});

describe.skipIf(!postgresTestsRun())('a PostgreSQL connection that drops mid-query', () => {
  it('rejects the query; no rows, so no summary, and the error says none was read', async () => {
    const client = await connectPostgres();
    const watcher = await connectPostgres();
    // pg also reports the dropped connection as an 'error' event on the client; without a
    // listener Node would raise it as an uncaught exception after the test has passed.
    const connectionErrors: Error[] = [];
    client.on('error', (error) => connectionErrors.push(error));
    try {
      // A view that takes half a minute to give its rows: time to drop the connection.
      await client.query('CREATE TEMPORARY VIEW slow_responses AS SELECT 9 AS likelihood FROM pg_sleep(30)');
      const query = scoreCountsSql({
        table: 'slow_responses',
        score: 'likelihood',
        scale: npsScale,
        dialect: 'postgresql',
      });
      const [{ pid }] = (await client.query('SELECT pg_backend_pid() AS pid')).rows as [{ pid: number }];
      const running = client.query(query.sql, [...query.parameters]).then(
        (result) => ({ rows: result.rows, error: undefined }),
        (error: unknown) => ({ rows: undefined, error }),
      );
      // Wait until the server is running it, then end its connection from the server side.
      for (let attempt = 0; attempt < 200; attempt++) {
        const { rows } = await watcher.query("SELECT state FROM pg_stat_activity WHERE pid = $1 AND state = 'active'", [
          pid,
        ]);
        if (rows.length > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      await watcher.query('SELECT pg_terminate_backend($1)', [pid]);
      const outcome = await running;
      expect(outcome.rows).toBeUndefined();
      const error = explainQueryFailure(outcome.error, query);
      expect(error.code).toBe('QUERY_FAILED');
      expect(error.path).toEqual([]);
      expect(error.message).toMatch(/terminat/i);
      expect(error.message).toContain('No summary was read');
      await new Promise((resolve) => setTimeout(resolve, 50));
      for (const dropped of connectionErrors) expect(dropped.message).toMatch(/terminat/i);
    } finally {
      await watcher.end();
      await client.end().catch(() => undefined);
    }
  });
});

describe('a DuckDB query interrupted mid-way', () => {
  it('rejects the query, and a result cut short is refused rather than summarized', async () => {
    const engine = await openDuckDbEngine();
    const connection = (engine as Engine & { connection: DuckDBConnection }).connection;
    await engine.execute(
      'CREATE VIEW endless AS SELECT CAST(range % 11 AS DOUBLE) AS likelihood FROM range(20000000000)',
    );
    const query = scoreCountsSql({ table: 'endless', score: 'likelihood', scale: npsScale });
    const running = engine.run(query).then(
      (rows) => ({ rows, error: undefined }),
      (error: unknown) => ({ rows: undefined, error }),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    connection.interrupt();
    const outcome = await running;
    expect(outcome.rows).toBeUndefined();
    const error = explainQueryFailure(outcome.error, query);
    expect(error.message).toMatch(/interrupt/i);
    expect(error.path).toEqual([]);
    // Rows that did arrive in part (a stream closed early) are refused as a whole.
    await engine.execute('CREATE TABLE few AS SELECT * FROM (VALUES (1.0), (9.0), (10.0)) AS v(likelihood)');
    const rows = await engine.run(scoreCountsSql({ table: 'few', score: 'likelihood', scale: npsScale }));
    expect(() => scoreCountsFromRows(rows.slice(0, 2), { scale: npsScale })).toThrow(/3 rows/);
    await engine.close();
  });
});
