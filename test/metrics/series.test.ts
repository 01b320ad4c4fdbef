import { describe, expect, it } from 'vitest';
import { compareNps, findRecurringDips, nps, scoreSeries } from '../../src/metrics/index';
import { normalCdf } from '../../src/stats/normalCdf';
import { normalQuantile } from '../../src/stats/normalQuantile';
import { expectCxError } from '../expectCxError';

const day = 86_400_000;
const repeat = <Value>(value: Value, times: number): Value[] => Array.from({ length: times }, () => value);

describe('scoreSeries', () => {
  const responses = [
    { at: '2026-09-03T10:00:00Z', score: 10, segment: 'retail' },
    { at: '2026-09-20T10:00:00Z', score: 6, segment: 'business' },
    { at: '2026-09-21T10:00:00Z', score: 9, segment: 'retail' },
    { at: '2026-11-02T10:00:00Z', score: 9, segment: 'business' },
    { at: '2026-11-15T10:00:00Z', score: 10, segment: 'retail' },
  ];

  it('scores each period, for all responses and per segment in name order', () => {
    const result = scoreSeries(responses, { metric: 'nps', unit: 'month' });
    expect(result.series.map((series) => series.segment)).toEqual([null, 'business', 'retail']);
    // All: September 2 promoters and 1 detractor of 3 → 33.3…; October none; November 2 of 2 → 100.
    expect(result.series[0]?.points.map((point) => [point.period, point.n, point.score])).toEqual([
      ['2026-09', 3, 100 / 3],
      ['2026-10', 0, null],
      ['2026-11', 2, 100],
    ]);
    expect(result.series[1]?.points.map((point) => [point.n, point.score])).toEqual([
      [1, -100],
      [0, null],
      [1, 100],
    ]);
    expect(result.series[2]?.points.map((point) => [point.n, point.score])).toEqual([
      [2, 100],
      [0, null],
      [1, 100],
    ]);
  });

  it('marks the change from the previous period with responses, with the metric’s own test', () => {
    const many = [
      ...repeat({ at: '2026-01-10', score: 10 }, 60),
      ...repeat({ at: '2026-01-11', score: 3 }, 40),
      ...repeat({ at: '2026-02-10', score: 10 }, 30),
      ...repeat({ at: '2026-02-11', score: 3 }, 70),
    ];
    const [january, february] = scoreSeries(many, { metric: 'nps', unit: 'month' }).series[0]?.points ?? [];
    expect([january?.score, february?.score]).toEqual([20, -40]);
    expect(january?.change).toBeNull();
    const reference = compareNps([...repeat(10, 30), ...repeat(3, 70)], [...repeat(10, 60), ...repeat(3, 40)]);
    expect(february?.change).toEqual({
      from: '2026-01',
      difference: -60,
      pValue: reference.pValue,
      adjustedPValue: reference.pValue,
      significant: true,
    });
    expect(february?.lowN).toBe(false);
    expect(february?.ci).toEqual(nps([...repeat(10, 30), ...repeat(3, 70)]).ci);
  });

  it('adjusts the changes together on request: Holm over every change of every series', () => {
    // Three months, one segment: two changes in the overall series and two in the segment's.
    const responses = [
      ...repeat({ at: '2026-01-10', score: 10, segment: 'retail' }, 40),
      ...repeat({ at: '2026-01-11', score: 3, segment: 'retail' }, 40),
      ...repeat({ at: '2026-02-10', score: 10, segment: 'retail' }, 30),
      ...repeat({ at: '2026-02-11', score: 3, segment: 'retail' }, 50),
      ...repeat({ at: '2026-03-10', score: 10, segment: 'retail' }, 44),
      ...repeat({ at: '2026-03-11', score: 3, segment: 'retail' }, 36),
    ];
    const plain = scoreSeries(responses, { metric: 'nps', unit: 'month' });
    const holm = scoreSeries(responses, { metric: 'nps', unit: 'month', multipleTesting: 'holm', alpha: 0.1 });
    const raw = plain.series.flatMap((line) =>
      line.points.flatMap((point) => (point.change ? [point.change.pValue] : [])),
    );
    expect(raw).toHaveLength(4);
    // Holm by hand for four p-values where the overall and segment series are the same
    // responses (so each p-value comes twice): sorted p₁ = p₁ ≤ p₂ = p₂, adjusted
    // 4p₁, max(4p₁, 3p₁) = 4p₁, max(4p₁, 2p₂), max(…, p₂) = the larger of 4p₁ and 2p₂.
    const [first, second] = [raw[0] as number, raw[1] as number];
    const [small, large] = first <= second ? [first, second] : [second, first];
    const expected = [small, large].map((value) =>
      Math.min(1, value === small ? 4 * small : Math.max(4 * small, 2 * large)),
    );
    const adjusted = holm.series.flatMap((line) =>
      line.points.flatMap((point) => (point.change ? [point.change.adjustedPValue] : [])),
    );
    const forFirst = first <= second ? expected[0] : expected[1];
    const forSecond = first <= second ? expected[1] : expected[0];
    expect(adjusted).toEqual([forFirst, forSecond, forFirst, forSecond]);
    for (const line of holm.series) {
      for (const point of line.points) {
        if (point.change) expect(point.change.significant).toBe(point.change.adjustedPValue < 0.1);
      }
    }
    // Off by default: the adjusted p-value is the p-value.
    for (const line of plain.series) {
      for (const point of line.points) if (point.change) expect(point.change.adjustedPValue).toBe(point.change.pValue);
    }
  });

  it('flags low n, leaves gaps out on request, and follows the time zone', () => {
    const result = scoreSeries(responses, { metric: 'nps', unit: 'month', fillGaps: false, minimumN: 3 });
    expect(result.series[0]?.points.map((point) => [point.period, point.lowN])).toEqual([
      ['2026-09', false],
      ['2026-11', true],
    ]);
    // 03:00 UTC on 1 October is still September in Los Angeles.
    const zoned = scoreSeries([{ at: '2026-10-01T03:00:00Z', score: 10 }], {
      metric: 'nps',
      unit: 'month',
      timeZone: 'America/Los_Angeles',
    });
    expect(zoned.series[0]?.points[0]?.period).toBe('2026-09');
    expect(zoned.timeZone).toBe('America/Los_Angeles');
  });

  it('takes columns, typed arrays included', () => {
    const columns = {
      at: Float64Array.of(Date.UTC(2026, 8, 3), Date.UTC(2026, 8, 20), Date.UTC(2026, 10, 2)),
      score: Uint8Array.of(5, 2, 4),
      segment: ['a', 'b', 'a'],
    };
    const result = scoreSeries(columns, { metric: 'csat', unit: 'quarter' });
    expect(result.series[0]?.points.map((point) => [point.period, point.n, point.score])).toEqual([
      ['2026-Q3', 2, 50],
      ['2026-Q4', 1, 100],
    ]);
    const effort = scoreSeries({ at: columns.at, score: Uint8Array.of(7, 5, 6) }, { metric: 'ces', unit: 'year' });
    expect(effort.series[0]?.points[0]).toMatchObject({ period: '2026', n: 3, score: 6 });
    const single = scoreSeries({ at: [Date.UTC(2026, 0, 1)], score: [6] }, { metric: 'ces', unit: 'year' });
    expect(single.series[0]?.points[0]).toMatchObject({ n: 1, score: 6, ci: null });
  });

  it('names the row and field of bad input', () => {
    expectCxError(() => scoreSeries([{ at: 'soon', score: 10 }], { metric: 'nps', unit: 'month' }), 'INVALID_DATE', [
      0,
      'at',
    ]);
    expectCxError(
      () =>
        scoreSeries(
          [
            { at: '2026-01-01', score: 10 },
            { at: '2026-01-02', score: 12 },
          ],
          { metric: 'nps', unit: 'month' },
        ),
      'INVALID_SCORES',
      [1, 'score'],
    );
    expectCxError(
      () => scoreSeries({ at: [0, Number.NaN], score: [10, 10] }, { metric: 'nps', unit: 'month' }),
      'INVALID_DATE',
      ['at', 1],
    );
    expectCxError(
      () => scoreSeries({ at: [0, 1], score: [10, 9.5] }, { metric: 'nps', unit: 'month' }),
      'INVALID_SCORES',
      ['score', 1],
    );
    expectCxError(
      () => scoreSeries({ at: [0, 1], score: [10] }, { metric: 'nps', unit: 'month' }),
      'MISMATCHED_COLUMNS',
      ['score'],
    );
    expectCxError(
      () => scoreSeries({ at: [0, 1], score: [10, 9], segment: ['a', ''] }, { metric: 'nps', unit: 'month' }),
      'INVALID_INPUT',
      ['segment', 1],
    );
    expectCxError(() => scoreSeries([null] as never, { metric: 'nps', unit: 'month' }), 'INVALID_INPUT', [0]);
    expectCxError(() => scoreSeries([], { metric: 'nps', unit: 'month' }), 'EMPTY_SCORES');
    expectCxError(() => scoreSeries(responses, { metric: 'nps', unit: 'decade' as never }), 'INVALID_ARGUMENT', [
      'unit',
    ]);
    expectCxError(() => scoreSeries(responses, { metric: 'promoters' as never, unit: 'month' }), 'INVALID_OPTION', [
      'metric',
    ]);
    expectCxError(() => scoreSeries(responses, { metric: 'nps', unit: 'month', alpha: 5 }), 'INVALID_OPTION', [
      'alpha',
    ]);
    expectCxError(() => scoreSeries(responses, { metric: 'nps', unit: 'month', minimumN: 0 }), 'INVALID_OPTION', [
      'minimumN',
    ]);
    expectCxError(
      () => scoreSeries(responses, { metric: 'nps', unit: 'month', segmentBy: 'x' } as never),
      'UNKNOWN_OPTION',
      ['segmentBy'],
    );
  });

  it('skips and counts invalid scores on request', () => {
    const result = scoreSeries(
      [
        { at: '2026-01-01', score: 10 },
        { at: '2026-01-02', score: 12 },
      ],
      { metric: 'nps', unit: 'month', invalid: 'skip' },
    );
    expect(result.skipped).toBe(1);
    expect(result.series[0]?.points[0]?.n).toBe(1);
  });
});

describe('findRecurringDips', () => {
  /** 40 answers per month for each year; `low` maps a year to the months that dip that year. */
  function responsesFor(years: number[], low: Record<number, number[]>) {
    return years.flatMap((year) =>
      Array.from({ length: 12 * 40 }, (_, index) => {
        const month = Math.floor(index / 40);
        const dipping = (low[year] ?? []).includes(month);
        // 30 promoters and 10 passives (NPS 75), or 10 promoters and 30 detractors (NPS −50).
        const score = dipping ? (index % 4 === 0 ? 9 : 2) : index % 4 === 0 ? 8 : 10;
        return { at: Date.UTC(year, month, 1) + (index % 28) * day, score };
      }),
    );
  }

  it('reports a month that dips in two years, with every year’s evidence, and not a one-year dip', () => {
    const responses = responsesFor([2024, 2025, 2026], { 2024: [11], 2025: [11, 6], 2026: [] });
    const dips = findRecurringDips(responses, { metric: 'nps' });
    expect(dips.map((dip) => [dip.season, dip.years])).toEqual([['12', [2024, 2025]]]);
    const evidence = dips[0]?.evidence ?? [];
    expect(evidence.map((row) => [row.period, row.dip])).toEqual([
      ['2024-12', true],
      ['2025-12', true],
      ['2026-12', false],
    ]);
    // 2024-12: NPS −50 against the other eleven months' 75.
    expect(evidence[0]).toMatchObject({ n: 40, score: -50, restN: 440, restScore: 75, difference: -125 });
    expect(evidence[0]?.pValue).toBeLessThan(1e-6);
    // The season's p-value: each year's made one-sided (half of it, toward the side the
    // season moved) and combined by Stouffer's method — written out here with the evidence's
    // own p-values (normalQuantile is R's qnorm, checked in test/stats).
    const z = evidence.map((row) => Math.sign(-row.difference) * -normalQuantile(row.pValue / 2));
    const combined = normalCdf(-z.reduce((sum, value) => sum + value, 0) / Math.sqrt(z.length));
    expect((dips[0]?.pValue as number) / combined).toBeCloseTo(1, 12);
    // Holm over the twelve months: December's p-value is the smallest, so it is multiplied by 12.
    expect((dips[0]?.adjustedPValue as number) / (dips[0]?.pValue as number)).toBeCloseTo(12, 12);
  });

  it('adjusts for the seasons tested: Holm by default, Benjamini–Hochberg or none on request', () => {
    const responses = responsesFor([2024, 2025, 2026], { 2024: [11], 2025: [11], 2026: [11] });
    const [holm] = findRecurringDips(responses, { metric: 'nps' });
    const [falseDiscovery] = findRecurringDips(responses, { metric: 'nps', multipleTesting: 'benjamini-hochberg' });
    const [none] = findRecurringDips(responses, { metric: 'nps', multipleTesting: 'none' });
    expect(none?.adjustedPValue).toBe(none?.pValue);
    expect(holm?.pValue).toBe(none?.pValue);
    // The smallest of twelve: Holm and BH both multiply it by 12.
    expect((holm?.adjustedPValue as number) / (none?.pValue as number)).toBeCloseTo(12, 12);
    expect((falseDiscovery?.adjustedPValue as number) / (none?.pValue as number)).toBeCloseTo(12, 12);
    expectCxError(
      () => findRecurringDips(responses, { metric: 'nps', multipleTesting: 'bonferroni' as never }),
      'INVALID_OPTION',
      ['multipleTesting'],
    );
  });

  it('finds nothing in a steady year, and asks for minimumYears dips', () => {
    expect(findRecurringDips(responsesFor([2025, 2026], {}), { metric: 'nps' })).toEqual([]);
    const once = responsesFor([2025, 2026], { 2025: [3] });
    expect(findRecurringDips(once, { metric: 'nps' })).toEqual([]);
    expect(findRecurringDips(once, { metric: 'nps', minimumYears: 1 }).map((dip) => dip.season)).toEqual(['04']);
  });

  it('tests quarters, and skips seasons with too few answers', () => {
    const responses = responsesFor([2025, 2026], { 2025: [9, 10, 11], 2026: [9, 10, 11] });
    expect(findRecurringDips(responses, { metric: 'nps', season: 'quarter' }).map((dip) => dip.season)).toEqual(['Q4']);
    expect(findRecurringDips(responses, { metric: 'nps', minimumN: 1000 })).toEqual([]);
  });

  it('refuses bad options', () => {
    expectCxError(() => findRecurringDips([], { metric: 'nps', season: 'day' as never }), 'INVALID_OPTION', ['season']);
    expectCxError(() => findRecurringDips([], { metric: 'nps', minimumYears: 0 }), 'INVALID_OPTION', ['minimumYears']);
  });
});
