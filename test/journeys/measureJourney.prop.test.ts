import { type JourneyMeasure, measureJourney, mergeDurationSummaries } from 'cxkit/journeys';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { engineRepair } from './engineRepairJourney';

const eventNames = engineRepair.events.map((event) => event.name);
const asOf = 1_000_000;

// Logs of up to 30 cases whose events fall anywhere (in any order, with repeats, some
// unknown, some after asOf): the laws must hold whatever the log looks like.
const rowsArbitrary = fc.array(
  fc.record({
    caseId: fc.integer({ min: 0, max: 29 }),
    event: fc.oneof(fc.constantFrom(...eventNames), fc.constant('unknown-event')),
    at: fc.integer({ min: 0, max: asOf + 1000 }),
  }),
  { minLength: 1, maxLength: 200 },
);

const byCase = (measure: JourneyMeasure) =>
  [...measure.cases].sort((left, right) => Number(left.caseId) - Number(right.caseId));

// Type 7 the slow, obvious way: sort, then interpolate.
function sortedQuantile(values: number[], probability: number): number {
  const sorted = [...values].sort((left, right) => left - right);
  const position = (sorted.length - 1) * probability;
  const lower = Math.floor(position);
  const upper = Math.min(lower + 1, sorted.length - 1);
  return (sorted[lower] as number) + (position - lower) * ((sorted[upper] as number) - (sorted[lower] as number));
}

describe('measureJourney laws', () => {
  it('durations are non-negative, controlled ≤ wing to wing, waiting ≤ wing to wing − controlled', () => {
    fc.assert(
      fc.property(rowsArbitrary, (rows) => {
        for (const measured of measureJourney(engineRepair, rows, { asOf }).cases) {
          if (measured.status !== 'finished') continue;
          const wingToWing = measured.wingToWingMs as number;
          const controlled = measured.controlledMs as number;
          const waiting = measured.waitingMs as number;
          expect(wingToWing).toBeGreaterThanOrEqual(0);
          expect(controlled).toBeGreaterThanOrEqual(0);
          expect(controlled).toBeLessThanOrEqual(wingToWing);
          expect(waiting).toBeGreaterThanOrEqual(0);
          expect(waiting).toBeLessThanOrEqual(wingToWing - controlled);
          for (const step of measured.stepMs) if (step !== null) expect(step).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('every case and every event is accounted for', () => {
    fc.assert(
      fc.property(rowsArbitrary, (rows) => {
        const { counts } = measureJourney(engineRepair, rows, { asOf });
        const { events, cases } = counts;
        expect(events.used + events.unknown + events.duplicate + events.afterAsOf + events.outsideBoundary).toBe(
          rows.length,
        );
        expect(cases.finished + cases.open + cases.withoutStart + cases.endBeforeStart).toBe(cases.total);
        expect(cases.total + cases.withoutKnownEvents).toBe(new Set(rows.map((row) => row.caseId)).size);
      }),
    );
  });

  it('the order of rows does not matter, and rows and columns agree', () => {
    fc.assert(
      fc.property(rowsArbitrary, fc.integer(), (rows, seed) => {
        const shuffled = [...rows].sort(
          (left, right) => ((left.at * 7919 + seed) % 13) - ((right.at * 7919 + seed) % 13),
        );
        const original = measureJourney(engineRepair, rows, { asOf });
        const reordered = measureJourney(engineRepair, shuffled, { asOf });
        expect(byCase(reordered)).toEqual(byCase(original));
        expect(reordered.summary).toEqual(original.summary);
        expect(reordered.counts).toEqual(original.counts);
        const names = [...eventNames, 'unknown-event'];
        const columns = measureJourney(
          engineRepair,
          {
            caseIndex: Int32Array.from(rows, (row) => row.caseId),
            eventIndex: Int32Array.from(rows, (row) => names.indexOf(row.event)),
            at: Float64Array.from(rows, (row) => row.at),
            eventNames: names,
          },
          { asOf },
        );
        expect(columns.summary).toEqual(original.summary);
        expect(byCase(columns).map((measured) => measured.wingToWingMs)).toEqual(
          byCase(original).map((measured) => measured.wingToWingMs),
        );
      }),
    );
  });

  it('percentiles equal type 7 computed by sorting', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 2000 }), (durations) => {
        const rows = durations.flatMap((duration, index) => [
          { caseId: index, event: 'engine-removed', at: 0 },
          { caseId: index, event: 'engine-reinstalled', at: duration },
        ]);
        const statistics = measureJourney(engineRepair, rows, { asOf: 10_000 }).summary.wingToWing;
        expect(statistics?.p5).toBeCloseTo(sortedQuantile(durations, 0.05), 6);
        expect(statistics?.p50).toBeCloseTo(sortedQuantile(durations, 0.5), 6);
        expect(statistics?.p95).toBeCloseTo(sortedQuantile(durations, 0.95), 6);
      }),
    );
  });

  it('shards split by case, summarized and merged, give the durations of one pass', () => {
    fc.assert(
      fc.property(
        rowsArbitrary,
        fc.integer({ min: 1, max: 29 }),
        fc.integer({ min: 0, max: 40 }),
        (rows, cut, exactLimit) => {
          const options = { asOf, includeCases: false, durationSummaries: { exactLimit } } as const;
          const whole = measureJourney(engineRepair, rows, options).durationSummaries;
          const shards = [rows.filter((row) => row.caseId < cut), rows.filter((row) => row.caseId >= cut)]
            .filter((shard) => shard.length > 0)
            .map((shard) => measureJourney(engineRepair, shard, options).durationSummaries);
          for (const field of ['wingToWing', 'controlled', 'waiting'] as const) {
            const merged = shards
              .map((shard) => shard?.[field])
              .reduce((left, right) =>
                left === undefined || right === undefined ? (left ?? right) : mergeDurationSummaries(left, right),
              );
            expect({ ...merged, sum: 0 }).toEqual({ ...whole?.[field], sum: 0 });
            expect(merged?.sum).toBeCloseTo(whole?.[field].sum ?? Number.NaN, 6);
          }
        },
      ),
    );
  });
});
