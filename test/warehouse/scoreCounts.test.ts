import { bucketByPeriod } from 'cxkit/core';
import { countScores, mergeCounts, npsFromCounts, npsScale } from 'cxkit/metrics';
import { scoreCountsFromRows, scoreCountsSql } from 'cxkit/warehouse';
import { beforeAll, expect, it } from 'vitest';
import { expectCxError } from '../expectCxError';
import { describeOnEngines, quoted, seededRandom } from './engines/engines';

// Names chosen to break naive quoting: a table and columns whose names end the quoted
// identifier and append a statement, and group values that would do the same in a literal.
const table = 'survey "responses"; DROP TABLE keep; --';
const scoreColumn = 'likelihood"); DROP TABLE keep; --';
const segmentColumn = 'segment.name';
const segments = ["enterprise'); DROP TABLE keep; --", 'smb', 'consumer', null];
const periods = ['2026-01', '2026-02'];

interface Response {
  segment: string | null;
  period: string;
  score: number | null;
}

const responses: Response[] = [];
const random = seededRandom(10);
for (let index = 0; index < 30_000; index++) {
  const roll = random();
  // Mostly valid 0–10 scores; some NULL, NaN, infinite, negative, off the scale or
  // fractional, to be counted as skipped exactly as countScores skips them.
  const score =
    roll < 0.002
      ? null
      : roll < 0.003
        ? Number.NaN
        : roll < 0.0035
          ? Number.POSITIVE_INFINITY
          : roll < 0.004
            ? -3
            : roll < 0.005
              ? 11
              : roll < 0.006
                ? 7.5
                : Math.floor(random() * 11);
  responses.push({
    segment: segments[Math.floor(random() * segments.length)] as string | null,
    period: periods[Math.floor(random() * periods.length)] as string,
    score,
  });
}
// One segment whose every score is invalid: a group with no valid response.
for (let index = 0; index < 5; index++) responses.push({ segment: 'no valid score', period: '2026-01', score: null });

/** The in-process answer: countScores over the matching responses, NULL read as NaN. */
function countInProcess(keep: (response: Response) => boolean) {
  const scores = responses.filter(keep).map((response) => response.score ?? Number.NaN);
  return countScores(scores, npsScale, { invalid: 'skip' });
}

describeOnEngines('score counts', (engine) => {
  beforeAll(async () => {
    await engine().execute('CREATE TABLE keep (id INTEGER)');
    await engine().load(table, [
      { name: segmentColumn, type: 'text', values: responses.map((response) => response.segment) },
      { name: 'period', type: 'text', values: responses.map((response) => response.period) },
      { name: scoreColumn, type: 'double', values: responses.map((response) => response.score) },
    ]);
  });

  it('counts every score exactly as countScores does, ungrouped', async () => {
    const query = scoreCountsSql({ table, score: scoreColumn, scale: npsScale, dialect: engine().dialect });
    const groups = scoreCountsFromRows(await engine().run(query), { scale: npsScale, invalid: 'skip' });
    expect(groups).toHaveLength(1);
    expect(groups[0]?.key).toEqual([]);
    const expected = countInProcess(() => true);
    expect(expected.skipped).toBeGreaterThan(100);
    expect(groups[0]?.summary).toEqual(expected);
    expect(npsFromCounts(groups[0]?.summary as never)).toEqual(npsFromCounts(expected));
  });

  it('counts per segment and period, NULL and hostile group values passed through as data', async () => {
    const query = scoreCountsSql({
      table,
      score: scoreColumn,
      scale: npsScale,
      groupBy: [segmentColumn, 'period'],
      dialect: engine().dialect,
    });
    const groups = scoreCountsFromRows(await engine().run(query), { scale: npsScale, groups: 2, invalid: 'skip' });
    expect(groups).toHaveLength(segments.length * periods.length + 1);
    const keys = groups.map((group) => JSON.stringify(group.key));
    expect(keys).toContain(JSON.stringify([null, '2026-02']));
    expect(keys).toContain(JSON.stringify(["enterprise'); DROP TABLE keep; --", '2026-01']));
    for (const { key, summary } of groups) {
      const [segment, period] = key as [string | null, string];
      expect(summary).toEqual(countInProcess((response) => response.segment === segment && response.period === period));
    }
    // The group with no valid score is there, with every count zero and its rows skipped.
    const empty = groups.find((group) => group.key[0] === 'no valid score');
    expect(empty?.summary.counts.every((count) => count === 0)).toBe(true);
    expect(empty?.summary.skipped).toBe(5);
    // The groups merge back to the ungrouped counts.
    const merged = groups.map((group) => group.summary).reduce(mergeCounts);
    expect(merged).toEqual(countInProcess(() => true));
  });

  it('refuses invalid scores by default, naming how many', async () => {
    const rows = await engine().run(
      scoreCountsSql({ table, score: scoreColumn, scale: npsScale, dialect: engine().dialect }),
    );
    const skipped = countInProcess(() => true).skipped;
    const error = expectCxError(() => scoreCountsFromRows(rows, { scale: npsScale }), 'INVALID_VALUES');
    expect(error.details).toEqual({ invalidCount: skipped });
  });

  it('refuses a result cut short or two results put together, never summarizing part of one', async () => {
    const query = scoreCountsSql({
      table,
      score: scoreColumn,
      scale: npsScale,
      groupBy: ['period'],
      dialect: engine().dialect,
    });
    const rows = await engine().run(query);
    expectCxError(
      () => scoreCountsFromRows(rows.slice(0, -1), { scale: npsScale, groups: 1, invalid: 'skip' }),
      'INCOMPLETE_ROWS',
      ['rows', 0, 'cx_result_rows'],
    );
    expectCxError(
      () => scoreCountsFromRows([...rows, ...rows], { scale: npsScale, groups: 1, invalid: 'skip' }),
      'INCOMPLETE_ROWS',
    );
  });

  it('left the other table alone: no name injected a statement', async () => {
    const rows = await engine().run({ sql: 'SELECT COUNT(*) AS n FROM keep', parameters: [] });
    expect(Number(rows[0]?.n)).toBe(0);
  });

  it('gives one empty group for an empty table, and no group when grouped', async () => {
    await engine().execute('CREATE TABLE empty_responses (score INTEGER, segment TEXT)');
    const { dialect } = engine();
    const rows = await engine().run(
      scoreCountsSql({ table: 'empty_responses', score: 'score', scale: npsScale, dialect }),
    );
    expect(scoreCountsFromRows(rows, { scale: npsScale })).toEqual([{ key: [], summary: countScores([], npsScale) }]);
    const grouped = await engine().run(
      scoreCountsSql({ table: 'empty_responses', score: 'score', scale: npsScale, groupBy: ['segment'], dialect }),
    );
    expect(scoreCountsFromRows(grouped, { scale: npsScale, groups: 1 })).toEqual([]);
  });

  it('counts integer, numeric and real score columns alike', async () => {
    const { dialect } = engine();
    await engine().execute(
      `CREATE TABLE typed AS SELECT CAST(s AS INTEGER) AS "integer", CAST(s AS NUMERIC(4, 1)) AS "numeric", CAST(s AS REAL) AS "real", CAST(s AS BIGINT) AS "bigint" FROM (VALUES (0), (6), (9), (10), (10)) AS v(s)`,
    );
    for (const column of ['integer', 'numeric', 'real', 'bigint']) {
      const rows = await engine().run(scoreCountsSql({ table: 'typed', score: column, scale: npsScale, dialect }));
      // 0 and 6 detract, 9, 10, 10 promote: (3 − 2) / 5 = 20.
      expect(npsFromCounts(scoreCountsFromRows(rows, { scale: npsScale })[0]?.summary as never).score).toBe(20);
    }
    expect(quoted('x')).toBe('"x"');
  });

  it('groups by month in the team’s time zone, whatever the session’s zone', async () => {
    const { dialect } = engine();
    // Instants within hours of New York's month boundaries (05:00 UTC in winter, 04:00 in
    // summer), where the UTC month and the New York month differ.
    const instants: number[] = [];
    const scores: number[] = [];
    const generator = seededRandom(40);
    for (const boundary of ['2026-02-01T05:00:00Z', '2026-03-01T05:00:00Z', '2026-04-01T04:00:00Z']) {
      for (let index = 0; index < 400; index++) {
        instants.push(Date.parse(boundary) + Math.round((generator() - 0.5) * 12 * 3_600_000));
        scores.push(Math.floor(generator() * 11));
      }
    }
    // By hand: one second before 2026-03-01 05:00 UTC is still February in New York.
    instants.push(Date.parse('2026-03-01T04:59:59Z'));
    scores.push(10);
    await engine().load('dated_responses', [
      { name: 'submitted_s', type: 'double', values: instants.map((instant) => instant / 1000) },
      { name: 'score', type: 'integer', values: scores },
    ]);
    // The month is made in a view with the zone written out; the session's own zone is
    // set far from it to show it plays no part.
    await engine().execute("SET TimeZone = 'Pacific/Kiritimati'");
    const month =
      dialect === 'postgresql'
        ? "to_char(to_timestamp(submitted_s) AT TIME ZONE 'America/New_York', 'YYYY-MM')"
        : "strftime(timezone('America/New_York', to_timestamp(submitted_s)), '%Y-%m')";
    await engine().execute(`CREATE VIEW monthly AS SELECT ${month} AS month, score FROM dated_responses`);
    const rows = await engine().run(
      scoreCountsSql({ table: 'monthly', score: 'score', scale: npsScale, groupBy: ['month'], dialect }),
    );
    const groups = scoreCountsFromRows(rows, { scale: npsScale, groups: 1 });
    const buckets = bucketByPeriod(instants, 'month', { timeZone: 'America/New_York' });
    expect(groups.map((group) => group.key[0])).toEqual(buckets.periods.map((period) => period.label));
    groups.forEach((group, period) => {
      const inPeriod = scores.filter((_, index) => buckets.periodIndex[index] === period);
      expect(group.summary).toEqual(countScores(inPeriod, npsScale));
    });
    const february = groups.find((group) => group.key[0] === '2026-02');
    const lastSecond = instants.length - 1;
    expect(buckets.periods[buckets.periodIndex[lastSecond] as number]?.label).toBe('2026-02');
    expect(february?.summary.counts[10]).toBeGreaterThan(0);
  });
});
