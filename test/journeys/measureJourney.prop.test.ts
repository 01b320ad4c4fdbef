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

  it("each finished case's controlled and waiting time is the union of its completed steps, found the slow way", () => {
    // The slow way: each event's first time up to asOf, the steps whose two events both lie
    // inside the case's boundary and end no earlier than they start, and the length of the
    // union of their intervals by sorting them (all steps for waiting, company ones for
    // controlled).
    const unionLength = (intervals: Array<readonly [number, number]>): number => {
      const sorted = [...intervals].sort((left, right) => left[0] - right[0]);
      let total = 0;
      let runStart = Number.NaN;
      let runEnd = Number.NEGATIVE_INFINITY;
      for (const [begin, end] of sorted) {
        if (begin > runEnd) {
          if (runEnd !== Number.NEGATIVE_INFINITY) total += runEnd - runStart;
          runStart = begin;
          runEnd = end;
        } else if (end > runEnd) runEnd = end;
      }
      return runEnd === Number.NEGATIVE_INFINITY ? 0 : total + runEnd - runStart;
    };
    // Cases that run from 0 to 1000, with each other event missing or at a time that may
    // lie outside that boundary: steps complete out of order, overlap and nest.
    const otherEvents = eventNames.filter(
      (name) => name !== engineRepair.boundary.start && name !== engineRepair.boundary.end,
    );
    const fewCases = fc
      .array(fc.array(fc.option(fc.integer({ min: -100, max: 1100 })), { minLength: 5, maxLength: 5 }), {
        minLength: 1,
        maxLength: 4,
      })
      .map((cases) =>
        cases.flatMap((times, caseId) => [
          { caseId, event: engineRepair.boundary.start, at: 0 },
          { caseId, event: engineRepair.boundary.end, at: 1000 },
          ...otherEvents.flatMap((event, index) => {
            const at = times[index];
            return at === null || at === undefined ? [] : [{ caseId, event, at }];
          }),
        ]),
      );
    fc.assert(
      fc.property(fewCases, (rows) => {
        const measure = measureJourney(engineRepair, rows, { asOf, controlledBy: ['company'] });
        for (const measured of measure.cases) {
          if (measured.status !== 'finished') continue;
          const first = new Map<string, number>();
          for (const row of rows) {
            if (row.caseId !== measured.caseId || row.at > asOf) continue;
            first.set(row.event, Math.min(row.at, first.get(row.event) ?? Number.POSITIVE_INFINITY));
          }
          const start = first.get(engineRepair.boundary.start) as number;
          const end = first.get(engineRepair.boundary.end) as number;
          const completed = engineRepair.steps.flatMap((step) => {
            const begin = first.get(step.startEvent);
            const finish = first.get(step.endEvent);
            if (begin === undefined || finish === undefined) return [];
            if (begin < start || begin > end || finish < start || finish > end || finish < begin) return [];
            return [{ interval: [begin, finish] as const, company: step.control === 'company' }];
          });
          const covered = unionLength(completed.map((step) => step.interval));
          const controlled = unionLength(completed.filter((step) => step.company).map((step) => step.interval));
          expect(measured.controlledMs).toBe(controlled);
          expect(measured.waitingMs).toBe(end - start - covered);
        }
      }),
      { numRuns: 300 },
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
