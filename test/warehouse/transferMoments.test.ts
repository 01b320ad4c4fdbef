import {
  fitTransferFunction,
  fitTransferFunctionFromMoments,
  mergeTransferMoments,
  type TransferMoments,
  transferMoments,
} from 'cxkit/transfer';
import { explainQueryFailure, transferMomentsFromRows, transferMomentsSql } from 'cxkit/warehouse';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectCxError } from '../expectCxError';
import { describeOnEngines, quoted, seededRandom } from './engines/engines';

const table = 'branch weeks';
const drivers = ['wait "minutes"', 'first-contact resolution', 'staff per 100 visits', 'order amount'];
const regions = ['north', 'south', "east'; --", null];
const rowsPerRun = 20_000;

interface Rows {
  region: (string | null)[];
  outcome: Float64Array;
  columns: Float64Array[];
}

const data: Rows = {
  region: [],
  outcome: new Float64Array(rowsPerRun),
  columns: drivers.map(() => new Float64Array(rowsPerRun)),
};
const random = seededRandom(20);
const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
for (let row = 0; row < rowsPerRun; row++) {
  // Means far from zero next to their spread (1000 ± 10, and an amount at 10⁶ ± 100):
  // the columns where raw sums of products lose their digits to cancellation.
  const wait = 1000 + 10 * normal();
  const resolution = 500 + 5 * normal();
  const staff = 250 + 2 * normal() + 0.3 * (wait - 1000);
  const amount = 1e6 + 100 * normal();
  data.region.push(regions[row % regions.length] as string | null);
  (data.columns[0] as Float64Array)[row] = wait;
  (data.columns[1] as Float64Array)[row] = resolution;
  (data.columns[2] as Float64Array)[row] = staff;
  (data.columns[3] as Float64Array)[row] = amount;
  data.outcome[row] = 3000 - 0.8 * wait + 1.5 * resolution + 0.4 * staff + 0.02 * (amount - 1e6) + 3 * normal();
}
// Missing values: NULL (NaN in process) in a few rows, NaN in one, every value of one
// region's first 40 rows (a group that keeps rows); dropped listwise in both places.
for (const row of [3, 17, 256, 9999]) (data.columns[row % drivers.length] as Float64Array)[row] = Number.NaN;
data.outcome[4242] = Number.NaN;

function inProcess(keep: (row: number) => boolean): TransferMoments {
  const indexes = Array.from({ length: rowsPerRun }, (_, row) => row).filter(keep);
  const pick = (column: Float64Array) => Float64Array.from(indexes, (row) => column[row] as number);
  return transferMoments(
    {
      outcome: pick(data.outcome),
      drivers: Object.fromEntries(drivers.map((name, index) => [name, pick(data.columns[index] as Float64Array)])),
    },
    { missing: 'drop' },
  );
}

/** The largest relative difference between two arrays of numbers, against the larger magnitude of each pair. */
function relativeDifference(actual: readonly number[], expected: readonly number[]): number {
  return Math.max(
    ...expected.map((value, index) => Math.abs((actual[index] as number) - value) / Math.max(Math.abs(value), 1e-300)),
  );
}

function expectSameFit(actual: TransferMoments, expected: TransferMoments, tolerance: number) {
  expect([actual.n, actual.dropped]).toEqual([expected.n, expected.dropped]);
  expect(relativeDifference(actual.means, expected.means)).toBeLessThan(tolerance);
  expect(relativeDifference(actual.crossProducts.flat(), expected.crossProducts.flat())).toBeLessThan(tolerance);
  const fitted = fitTransferFunctionFromMoments(actual);
  const reference = fitTransferFunctionFromMoments(expected);
  const estimates = (fit: typeof fitted) => [
    fit.intercept.estimate,
    fit.intercept.standardError,
    ...drivers.flatMap((name) => [
      fit.coefficients[name]?.estimate as number,
      fit.coefficients[name]?.standardError as number,
    ]),
  ];
  expect(relativeDifference(estimates(fitted), estimates(reference))).toBeLessThan(tolerance);
  expect(Math.abs(fitted.rSquared - reference.rSquared)).toBeLessThan(tolerance);
}

/**
 * An independent reference for the centered sums: two passes in compensated (Neumaier)
 * summation — the mean, then Σ(a − ā)(b − b̄) with the first-order correction for the
 * mean's own rounding — accurate to a few units in the last place.
 */
function exactCentered(first: ArrayLike<number>, second: ArrayLike<number>): number {
  const sum = (term: (index: number) => number) => {
    let total = 0;
    let compensation = 0;
    for (let index = 0; index < first.length; index++) {
      const value = term(index);
      const next = total + value;
      compensation += Math.abs(total) >= Math.abs(value) ? total - next + value : value - next + total;
      total = next;
    }
    return total + compensation;
  };
  const n = first.length;
  const meanFirst = sum((index) => first[index] as number) / n;
  const meanSecond = sum((index) => second[index] as number) / n;
  const residualFirst = sum((index) => (first[index] as number) - meanFirst);
  const residualSecond = sum((index) => (second[index] as number) - meanSecond);
  return (
    sum((index) => ((first[index] as number) - meanFirst) * ((second[index] as number) - meanSecond)) -
    (residualFirst * residualSecond) / n
  );
}

describeOnEngines('transfer moments', (engine) => {
  beforeAll(async () => {
    const nullable = (column: Float64Array) => Array.from(column, (value) => (Number.isNaN(value) ? null : value));
    await engine().load(table, [
      { name: 'region', type: 'text', values: data.region },
      { name: 'nps', type: 'double', values: nullable(data.outcome) },
      ...drivers.map((name, index) => ({
        name,
        type: 'double' as const,
        values: nullable(data.columns[index] as Float64Array),
      })),
    ]);
    // One NaN as the engine stores it (not NULL): missing, as NaN is in process.
    await engine().execute(`UPDATE ${quoted(table)} SET nps = CAST('NaN' AS DOUBLE PRECISION) WHERE nps IS NULL`);
  });

  it('gives the moments and fit of one in-process pass to 1e-9, with columns near 10⁶', async () => {
    const query = transferMomentsSql({ table, outcome: 'nps', drivers, dialect: engine().dialect });
    const [group] = transferMomentsFromRows(await engine().run(query), { drivers, missing: 'drop' });
    const summary = group?.summary as TransferMoments;
    expect(summary.dropped).toBe(5);
    expectSameFit(
      summary,
      inProcess(() => true),
      1e-9,
    );
    // The in-process fit on the raw columns agrees too.
    const direct = fitTransferFunction(
      {
        outcome: data.outcome,
        drivers: Object.fromEntries(drivers.map((name, index) => [name, data.columns[index] as Float64Array])),
      },
      { missing: 'drop' },
    );
    expect(Math.abs(fitTransferFunctionFromMoments(summary).rSquared - direct.rSquared)).toBeLessThan(1e-9);
  });

  it('per region (NULL region included), and the regions merge back to the whole', async () => {
    const query = transferMomentsSql({
      table,
      outcome: 'nps',
      drivers,
      groupBy: ['region'],
      dialect: engine().dialect,
    });
    const groups = transferMomentsFromRows(await engine().run(query), { drivers, groups: 1, missing: 'drop' });
    expect(groups.map((group) => group.key[0])).toEqual(["east'; --", 'north', 'south', null]);
    for (const { key, summary } of groups) {
      expectSameFit(
        summary,
        inProcess((row) => data.region[row] === key[0]),
        1e-9,
      );
    }
    const merged = groups.map((group) => group.summary).reduce(mergeTransferMoments);
    expect(merged.dropped).toBe(5);
    expectSameFit(
      merged,
      inProcess(() => true),
      1e-9,
    );
  });

  it('keeps the digits of a driver at 10⁶ ± 100 that raw sums of products lose', async () => {
    const { dialect } = engine();
    const n = 200_000;
    const amount = new Float64Array(n);
    const outcome = new Float64Array(n);
    const generator = seededRandom(7);
    const gaussian = () => Math.sqrt(-2 * Math.log(1 - generator())) * Math.cos(2 * Math.PI * generator());
    for (let row = 0; row < n; row++) {
      amount[row] = 1e6 + 100 * gaussian();
      outcome[row] = 50 + 0.3 * ((amount[row] as number) - 1e6) + 10 * gaussian();
    }
    await engine().load('amounts', [
      { name: 'satisfaction', type: 'double', values: outcome },
      { name: 'amount', type: 'double', values: amount },
    ]);
    const query = transferMomentsSql({ table: 'amounts', outcome: 'satisfaction', drivers: ['amount'], dialect });
    const [group] = transferMomentsFromRows(await engine().run(query), { drivers: ['amount'] });
    const summary = group?.summary as TransferMoments;
    const reference = [exactCentered(outcome, outcome), exactCentered(outcome, amount), exactCentered(amount, amount)];
    const shifted = [summary.crossProducts[0]?.[0], summary.crossProducts[0]?.[1], summary.crossProducts[1]?.[1]];
    // With the engine's means as shifts: within 1e-12 of the reference (measured ~1e-14).
    expect(relativeDifference(shifted as number[], reference)).toBeLessThan(1e-12);
    // Raw sums, as the query summed before: Σx² ≈ 2·10¹⁷ against a centered 2·10⁹.
    const [raw] = await engine().run({
      sql: 'SELECT COUNT(*) AS n, SUM(amount) AS s, SUM(amount * amount) AS ss FROM amounts',
      parameters: [],
    });
    const rawCentered = Number(raw?.ss) - (Number(raw?.s) * Number(raw?.s)) / n;
    expect(Math.abs(rawCentered - (reference[2] as number)) / (reference[2] as number)).toBeGreaterThan(1e-9);
  });

  it('with center: "group", groups far apart keep their digits too', async () => {
    const { dialect } = engine();
    // Two stores whose amounts sit 10⁶ apart, each spread by ±100: far from the table's
    // mean next to their own spread, where sums around the table's mean lose digits.
    const n = 20_000;
    const store = Int32Array.from({ length: n }, (_, row) => row % 2);
    const amount = new Float64Array(n);
    const outcome = new Float64Array(n);
    const generator = seededRandom(8);
    const gaussian = () => Math.sqrt(-2 * Math.log(1 - generator())) * Math.cos(2 * Math.PI * generator());
    for (let row = 0; row < n; row++) {
      amount[row] = 1e6 + 1e6 * (store[row] as number) + 100 * gaussian();
      outcome[row] = 50 + 0.3 * ((amount[row] as number) % 1e6) + 10 * gaussian();
    }
    await engine().load('stores', [
      { name: 'store', type: 'integer', values: store },
      { name: 'satisfaction', type: 'double', values: outcome },
      { name: 'amount', type: 'double', values: amount },
    ]);
    const options = { table: 'stores', outcome: 'satisfaction', drivers: ['amount'], groupBy: ['store'], dialect };
    const read = async (center: 'table' | 'group') =>
      transferMomentsFromRows(await engine().run(transferMomentsSql({ ...options, center })), {
        drivers: ['amount'],
        groups: 1,
      });
    const errors = async (center: 'table' | 'group') =>
      (await read(center)).map(({ key, summary }) => {
        const keep = Array.from({ length: n }, (_, row) => row).filter((row) => store[row] === Number(key[0]));
        const pick = (column: Float64Array) => Float64Array.from(keep, (row) => column[row] as number);
        const reference = exactCentered(pick(amount), pick(amount));
        return Math.abs((summary.crossProducts[1]?.[1] as number) - reference) / reference;
      });
    // Around each store's own mean: within 1e-12 of the reference.
    expect(Math.max(...(await errors('group')))).toBeLessThan(1e-12);
    // Around the table's mean (5,000 spreads away): digits lost, as the guide states.
    expect(Math.max(...(await errors('table')))).toBeGreaterThan(1e-10);
  });

  it('gives empty moments for a group whose every row has a missing value, and for an empty table', async () => {
    const { dialect } = engine();
    await engine().execute(
      'CREATE TABLE sparse AS SELECT * FROM (VALUES (1, 7.0, 4.0), (1, 8.0, 2.0), (1, 9.0, 0.0), (2, NULL, 1.0), (2, 3.0, NULL)) AS v(g, y, x)',
    );
    const query = transferMomentsSql({ table: 'sparse', outcome: 'y', drivers: ['x'], groupBy: ['g'], dialect });
    const groups = transferMomentsFromRows(await engine().run(query), { drivers: ['x'], groups: 1, missing: 'drop' });
    // By hand: group 1 is (7, 4), (8, 2), (9, 0): means 8 and 2, Syy 2, Sxy −4, Sxx 8.
    expect(groups.map((entry) => Number(entry.key[0]))).toEqual([1, 2]);
    expect(groups[0]?.summary.means).toEqual([8, 2]);
    expect(groups[0]?.summary.crossProducts).toEqual([
      [2, -4],
      [-4, 8],
    ]);
    expect(groups[1]?.summary).toMatchObject({ n: 0, dropped: 2, means: [0, 0] });
    await engine().execute('CREATE TABLE no_rows (y DOUBLE PRECISION, x DOUBLE PRECISION)');
    const empty = await engine().run(transferMomentsSql({ table: 'no_rows', outcome: 'y', drivers: ['x'], dialect }));
    expect(transferMomentsFromRows(empty, { drivers: ['x'] })[0]?.summary).toMatchObject({ n: 0, dropped: 0 });
  });

  it('refuses rows with NULL or NaN unless told to drop them, and infinite values always', async () => {
    const { dialect } = engine();
    const rows = await engine().run(transferMomentsSql({ table, outcome: 'nps', drivers, dialect }));
    const error = expectCxError(() => transferMomentsFromRows(rows, { drivers }), 'MISSING_VALUES');
    expect(error.details).toEqual({ count: 5 });
    await engine().execute(
      "CREATE TABLE infinite AS SELECT * FROM (VALUES (1.0, 2.0), (2.0, CAST('-Infinity' AS DOUBLE PRECISION)), (3.0, 5.0)) AS v(y, x)",
    );
    const infinite = await engine().run(
      transferMomentsSql({ table: 'infinite', outcome: 'y', drivers: ['x'], dialect }),
    );
    const refused = expectCxError(
      () => transferMomentsFromRows(infinite, { drivers: ['x'], missing: 'drop' }),
      'INFINITE_VALUES',
    );
    expect(refused.details).toEqual({ count: 1 });
  });

  it('refuses sums that overflowed, whichever way the engine reports it', async () => {
    const { dialect } = engine();
    await engine().execute(
      'CREATE TABLE huge AS SELECT * FROM (VALUES (1.0, 2.0e200), (2.0, -2.0e200), (3.0, 0.0)) AS v(y, x)',
    );
    const query = transferMomentsSql({ table: 'huge', outcome: 'y', drivers: ['x'], dialect });
    const outcome = await engine()
      .run(query)
      .then(
        (rows) => expectCxError(() => transferMomentsFromRows(rows, { drivers: ['x'] }), 'VALUES_TOO_LARGE'),
        (error: unknown) => explainQueryFailure(error, query),
      );
    // DuckDB sums to Infinity, which the reader refuses; PostgreSQL stops with an overflow error.
    expect(outcome.code).toBe(dialect === 'duckdb' ? 'VALUES_TOO_LARGE' : 'QUERY_FAILED');
    if (dialect === 'postgresql') expect(outcome.message).toContain('overflow');
  });

  it('reads a table or column named like the query’s own aliases', async () => {
    const { dialect } = engine();
    await engine().execute(
      'CREATE TABLE cx_shift AS SELECT * FROM (VALUES (1.0, 2.0, 3.0), (2.0, 4.0, 1.0), (4.0, 5.0, 0.0)) AS v(cx_shift_0, cx_value_1, cx_table)',
    );
    const query = transferMomentsSql({
      table: 'cx_shift',
      outcome: 'cx_shift_0',
      drivers: ['cx_value_1'],
      groupBy: ['cx_table'],
      dialect,
    });
    const groups = transferMomentsFromRows(await engine().run(query), { drivers: ['cx_value_1'], groups: 1 });
    expect(groups.map((entry) => [Number(entry.key[0]), entry.summary.means])).toEqual([
      [0, [4, 5]],
      [1, [2, 4]],
      [3, [1, 2]],
    ]);
  });
});

describe('transferMomentsFromRows on hand-made rows', () => {
  it('sets to zero a sum of squares that rounding alone brought below zero, and refuses a larger one', () => {
    const row = {
      cx_state: 0,
      cx_count: 4n,
      cx_shift_0: 0,
      cx_shift_1: 0,
      cx_sum_0: 4,
      cx_sum_1: 8,
      cx_product_0_0: 4,
      cx_product_0_1: 8,
      cx_result_rows: 1n,
    };
    // Σx² = 16 − 1 ulp against (Σx)²/n = 16: a constant column, rounded.
    const rounded = { ...row, cx_product_1_1: 16 - 16 * Number.EPSILON };
    expect(transferMomentsFromRows([rounded], { drivers: ['x'] })[0]?.summary.crossProducts[1]?.[1]).toBe(0);
    expectCxError(
      () => transferMomentsFromRows([{ ...row, cx_product_1_1: 15 }], { drivers: ['x'] }),
      'PRECISION_LOST',
      ['rows', 0, 'cx_product_1_1'],
    );
  });
});
