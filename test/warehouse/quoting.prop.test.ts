import { countScores, npsScale } from 'cxkit/metrics';
import { quoteIdentifier, scoreCountsFromRows, scoreCountsSql } from 'cxkit/warehouse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openDuckDb, runQuery } from './duckdb';

// Any name without NUL, including quotes, semicolons, comments, dots and line breaks.
const name = fc.string({ minLength: 1, maxLength: 24, unit: 'binary' }).filter((text) => !text.includes('\u0000'));

describe('quoted names in DuckDB', () => {
  it('any table and column name reaches its own table and column, and nothing else runs', async () => {
    const connection = await openDuckDb();
    await connection.run('CREATE TABLE keep (id INTEGER)');
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        name,
        name,
        fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 20 }),
        async (table, column, scores) => {
          // A fresh schema per run, so that names may repeat across runs.
          const schema = `run ${run++}`;
          await connection.run(`CREATE SCHEMA ${quoteIdentifier(schema)}`);
          const qualified = quoteIdentifier([schema, table]);
          await connection.run(`CREATE TABLE ${qualified} (${quoteIdentifier(column)} INTEGER)`);
          for (const score of scores) await connection.run(`INSERT INTO ${qualified} VALUES (${score})`);
          const query = scoreCountsSql({ table: [schema, table], score: column, scale: npsScale });
          const [all] = scoreCountsFromRows(await runQuery(connection, query), { scale: npsScale });
          expect(all?.summary).toEqual(countScores(scores, npsScale));
        },
      ),
      { numRuns: 60 },
    );
    const reader = await connection.runAndReadAll('SELECT COUNT(*) AS n FROM keep');
    expect(reader.getRowObjectsJS()).toEqual([{ n: 0n }]);
  });
});
