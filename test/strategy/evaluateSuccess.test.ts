import { describe, expect, it } from 'vitest';
import { scoreSeries } from '../../src/metrics/index';
import { evaluateSuccess, type MetricProgress, parseSuccessStatement } from '../../src/strategy/index';
import { expectCxError } from '../expectCxError';
import { bundledExample } from './bundledExamples';

const statement = parseSuccessStatement({
  kind: 'success-statement',
  schemaVersion: 1,
  id: 'on-the-wing',
  title: 'On the wing',
  outcome: 'Engines back on the wing on the promised day.',
  metrics: [
    {
      metric: 'on-time-return-rate',
      kind: 'operational',
      direction: 'higher-is-better',
      baseline: { value: 70, on: '2026-01-01' },
      target: { value: 90, by: '2027-01-01' },
    },
    {
      metric: 'nps-airline',
      kind: 'customer-feedback',
      direction: 'higher-is-better',
      baseline: { value: 20, on: '2026-01-01' },
      target: { value: 40, by: '2027-01-01' },
    },
    {
      metric: 'no-target',
      kind: 'operational',
      direction: 'lower-is-better',
      baseline: { value: 5, on: '2026-01-01' },
    },
    {
      metric: 'no-baseline',
      kind: 'operational',
      direction: 'lower-is-better',
      target: { value: 5, by: '2027-01-01' },
    },
    {
      metric: 'undated',
      kind: 'operational',
      direction: 'lower-is-better',
      baseline: { value: 9, on: '2026-01-01' },
      target: { value: 5 },
    },
  ],
});

const day = 86_400_000;
const start2026 = Date.UTC(2026, 0, 1);
const start2027 = Date.UTC(2027, 0, 1);

function onTime(value: number, at = '2026-07-02', options: { asOf?: string; tolerance?: number } = {}) {
  const result = evaluateSuccess(
    statement,
    { 'on-time-return-rate': [{ at, value }] },
    {
      asOf: options.asOf ?? '2026-07-15',
      ...(options.tolerance === undefined ? {} : { tolerance: options.tolerance }),
    },
  );
  return result.metrics[0] as MetricProgress;
}

describe('evaluateSuccess against the line from baseline to target', () => {
  // By hand: 2026-01-01 to 2027-01-01 is 365 days; 2026-07-02 is day 31+28+31+30+31+30+1 = 182.
  // The line at 2026-07-02 stands at 70 + 20 × 182/365 = 79.97260274; the default tolerance
  // band is 0.1 × |90 − 70| = 2 points.
  const expected = 70 + (20 * 182) / 365;

  it('gives the numbers behind the verdict', () => {
    const progress = onTime(81);
    expect(progress).toEqual({
      metric: 'on-time-return-rate',
      kind: 'operational',
      direction: 'higher-is-better',
      status: 'on-track',
      baseline: { value: 70, at: start2026 },
      target: { value: 90, at: start2027 },
      observed: { value: 81, at: start2026 + 182 * day },
      observations: 1,
      expected: expect.closeTo(79.97260274, 8),
      gap: expect.closeTo(81 - 79.97260274, 8),
      tolerance: 2,
      elapsed: expect.closeTo(182 / 365, 12),
      progress: expect.closeTo(11 / 20, 12),
    });
    expect(progress.expected).toBeCloseTo(expected, 12);
  });

  it.each([
    [81, 'on-track'],
    [expected, 'on-track'],
    [78.5, 'at-risk'], // 1.47 behind, within 2
    [expected - 2, 'at-risk'], // exactly on the band's edge
    [77.9, 'off-track'], // 2.07 behind
    [90, 'achieved'], // at the target, early
    [93, 'achieved'],
  ])('calls %d on 2026-07-02 %s', (value, status) => {
    expect(onTime(value).status).toBe(status);
  });

  it('widens or narrows the at-risk band with the tolerance', () => {
    // 78.5 is 1.47 behind the line: at risk within 2 points (0.1), off track within 1 (0.05).
    expect(onTime(78.5, '2026-07-02', { tolerance: 0.05 })).toMatchObject({ status: 'off-track', tolerance: 1 });
    expect(onTime(77, '2026-07-02', { tolerance: 0.2 })).toMatchObject({ status: 'at-risk', tolerance: 4 });
    expect(onTime(79.9, '2026-07-02', { tolerance: 0 }).status).toBe('off-track');
  });

  it('honors lower-is-better: behind means above the line', () => {
    // By hand: 64 → 50 days over 2026; at 2026-07-02 the line is 64 − 14 × 182/365 = 57.0192.
    const days = parseSuccessStatement({
      ...statement,
      metrics: [
        {
          metric: 'wing-to-wing-days',
          kind: 'operational',
          direction: 'lower-is-better',
          baseline: { value: 64, on: '2026-01-01' },
          target: { value: 50, by: '2027-01-01' },
        },
      ],
    });
    const verdict = (value: number) =>
      evaluateSuccess(days, { 'wing-to-wing-days': [{ at: '2026-07-02', value }] }, { asOf: '2026-07-15' })
        .metrics[0] as MetricProgress;
    expect(verdict(56).status).toBe('on-track');
    expect(verdict(56).gap).toBeCloseTo(57.019178 - 56, 5);
    expect(verdict(58).status).toBe('at-risk'); // 0.98 above, band 1.4
    expect(verdict(58.5).status).toBe('off-track'); // 1.48 above
    expect(verdict(50).status).toBe('achieved');
  });

  it('judges on the last observation up to asOf, ignoring those before the baseline and after asOf', () => {
    const result = evaluateSuccess(
      statement,
      {
        'on-time-return-rate': [
          { at: '2026-07-02', value: 81 },
          { at: '2025-12-01', value: 99 }, // before the baseline: predates the plan
          { at: '2026-03-01', value: 60 },
          { at: '2026-08-01', value: 95 }, // after asOf: not yet known
        ],
      },
      { asOf: '2026-07-15' },
    );
    expect(result.metrics[0]).toMatchObject({ status: 'on-track', observed: { value: 81 }, observations: 2 });
  });

  it('takes the later of two observations at one instant', () => {
    const result = evaluateSuccess(
      statement,
      {
        'on-time-return-rate': [
          { at: '2026-07-02', value: 81 },
          { at: '2026-07-02T00:00:00Z', value: 77 },
        ],
      },
      { asOf: '2026-07-15' },
    );
    expect(result.metrics[0]).toMatchObject({ status: 'off-track', observed: { value: 77 } });
  });

  it('says achieved or missed once the target date has come, on what stood by that date', () => {
    const observations = (december: number) => ({
      'on-time-return-rate': [
        { at: '2026-12-01', value: december },
        { at: '2027-01-15', value: 95 }, // after the target date: does not rescue a miss
      ],
    });
    expect(evaluateSuccess(statement, observations(88), { asOf: '2027-02-01' }).metrics[0]).toMatchObject({
      status: 'missed',
      observed: { value: 88, at: Date.UTC(2026, 11, 1) },
      observations: 2,
    });
    expect(evaluateSuccess(statement, observations(90), { asOf: '2027-02-01' }).metrics[0]?.status).toBe('achieved');
    // On the target date itself the target is due.
    expect(evaluateSuccess(statement, observations(88), { asOf: '2027-01-01' }).metrics[0]?.status).toBe('missed');
  });

  it('says why a metric cannot be judged', () => {
    const result = evaluateSuccess(statement, {}, { asOf: '2026-07-15' });
    expect(result.metrics.map((metric) => [metric.metric, metric.status === 'not-evaluable' && metric.reason])).toEqual(
      [
        ['on-time-return-rate', 'no-observations'],
        ['nps-airline', 'no-observations'],
        ['no-target', 'no-target'],
        ['no-baseline', 'no-baseline'],
        ['undated', 'no-target-date'],
      ],
    );
    expect(result).toMatchObject({ statement: 'on-the-wing', asOf: Date.UTC(2026, 6, 15), tolerance: 0.1 });
    // An asOf before the baseline leaves nothing to judge by.
    expect(onTimeBefore().status).toBe('not-evaluable');
  });

  it('reads a cxkit/metrics series: its overall series, a point per period with a score, dated at the period start', () => {
    // April: 4 promoters, 3 passives, 3 detractors → NPS (4 − 3)/10 = 10. May: none.
    // June: 5 promoters, 3 passives, 2 detractors → NPS 30.
    const april = [9, 10, 9, 10, 7, 8, 7, 0, 3, 6];
    const june = [9, 10, 9, 10, 9, 7, 8, 7, 2, 5];
    const responses = [
      ...april.map((score, index) => ({ at: `2026-04-${String(index + 1).padStart(2, '0')}`, score, segment: 'a' })),
      ...june.map((score, index) => ({ at: `2026-06-${String(index + 1).padStart(2, '0')}`, score, segment: 'b' })),
    ];
    const series = scoreSeries(responses, { metric: 'nps', unit: 'month' });
    const progress = evaluateSuccess(statement, { 'nps-airline': series }, { asOf: '2026-07-15' })
      .metrics[1] as MetricProgress;
    // By hand: June starts on day 31+28+31+30+31 = 151; the line there is 20 + 20 × 151/365 = 28.2740.
    expect(progress).toMatchObject({
      status: 'on-track',
      observations: 2,
      observed: { value: 30, at: Date.UTC(2026, 5, 1) },
    });
    expect(progress.expected).toBeCloseTo(28.273973, 5);
  });
});

function onTimeBefore() {
  return evaluateSuccess(
    statement,
    { 'on-time-return-rate': [{ at: '2025-12-15', value: 80 }] },
    { asOf: '2025-12-20' },
  ).metrics[0] as { status: string };
}

describe('evaluateSuccess refuses bad input, naming the place', () => {
  const asOf = '2026-07-15';
  it.each([
    [{ 'on-time-rate': [] }, { asOf }, 'UNKNOWN_METRIC', ['on-time-rate']],
    [
      { 'on-time-return-rate': [{ at: '2026-02-30', value: 80 }] },
      { asOf },
      'INVALID_DATE',
      ['on-time-return-rate', 0, 'at'],
    ],
    [
      { 'on-time-return-rate': [{ at: '2026-02-01', value: '80' }] },
      { asOf },
      'INVALID_INPUT',
      ['on-time-return-rate', 0, 'value'],
    ],
    [
      { 'on-time-return-rate': [{ at: '2026-02-01', value: Number.NaN }] },
      { asOf },
      'INVALID_INPUT',
      ['on-time-return-rate', 0, 'value'],
    ],
    [{ 'on-time-return-rate': [null] }, { asOf }, 'INVALID_INPUT', ['on-time-return-rate', 0]],
    [{ 'on-time-return-rate': 'many' }, { asOf }, 'INVALID_INPUT', ['on-time-return-rate']],
    [{ 'on-time-return-rate': { series: [] } }, { asOf }, 'INVALID_INPUT', ['on-time-return-rate']],
    [[], { asOf }, 'INVALID_INPUT', []],
    [{}, {}, 'INVALID_OPTION', ['asOf']],
    [{}, { asOf: 'soon' }, 'INVALID_DATE', ['asOf']],
    [{}, { asOf, tolerance: -0.1 }, 'INVALID_OPTION', ['tolerance']],
    [{}, { asOf, tolerance: Number.POSITIVE_INFINITY }, 'INVALID_OPTION', ['tolerance']],
    [{}, { asOf, tolerence: 0.2 }, 'UNKNOWN_OPTION', ['tolerence']],
  ])('%j with %j: %s at %j', (observations, options, code, path) => {
    expectCxError(() => evaluateSuccess(statement, observations as never, options as never), code, path);
  });

  it('names the metrics the statement has', () => {
    const error = expectCxError(() => evaluateSuccess(statement, { 'on-time-rate': [] }, { asOf }), 'UNKNOWN_METRIC');
    expect(error.message).toBe(
      'There are observations for metric "on-time-rate", which success statement "on-the-wing" does not measure. Its metrics: on-time-return-rate, nps-airline, no-target, no-baseline, undated.',
    );
  });

  it('reads the bundled statements', () => {
    const onTheWing = parseSuccessStatement(bundledExample('on-the-wing.json'));
    // By hand: 2025-12-31 to 2027-12-31 is 730 days; 2026-12-31 is day 365, halfway:
    // the line is 64 − 14 / 2 = 57 days; 56.5 is half a day ahead of it.
    const result = evaluateSuccess(
      onTheWing,
      { 'wing-to-wing-days': [{ at: '2026-12-31', value: 56.5 }] },
      { asOf: '2027-01-10' },
    );
    expect(result.metrics[0]).toMatchObject({ status: 'on-track', expected: 57, gap: 0.5, elapsed: 0.5 });
  });
});
