import { DDSketch } from '@datadog/sketches-js';
import {
  type DurationSummary,
  durationSummaryStatistics,
  mergeDurationSummaries,
  summarizeDurations,
} from 'cxkit/journeys';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectCxError } from '../expectCxError';

const durationsArbitrary = fc.array(
  fc.oneof(
    fc.constant(0),
    fc.integer({ min: 1, max: 90 * 86_400_000 }),
    fc.double({ min: 0.5, max: 1e9, noNaN: true }),
  ),
  { maxLength: 300 },
);

const settingsArbitrary = fc.record({
  exactLimit: fc.integer({ min: 0, max: 200 }),
  relativeAccuracy: fc.constantFrom(0.005, 0.01, 0.02, 0.05),
});

// Compares summaries as JSON would carry them, with the sum (added in another order) to rounding.
function expectSameSummary(left: DurationSummary, right: DurationSummary) {
  expect({ ...left, sum: 0 }).toEqual({ ...right, sum: 0 });
  expect(left.sum).toBeCloseTo(right.sum, 3);
}

describe('duration summaries', () => {
  it('bins exactly as the DDSketch reference implementation does', () => {
    fc.assert(
      fc.property(durationsArbitrary, fc.constantFrom(0.005, 0.01, 0.02, 0.05), (durations, relativeAccuracy) => {
        if (durations.length === 0) return;
        const summary = summarizeDurations(durations, { exactLimit: 0, relativeAccuracy });
        const reference = new DDSketch({ relativeAccuracy });
        for (const duration of durations) reference.accept(duration);
        const referenceBins: [number, number][] = [];
        reference.store.bins.forEach((count, index) => {
          if (count > 0) referenceBins.push([index + reference.store.offset, count]);
        });
        if (summary.mode !== 'sketch') throw new Error('expected a sketch');
        expect(summary.bins).toEqual(referenceBins);
        expect(summary.zeroCount).toBe(reference.zeroCount);
        // The reference's quantile, clamped to the exact min and max as cxkit does.
        for (const [field, probability] of [
          ['p5', 0.05],
          ['p50', 0.5],
          ['p95', 0.95],
        ] as const) {
          const expected = Math.min(summary.max, Math.max(summary.min, reference.getValueAtQuantile(probability)));
          expect(durationSummaryStatistics(summary)[field]).toBe(expected);
        }
      }),
    );
  });

  it('sketch percentiles are within the relative accuracy of the duration at rank ⌊p(n − 1)⌋', () => {
    fc.assert(
      fc.property(
        durationsArbitrary.filter((durations) => durations.length > 0),
        (durations) => {
          const sorted = [...durations].sort((left, right) => left - right);
          const statistics = durationSummaryStatistics(
            summarizeDurations(durations, { exactLimit: 0, relativeAccuracy: 0.01 }),
          );
          for (const [field, probability] of [
            ['p5', 0.05],
            ['p50', 0.5],
            ['p95', 0.95],
          ] as const) {
            const exact = sorted[Math.floor(probability * (sorted.length - 1))] as number;
            expect(Math.abs(statistics[field] - exact)).toBeLessThanOrEqual(0.01 * exact * (1 + 1e-12));
          }
        },
      ),
    );
  });

  it('merging shards equals one pass, exactly in exact mode', () => {
    fc.assert(
      fc.property(
        durationsArbitrary,
        fc.integer({ min: 0, max: 300 }),
        settingsArbitrary,
        (durations, cut, settings) => {
          const whole = summarizeDurations(durations, settings);
          const merged = mergeDurationSummaries(
            summarizeDurations(durations.slice(0, cut), settings),
            summarizeDurations(durations.slice(cut), settings),
          );
          expectSameSummary(merged, whole);
        },
      ),
    );
  });

  it('merge is associative and commutative', () => {
    fc.assert(
      fc.property(
        durationsArbitrary,
        durationsArbitrary,
        durationsArbitrary,
        settingsArbitrary,
        (a, b, c, settings) => {
          const [left, middle, right] = [a, b, c].map((durations) => summarizeDurations(durations, settings)) as [
            DurationSummary,
            DurationSummary,
            DurationSummary,
          ];
          expectSameSummary(
            mergeDurationSummaries(mergeDurationSummaries(left, middle), right),
            mergeDurationSummaries(left, mergeDurationSummaries(middle, right)),
          );
          expectSameSummary(mergeDurationSummaries(left, middle), mergeDurationSummaries(middle, left));
        },
      ),
    );
  });

  it('survives JSON and checks what comes back', () => {
    const summary = summarizeDurations([5, 1, 3], { exactLimit: 1 });
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
    expectCxError(() => durationSummaryStatistics({ ...summary, count: 4 }), 'INVALID_SUMMARY', ['summary', 'bins']);
    expectCxError(() => mergeDurationSummaries(summary, { ...summary, kind: 'counts' } as never), 'INVALID_SUMMARY', [
      'right',
      'kind',
    ]);
    const exact = summarizeDurations([1, 2, 3]);
    expectCxError(
      () => durationSummaryStatistics({ ...exact, values: [2, 1, 3] } as DurationSummary),
      'INVALID_SUMMARY',
      ['summary', 'values', 1],
    );
  });

  it('refuses bad durations and options, and statistics of nothing', () => {
    expectCxError(() => summarizeDurations([1, Number.NaN]), 'INVALID_DURATIONS', [1]);
    expectCxError(() => summarizeDurations([1], { relativeAccuracy: 1 }), 'INVALID_OPTION', ['relativeAccuracy']);
    expectCxError(() => summarizeDurations([1], { exactLimit: 1.5 }), 'INVALID_OPTION', ['exactLimit']);
    expectCxError(() => durationSummaryStatistics(summarizeDurations([])), 'EMPTY_SUMMARY');
  });
});
