import { npsScale } from 'cxkit/metrics';
import {
  durationSketchSql,
  quoteIdentifier,
  scoreCountsFromRows,
  scoreCountsSql,
  transferMomentsFromRows,
  transferMomentsSql,
} from 'cxkit/warehouse';
import { describe, expect, it } from 'vitest';
import { expectCxError } from '../expectCxError';

describe('quoteIdentifier', () => {
  it('doubles every double quote, so a name can never close its identifier', () => {
    expect(quoteIdentifier('a"b')).toBe('"a""b"');
    expect(quoteIdentifier('"')).toBe('""""');
    // Apart from the opening and closing quotes, every quote in the output is doubled.
    const quoted = quoteIdentifier('x" ; DROP TABLE t; --"');
    expect(quoted.slice(1, -1).replaceAll('""', '')).not.toContain('"');
  });

  it('keeps dots inside a string name; splits only an array into a qualified name', () => {
    expect(quoteIdentifier('crm.responses')).toBe('"crm.responses"');
    expect(quoteIdentifier(['crm', 'responses'])).toBe('"crm"."responses"');
  });

  it('refuses empty names, NUL characters and non-strings, naming the place', () => {
    expectCxError(() => quoteIdentifier('', 'table'), 'INVALID_IDENTIFIER', ['table']);
    expectCxError(() => quoteIdentifier('a\u0000b', 'score'), 'INVALID_IDENTIFIER', ['score']);
    expectCxError(() => quoteIdentifier([], 'table'), 'INVALID_IDENTIFIER', ['table']);
    // A lone surrogate has no UTF-8 form: a client would send U+FFFD, naming another column.
    expectCxError(() => quoteIdentifier('score\ud800', 'score'), 'INVALID_IDENTIFIER', ['score']);
    expect(quoteIdentifier('😀')).toBe('"😀"');
    expectCxError(() => quoteIdentifier(['crm', 7 as never], 'table'), 'INVALID_IDENTIFIER', ['table[1]']);
    expectCxError(
      () => scoreCountsSql({ table: 't', score: 's', scale: npsScale, groupBy: ['ok', ''] }),
      'INVALID_IDENTIFIER',
      ['groupBy[1]'],
    );
  });
});

describe('SQL builders', () => {
  it('put numbers in parameters, names in quotes, and nothing from the user unquoted', () => {
    const query = transferMomentsSql({
      table: ['s', 't'],
      outcome: 'y',
      drivers: ['x'],
      groupBy: ['g'],
    });
    expect(query.parameters).toEqual([]);
    expect(query.sql).toContain('FROM "s"."t" AS "cx_table"');
    expect(query.sql).toContain('"cx_table"."g" AS "group_0"');
  });

  it('refuse unknown options and dialects', () => {
    expectCxError(() => durationSketchSql({ table: 't', duration: 'd', dialect: 'mysql' as never }), 'INVALID_OPTION', [
      'dialect',
    ]);
    expectCxError(
      () => scoreCountsSql({ table: 't', score: 's', scale: npsScale, where: '1=1' } as never),
      'UNKNOWN_OPTION',
    );
    expectCxError(
      () => transferMomentsSql({ table: 't', outcome: 'y', drivers: ['x'], shift: [1] } as never),
      'UNKNOWN_OPTION',
    );
  });
});

describe('row readers', () => {
  it('read counts from numbers, bigints and numeric strings alike', () => {
    const rows = [
      { cx_score: 10, cx_count: 3, cx_result_rows: 3 },
      { cx_score: 9n, cx_count: 2n, cx_result_rows: 3n },
      { cx_score: '0', cx_count: '5', cx_result_rows: '3' },
    ];
    const [all] = scoreCountsFromRows(rows, { scale: npsScale });
    expect(all?.summary.counts).toEqual([5, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3]);
  });

  it('name the row and column of a value that is not what the query returns', () => {
    expectCxError(
      () => scoreCountsFromRows([{ cx_score: 10, cx_count: -1, cx_result_rows: 1 }], { scale: npsScale }),
      'INVALID_ROWS',
      ['rows', 0, 'cx_count'],
    );
    expectCxError(
      () => scoreCountsFromRows([{ cx_score: 12, cx_count: 1, cx_result_rows: 1 }], { scale: npsScale }),
      'INVALID_ROWS',
      ['rows', 0, 'cx_score'],
    );
    expectCxError(
      () => scoreCountsFromRows([{ cx_score: 1, cx_count: 1, cx_result_rows: 1 }], { scale: npsScale, groups: 1 }),
      'INVALID_ROWS',
      ['rows', 0, 'group_0'],
    );
    expectCxError(() => scoreCountsFromRows('rows' as never, { scale: npsScale }), 'INVALID_ROWS');
    // Rows without the result's row count cannot show they are the whole result.
    expectCxError(() => scoreCountsFromRows([{ cx_score: 1, cx_count: 1 }], { scale: npsScale }), 'INVALID_ROWS', [
      'rows',
      0,
      'cx_result_rows',
    ]);
  });

  it('report lost precision instead of returning a negative sum of squares', () => {
    // Σx² = 1 but (Σx)²/n = 4: impossible for real sums, what cancellation can produce.
    const row = {
      cx_state: 0,
      cx_count: 1n,
      cx_shift_0: 0,
      cx_shift_1: 0,
      cx_sum_0: 1,
      cx_sum_1: 2,
      cx_product_0_0: 1,
      cx_product_0_1: 2,
      cx_product_1_1: 1,
      cx_result_rows: 1n,
    };
    expectCxError(() => transferMomentsFromRows([row], { drivers: ['x'] }), 'PRECISION_LOST', [
      'rows',
      0,
      'cx_product_1_1',
    ]);
  });
});
