/**
 * Runs generated SQL in an embedded DuckDB and returns its rows as plain objects (counts
 * as bigint, as the client delivers them), so the tests check the real engine's answers.
 */
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import type { SqlQuery } from 'cxkit/warehouse';

export async function openDuckDb(): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(':memory:');
  return instance.connect();
}

export async function runQuery(connection: DuckDBConnection, query: SqlQuery): Promise<Record<string, unknown>[]> {
  const reader = await connection.runAndReadAll(query.sql, [...query.parameters]);
  return reader.getRowObjectsJS() as Record<string, unknown>[];
}

/** A small seeded generator (mulberry32), so the generated data is the same every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** Quotes a name for the test's own CREATE TABLE statements. */
export const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;
