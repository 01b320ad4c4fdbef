import type { DuckDBConnection } from '@duckdb/node-api';
import { countScores, mergeCounts, nps, npsScale } from 'cxkit/metrics';
import { scoreCountsFromRows, scoreCountsSql } from 'cxkit/warehouse';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectCxError } from '../expectCxError';
import { openDuckDb, quoted, runQuery, seededRandom } from './duckdb';

// Names chosen to break naive quoting: a table and columns whose names end the quoted
// identifier and append a statement, and group values that would do the same in a literal.
const table = 'survey "responses"; DROP TABLE keep; --';
const scoreColumn = 'likelihood"); DROP TABLE keep; --';
const segmentColumn = 'segment.name';
const segments = ["enterprise'); DROP TABLE keep; --", 'smb', 'consumer'];
const periods = ['2026-01', '2026-02'];

interface Response {
  segment: string;
  period: string;
  score: number | null;
}

const responses: Response[] = [];
let connection: DuckDBConnection;

beforeAll(async () => {
  const random = seededRandom(10);
  for (let index = 0; index < 30_000; index++) {
    const roll = random();
    // Mostly valid 0–10 scores; a few NULL, off the scale or fractional to be counted as skipped.
    const score = roll < 0.002 ? null : roll < 0.004 ? 11 : roll < 0.006 ? 7.5 : Math.floor(random() * 11);
    responses.push({
      segment: segments[Math.floor(random() * segments.length)] as string,
      period: periods[Math.floor(random() * periods.length)] as string,
      score,
    });
  }
  connection = await openDuckDb();
  await connection.run('CREATE TABLE keep (id INTEGER)');
  await connection.run(
    `CREATE TABLE ${quoted(table)} (${quoted(segmentColumn)} VARCHAR, period VARCHAR, ${quoted(scoreColumn)} DOUBLE)`,
  );
  const appender = await connection.createAppender(table);
  for (const response of responses) {
    appender.appendVarchar(response.segment);
    appender.appendVarchar(response.period);
    if (response.score === null) appender.appendNull();
    else appender.appendDouble(response.score);
    appender.endRow();
  }
  appender.closeSync();
});

/** The in-process answer: countScores over the matching responses, NULL read as NaN. */
function countInProcess(keep: (response: Response) => boolean) {
  const scores = responses.filter(keep).map((response) => response.score ?? Number.NaN);
  return countScores(scores, npsScale, { invalid: 'skip' });
}

describe('score counts in DuckDB', () => {
  it('counts every score exactly as countScores does, ungrouped', async () => {
    const query = scoreCountsSql({ table, score: scoreColumn, scale: npsScale });
    const groups = scoreCountsFromRows(await runQuery(connection, query), { scale: npsScale, invalid: 'skip' });
    expect(groups).toHaveLength(1);
    expect(groups[0]?.key).toEqual([]);
    const expected = countInProcess(() => true);
    expect(expected.skipped).toBeGreaterThan(0);
    expect(groups[0]?.summary).toEqual(expected);
    expect(nps(groups[0]?.summary as never)).toEqual(nps(expected));
  });

  it('counts per segment and period, group values passed through as data', async () => {
    const query = scoreCountsSql({ table, score: scoreColumn, scale: npsScale, groupBy: [segmentColumn, 'period'] });
    const groups = scoreCountsFromRows(await runQuery(connection, query), {
      scale: npsScale,
      groups: 2,
      invalid: 'skip',
    });
    expect(groups).toHaveLength(segments.length * periods.length);
    for (const { key, summary } of groups) {
      const [segment, period] = key as [string, string];
      expect(segments).toContain(segment);
      expect(summary).toEqual(countInProcess((response) => response.segment === segment && response.period === period));
    }
    // The groups merge back to the ungrouped counts.
    const merged = groups.map((group) => group.summary).reduce(mergeCounts);
    expect(merged).toEqual(countInProcess(() => true));
  });

  it('refuses invalid scores by default, naming how many', async () => {
    const rows = await runQuery(connection, scoreCountsSql({ table, score: scoreColumn, scale: npsScale }));
    const skipped = countInProcess(() => true).skipped;
    const error = expectCxError(() => scoreCountsFromRows(rows, { scale: npsScale }), 'INVALID_VALUES');
    expect(error.details).toEqual({ invalidCount: skipped });
  });

  it('left the other table alone: no name injected a statement', async () => {
    const reader = await connection.runAndReadAll('SELECT COUNT(*) AS n FROM keep');
    expect(reader.getRowObjectsJS()).toEqual([{ n: 0n }]);
  });

  it('gives one empty group for an empty table', async () => {
    await connection.run('CREATE TABLE empty_responses (score INTEGER)');
    const rows = await runQuery(
      connection,
      scoreCountsSql({ table: 'empty_responses', score: 'score', scale: npsScale }),
    );
    const groups = scoreCountsFromRows(rows, { scale: npsScale });
    expect(groups).toEqual([{ key: [], summary: countScores([], npsScale) }]);
  });
});
