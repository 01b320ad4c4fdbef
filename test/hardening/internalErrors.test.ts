/**
 * Inputs the adversarial test (adversarial.prop.test.ts) and the outside audit met that
 * ended in a TypeError, a RangeError, a hang or a NaN — each now a CxError naming the
 * place. Bad options are asserted by CxError-ness and path, not by code, as the code of a
 * bad option is being unified.
 */
import { describe, expect, it } from 'vitest';
import { bucketByPeriod, CxError, combineRuleRegistries, defineRuleRegistry } from '../../src/core/index';
import { fundPortfolio } from '../../src/governance/index';
import { compareJourneyMeasures, measureJourney, summarizeDurations } from '../../src/journeys/index';
import { commitmentsModel, compareAssessments, scoreAssessment } from '../../src/maturity/index';
import {
  compareCes,
  compareCsat,
  compareNps,
  countScores,
  csat,
  defineScale,
  findRecurringDips,
  mergeCounts,
  npsScale,
  scoreSeries,
} from '../../src/metrics/index';
import { scoreSeriesChart } from '../../src/render/index';
import { propagateChange } from '../../src/transfer/index';
import {
  durationSketchSql,
  durationSummaryFromRows,
  explainQueryFailure,
  quoteIdentifier,
  scoreCountsFromRows,
  scoreCountsSql,
  transferMomentsFromRows,
  transferMomentsSql,
} from '../../src/warehouse/index';
import { analyzeWorkspace, workspaceReport } from '../../src/workspace/index';
import { expectCxError } from '../expectCxError';
import { engineCase, engineRepair } from '../journeys/engineRepairJourney';

/** Asserts that `compute` throws a CxError at `path` (any code) and returns it. */
function expectRefused(compute: () => unknown, path: readonly (string | number)[]): CxError {
  let thrown: unknown;
  try {
    compute();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'expected a CxError').toBeInstanceOf(CxError);
  expect((thrown as CxError).path).toEqual(path);
  return thrown as CxError;
}

/** A copy of `values` with a hole at `index`, as a sparse array from a caller has. */
function withHole<Value>(values: readonly Value[], index: number): Value[] {
  const sparse = new Array<Value>(values.length);
  values.forEach((value, position) => {
    if (position !== index) sparse[position] = value;
  });
  return sparse;
}

// An array may hold anything a caller's data holds: these reach the counting loop.
const hostileScore = Object.create(null) as number;

describe('a required argument left out', () => {
  it('is refused by name in metrics', () => {
    expectRefused(() => countScores([9, 10], undefined as never), ['scale']);
    expectRefused(() => defineScale(undefined as never), ['input']);
    expectRefused(() => mergeCounts(undefined as never, undefined as never), ['left']);
    expectRefused(() => mergeCounts(countScores([9], npsScale), undefined as never), ['right']);
    expectRefused(() => findRecurringDips([] as never, undefined as never), ['options']);
  });

  it('is refused by name in the SQL builders and row readers', () => {
    expectRefused(() => scoreCountsSql(undefined as never), ['options']);
    expectRefused(() => transferMomentsSql(undefined as never), ['options']);
    expectRefused(() => durationSketchSql(undefined as never), ['options']);
    expectRefused(() => scoreCountsFromRows([], undefined as never), ['options']);
    expectRefused(() => transferMomentsFromRows([], undefined as never), ['options']);
  });
});

describe('scores that are not numbers', () => {
  it('an object without a prototype in a comparison is an invalid score at its index, not a TypeError', () => {
    for (const compare of [compareNps, compareCsat, compareCes]) {
      const error = expectCxError(() => compare([5, hostileScore, 4], [5, 4]), 'INVALID_SCORES', ['a', 1]);
      expect(error.message).toContain('an object at index 1');
    }
  });

  it('a Date is refused, not counted as its epoch milliseconds', () => {
    // new Date(9) compares as 9, which used to count as a promoter.
    expectCxError(() => countScores([new Date(9) as never, 10], npsScale), 'INVALID_SCORES', ['scores', 0]);
    expect(countScores([new Date(9) as never, 10], npsScale, { invalid: 'skip' }).counts[9]).toBe(0);
  });

  it('an object among durations is refused at its index', () => {
    expectCxError(() => summarizeDurations([5, {} as never]), 'INVALID_DURATIONS', [1]);
  });
});

describe('a hand-written scale', () => {
  const scale = (favorable: { from: number; to: number }, max = 5) => ({ name: 'stars', min: 1, max, favorable });

  it('with a fractional band is refused, never a NaN CSAT', () => {
    const error = expectCxError(() => csat([1, 4, 5], { scale: scale({ from: 0.5, to: 5 }) }), 'INVALID_SCALE', [
      'scale',
      'favorable',
    ]);
    expect(error.message).toContain('not 0.5–5');
  });

  it('with a bound of 1e308 is refused at once instead of looping or sizing a count array by it', () => {
    expectCxError(() => csat([1, 4, 5], { scale: scale({ from: 4, to: 1e308 }) }), 'INVALID_SCALE', [
      'scale',
      'favorable',
    ]);
    expectCxError(() => csat([1, 4, 5], { scale: scale({ from: 4, to: 1e308 }, 1e308) }), 'INVALID_SCALE', [
      'scale',
      'max',
    ]);
    expectCxError(
      () => scoreSeries([{ at: 0, score: 4 }], { metric: 'csat', unit: 'month', scale: scale({ from: 4, to: 1e308 }) }),
      'INVALID_SCALE',
      ['scale', 'favorable'],
    );
  });

  it('with an unknown key is refused at the key, inside the band when it is there', () => {
    expectCxError(
      () => csat([1, 4, 5], { scale: { ...scale({ from: 4, to: 5 }), top: 5 } as never }),
      'UNKNOWN_OPTION',
      ['scale', 'top'],
    );
    expectCxError(() => csat([1, 4, 5], { scale: scale({ from: 4, to: 5, upto: 5 } as never) }), 'UNKNOWN_OPTION', [
      'scale',
      'favorable',
      'upto',
    ]);
    expectCxError(
      () => defineScale({ name: 's', min: 1, max: 5, favorable: { from: 4, to: 5, upto: 5 } as never }),
      'UNKNOWN_OPTION',
      ['favorable', 'upto'],
    );
  });

  it('that is valid still scores: 2 of 4 answers in the band 4–5 is 50', () => {
    expect(csat([1, 4, 5, 3], { scale: scale({ from: 4, to: 5 }) }).score).toBe(50);
  });
});

describe('results altered or written by hand', () => {
  it('compareAssessments with an empty dimension names it instead of returning NaN', () => {
    const before = scoreAssessment(commitmentsModel, {
      answers: { 'mindset-leaders': 2, 'strategy-success': 2, 'discipline-governance': 1 },
    });
    const after = scoreAssessment(commitmentsModel, {
      answers: { 'mindset-leaders': 3, 'strategy-success': 2, 'discipline-governance': 2 },
    });
    const emptied = {
      ...before,
      dimensions: before.dimensions.map((dimension, index) => (index === 1 ? {} : dimension)),
    };
    expectCxError(() => compareAssessments(emptied as never, after), 'INVALID_RESULT', [
      'before',
      'dimensions',
      1,
      'score',
    ]);
    const holed = { ...after, dimensions: withHole(after.dimensions, 1) };
    expectCxError(() => compareAssessments(before, holed as never), 'INVALID_RESULT', [
      'after',
      'dimensions',
      1,
      'score',
    ]);
    // Unaltered, the change is after − before per dimension: 3 − 2, 2 − 2, 2 − 1.
    expect(compareAssessments(before, after).dimensions.map((dimension) => dimension.change)).toEqual([1, 0, 1]);
  });

  it('compareJourneyMeasures with a share that is text names it instead of returning NaN', () => {
    const asOf = Date.UTC(2026, 6, 1);
    const measure = (offset: number) =>
      measureJourney(
        engineRepair,
        Array.from({ length: 4 }, (_, i) =>
          engineCase(`C${offset}${i}`, [0, 5, 13, 17, 35, 39, 49 + i + offset]),
        ).flat(),
        { asOf },
      );
    const before = measure(0);
    const after = measure(2);
    const altered = { ...after, summary: { ...after.summary, controlledShare: '0.5' } };
    expectCxError(() => compareJourneyMeasures(before, altered as never), 'INVALID_MEASURE', [
      'after',
      'summary',
      'controlledShare',
    ]);
    const noMean = {
      ...before,
      summary: { ...before.summary, controlled: { ...before.summary.controlled, mean: null } },
    };
    expectCxError(() => compareJourneyMeasures(noMean as never, after), 'INVALID_MEASURE', [
      'before',
      'summary',
      'controlled',
      'mean',
    ]);
  });

  it('a score series with a hole is refused at the hole', () => {
    const series = scoreSeries(
      [
        { at: Date.UTC(2026, 0, 5), score: 9 },
        { at: Date.UTC(2026, 0, 6), score: 3 },
      ],
      { metric: 'nps', unit: 'month' },
    );
    const holed = { ...series, series: withHole([series.series[0], series.series[0], series.series[0]], 1) };
    expectRefused(() => scoreSeriesChart(holed as never), ['series', 1]);
  });

  it('a report entry that is not an analysis is named, not a TypeError deep in a section', () => {
    const analysis = analyzeWorkspace(
      { manifest: null, documents: [], data: [], problems: [] },
      { asOf: '2026-11-01' },
    );
    expectRefused(() => workspaceReport({ ...analysis, journeys: [{}] } as never), ['analysis', 'journeys', 0]);
    expectRefused(() => workspaceReport({ ...analysis, surveys: [null] } as never), ['analysis', 'surveys', 0]);
    expectRefused(() => workspaceReport({ ...analysis, asOf: 7 } as never), ['analysis', 'asOf']);
  });

  it('sparse lists of ideas, metric-tree nodes or edges are refused at the hole', () => {
    expectRefused(() => fundPortfolio(withHole([{ id: 'a', cost: 1, value: 1 }], 0), 5), [0, 'id']);
    const idea = { id: 'callback', cost: 2, value: 3, dependsOn: withHole(['x', 'y'], 0) };
    expectRefused(() => fundPortfolio([idea], 5), [0, 'dependsOn', 0]);
    const tree = { root: 'nps', nodes: withHole([{ id: 'nps' }, { id: 'wait' }], 1), edges: [] };
    expectRefused(() => propagateChange(tree as never, {}), ['nodes', 1]);
    const edges = withHole([{ from: 'wait', to: 'nps', coefficient: -0.5 }], 0);
    expectRefused(
      () => propagateChange({ root: 'nps', nodes: [{ id: 'nps' }, { id: 'wait' }], edges } as never, {}),
      ['edges', 0],
    );
  });

  it('rule registries with an entry that is not a rule are refused by place', () => {
    expectRefused(() => defineRuleRegistry([null] as never), [0]);
    expectRefused(() => combineRuleRegistries({ 'x/y': null } as never), [0, 'x/y']);
  });
});

describe('the SQL builders and row readers', () => {
  it('refuse a hole in a list of columns instead of writing "undefined" into the SQL', () => {
    const drivers = withHole(['waitMinutes', 'unread', 'firstContact'], 1);
    expectCxError(() => transferMomentsSql({ table: 'branches', outcome: 'nps', drivers }), 'INVALID_IDENTIFIER', [
      'drivers[1]',
    ]);
    const groupBy = withHole(['unread', 'region'], 0);
    expectCxError(
      () => scoreCountsSql({ table: 'responses', score: 'ltr', scale: npsScale, groupBy }),
      'INVALID_IDENTIFIER',
      ['groupBy[0]'],
    );
    expectRefused(() => transferMomentsFromRows([], { drivers: withHole(['unread', 'x'], 0) }), ['drivers']);
  });

  it('quoteIdentifier refuses a place that is not text', () => {
    expectRefused(() => quoteIdentifier(['crm', 'events'], Symbol('place') as never), ['place']);
    expectRefused(() => quoteIdentifier('events', 'table', 'oracle' as never), ['dialect']);
  });

  it('durationSummaryFromRows names a group holding an invalid Date', () => {
    const row = (group: unknown) => ({
      group_0: group,
      cx_state: 1,
      cx_key: 0,
      cx_count: 1n,
      cx_sum: 1,
      cx_min: 1,
      cx_max: 1,
      cx_result_rows: 2n,
    });
    expectCxError(
      () => durationSummaryFromRows([row(new Date('2026-01-01')), row(new Date(Number.NaN))], { groups: 1 }),
      'INVALID_ROWS',
      ['rows', 1, 'group_0'],
    );
  });

  it('explainQueryFailure returns a CxError for any thrown value, even one without a prototype', () => {
    const query = scoreCountsSql({ table: 'responses', score: 'ltr', scale: npsScale });
    const odd = Object.assign(Object.create(null), { position: Symbol('p') });
    expect(explainQueryFailure(odd, query)).toBeInstanceOf(CxError);
    expect(explainQueryFailure(odd, { sql: 7, names: [null, 'x'] } as never).path).toEqual([]);
  });
});

describe('filling gaps between periods', () => {
  it('stops at 100,000 periods instead of listing tens of millions of days', () => {
    // 1970-01-01 to 2250-01-01 is over 102,000 days.
    const instants = [0, Date.UTC(2250, 0, 1)];
    expectCxError(() => bucketByPeriod(instants, 'day', { fillGaps: true }), 'OUT_OF_RANGE', ['fillGaps']);
    expect(bucketByPeriod(instants, 'year', { fillGaps: true }).periods).toHaveLength(281);
  });
});
