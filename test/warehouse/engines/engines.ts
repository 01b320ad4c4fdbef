/**
 * The two SQL engines the warehouse tests run every generated query on: an embedded
 * DuckDB (always there) and a PostgreSQL server (when `postgresSetup` found one). Both
 * load the same rows through one small interface and return rows as their own clients
 * deliver them (DuckDB counts as bigint, PostgreSQL's as numeric strings), so the tests
 * check each real engine against the in-process answer.
 */
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import type { ResultRow, SqlDialect, SqlQuery } from 'cxkit/warehouse';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';

export { seededRandom } from '../seededRandom';

export type ResultRows = ResultRow[];

export type ColumnType = 'double' | 'integer' | 'text' | 'boolean';

/** One column to load: its name, SQL type and values (null for NULL). */
export interface Column {
  readonly name: string;
  readonly type: ColumnType;
  readonly values: ArrayLike<number | string | boolean | null>;
}

export interface Engine {
  readonly name: 'DuckDB' | 'PostgreSQL';
  readonly dialect: SqlDialect;
  /** Runs a generated query with its parameters and returns its rows. */
  run(query: SqlQuery): Promise<ResultRow[]>;
  /** Runs the test's own SQL (CREATE, INSERT, …). */
  execute(sql: string): Promise<void>;
  /** Creates `table` with these columns and loads their values, row by row. */
  load(table: string, columns: readonly Column[]): Promise<void>;
  close(): Promise<void>;
}

/** Quotes a name for the tests' own statements (the code under test has its own quoting). */
export const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

const sqlType: Record<ColumnType, string> = {
  double: 'DOUBLE PRECISION',
  integer: 'INTEGER',
  text: 'TEXT',
  boolean: 'BOOLEAN',
};

function createTable(table: string, columns: readonly Column[]): string {
  return `CREATE TABLE ${quoted(table)} (${columns.map((column) => `${quoted(column.name)} ${sqlType[column.type]}`).join(', ')})`;
}

export async function openDuckDbEngine(): Promise<Engine & { connection: DuckDBConnection }> {
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  return {
    name: 'DuckDB',
    dialect: 'duckdb',
    connection,
    async run(query) {
      const reader = await connection.runAndReadAll(query.sql, [...query.parameters]);
      return reader.getRowObjectsJS() as ResultRow[];
    },
    async execute(sql) {
      await connection.run(sql);
    },
    async load(table, columns) {
      await connection.run(createTable(table, columns));
      const appender = await connection.createAppender(table);
      const rows = columns[0]?.values.length ?? 0;
      for (let row = 0; row < rows; row++) {
        for (const column of columns) {
          const value = column.values[row];
          if (value === null || value === undefined) appender.appendNull();
          else if (column.type === 'double') appender.appendDouble(value as number);
          else if (column.type === 'integer') appender.appendInteger(value as number);
          else if (column.type === 'boolean') appender.appendBoolean(value as boolean);
          else appender.appendVarchar(value as string);
        }
        appender.endRow();
      }
      appender.closeSync();
    },
    async close() {
      connection.closeSync();
    },
  };
}

/** The throwaway PostgreSQL server's URL, or '' when its tests are skipped. */
export const postgresUrl = (): string => inject('postgresUrl') ?? '';

/** Fails a PostgreSQL test loudly when the run requires a server and there is none. */
export function requirePostgresUrl(): string {
  const url = postgresUrl();
  if (url === '') {
    throw new Error(`CXKIT_POSTGRES=required but there is no PostgreSQL server: ${inject('postgresProblem')}.`);
  }
  return url;
}

/** Whether the PostgreSQL tests run: a server answered, or the run requires one (and then fails without). */
export const postgresTestsRun = (): boolean => postgresUrl() !== '' || process.env.CXKIT_POSTGRES === 'required';

const unique = () => `${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;

/** Connects to a database of the server (default: the one in the URL). */
export async function connectPostgres(database?: string): Promise<pg.Client> {
  const url = new URL(requirePostgresUrl());
  if (database !== undefined) url.pathname = `/${encodeURIComponent(database)}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  return client;
}

export type PostgresEngine = Engine & { readonly client: pg.Client; readonly schema: string };

/**
 * A PostgreSQL engine working in a schema of its own (dropped on close), so that test
 * files running side by side never see each other's tables.
 */
export async function openPostgresEngine(database?: string): Promise<PostgresEngine> {
  const client = await connectPostgres(database);
  const schema = `cxkit_test_${unique()}`;
  await client.query(`CREATE SCHEMA ${quoted(schema)}`);
  await client.query(`SET search_path TO ${quoted(schema)}`);
  return {
    name: 'PostgreSQL',
    dialect: 'postgresql',
    client,
    schema,
    async run(query) {
      const result = await client.query(query.sql, [...query.parameters]);
      return result.rows as ResultRow[];
    },
    async execute(sql) {
      await client.query(sql);
    },
    async load(table, columns) {
      await client.query(createTable(table, columns));
      const rows = columns[0]?.values.length ?? 0;
      const chunk = 20_000;
      const casts = columns.map((column, index) => `$${index + 1}::${sqlType[column.type]}[]`).join(', ');
      for (let start = 0; start < rows; start += chunk) {
        const end = Math.min(rows, start + chunk);
        // Arrays travel as text: NaN and ±Infinity as PostgreSQL spells them, NULL as null.
        const parameters = columns.map((column) =>
          Array.from({ length: end - start }, (_, row) => column.values[start + row] ?? null),
        );
        await client.query(`INSERT INTO ${quoted(table)} SELECT * FROM unnest(${casts})`, parameters);
      }
    },
    async close() {
      await client.query(`DROP SCHEMA ${quoted(schema)} CASCADE`);
      await client.end();
    },
  };
}

/** A database of its own on the server (a shard), dropped with `drop`. */
export async function createPostgresDatabase(): Promise<{ name: string; drop: () => Promise<void> }> {
  const name = `cxkit_shard_${unique()}`;
  const admin = await connectPostgres();
  await admin.query(`CREATE DATABASE ${quoted(name)}`);
  await admin.end();
  return {
    name,
    async drop() {
      const client = await connectPostgres();
      await client.query(`DROP DATABASE IF EXISTS ${quoted(name)} WITH (FORCE)`);
      await client.end();
    },
  };
}

/**
 * Declares `body` once per engine, each in its own describe block with a fresh engine
 * (opened before, closed after). Without a PostgreSQL server the PostgreSQL block is
 * declared skipped, so the skip shows in the run's counts.
 */
export function describeOnEngines(title: string, body: (engine: () => Engine) => void): void {
  for (const name of ['DuckDB', 'PostgreSQL'] as const) {
    if (name === 'PostgreSQL' && postgresUrl() === '' && process.env.CXKIT_POSTGRES === 'required') {
      // Required but absent: one failing test per block, counted as a failure.
      describe(`${title} (${name})`, () => {
        it('runs on a PostgreSQL server', () => {
          requirePostgresUrl();
        });
      });
      continue;
    }
    const runs = name === 'DuckDB' || postgresTestsRun();
    (runs ? describe : describe.skip)(`${title} (${name})`, () => {
      let engine: Engine | undefined;
      beforeAll(async () => {
        engine = name === 'DuckDB' ? await openDuckDbEngine() : await openPostgresEngine();
      });
      afterAll(async () => {
        await engine?.close();
      });
      body(() => {
        if (engine === undefined) throw new Error(`${name} did not open`);
        return engine;
      });
    });
  }
}
