import { countScores, npsScale } from 'cxkit/metrics';
import { quoteIdentifier, scoreCountsFromRows, scoreCountsSql } from 'cxkit/warehouse';
import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { expectCxError } from '../expectCxError';
import { describeOnEngines } from './engines/engines';

// Any name without NUL, including quotes, semicolons, comments, dots, line breaks and
// characters outside the Basic Multilingual Plane.
const name = fc.string({ minLength: 1, maxLength: 24, unit: 'binary' }).filter((text) => !text.includes('\u0000'));
const bytes = (text: string) => new TextEncoder().encode(text).length;

describeOnEngines('quoted names', (engine) => {
  beforeAll(async () => {
    await engine().execute('CREATE TABLE keep (id INTEGER)');
  });

  it('any table and column name reaches its own table and column, and nothing else runs', async () => {
    const { dialect } = engine();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        name,
        name,
        fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 20 }),
        async (table, column, scores) => {
          // PostgreSQL would cut a name past 63 bytes: the builder refuses it instead.
          if (dialect === 'postgresql' && (bytes(table) > 63 || bytes(column) > 63)) {
            expectCxError(
              () => scoreCountsSql({ table: ['s', table], score: column, scale: npsScale, dialect }),
              'INVALID_IDENTIFIER',
            );
            return;
          }
          // A fresh schema per run, so that names may repeat across runs.
          const schema = `cx run ${run++}`;
          await engine().execute(`CREATE SCHEMA ${quoteIdentifier(schema)}`);
          const qualified = quoteIdentifier([schema, table]);
          await engine().execute(`CREATE TABLE ${qualified} (${quoteIdentifier(column)} INTEGER)`);
          for (const score of scores) await engine().execute(`INSERT INTO ${qualified} VALUES (${score})`);
          const query = scoreCountsSql({ table: [schema, table], score: column, scale: npsScale, dialect });
          const [all] = scoreCountsFromRows(await engine().run(query), { scale: npsScale });
          expect(all?.summary).toEqual(countScores(scores, npsScale));
          await engine().execute(`DROP SCHEMA ${quoteIdentifier(schema)} CASCADE`);
        },
      ),
      { numRuns: 60 },
    );
    const rows = await engine().run({ sql: 'SELECT COUNT(*) AS n FROM keep', parameters: [] });
    expect(Number(rows[0]?.n)).toBe(0);
  });
});
