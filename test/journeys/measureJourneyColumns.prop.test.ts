import type { Weekday } from 'cxkit/core';
import {
  type JourneyEventColumns,
  type MeasureJourneyColumnsOptions,
  measureJourney,
  measureJourneyColumns,
  parseJourney,
  type StepControl,
} from 'cxkit/journeys';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CxError } from '../../src/core/errors/CxError';

const day = 86_400_000;
const start = Date.UTC(2026, 0, 1);
const controls: readonly StepControl[] = ['company', 'customer', 'partner', 'shared'];

// Journeys of 2 to 6 events, a boundary on two different ones and 1 to 5 steps between
// any two different events (in or out of order, overlapping or not), parsed by the schema.
const journeyArbitrary = fc
  .integer({ min: 2, max: 6 })
  .chain((eventCount) =>
    fc.record({
      eventCount: fc.constant(eventCount),
      boundary: fc.uniqueArray(fc.integer({ min: 0, max: eventCount - 1 }), { minLength: 2, maxLength: 2 }),
      steps: fc.array(
        fc.record({
          ends: fc.uniqueArray(fc.integer({ min: 0, max: eventCount - 1 }), { minLength: 2, maxLength: 2 }),
          control: fc.constantFrom(...controls),
        }),
        { minLength: 1, maxLength: 5 },
      ),
    }),
  )
  .map(({ eventCount, boundary, steps }) => {
    const name = (index: number) => `event ${index}`;
    return parseJourney({
      kind: 'journey',
      schemaVersion: 1,
      id: 'random-journey',
      title: 'A random journey',
      customer: { segment: 'everyone' },
      boundary: { start: name(boundary[0] as number), end: name(boundary[1] as number) },
      events: Array.from({ length: eventCount }, (_, index) => ({ name: name(index), perspective: 'customer' })),
      stages: [{ id: 'all', name: 'All', phase: 'use' }],
      steps: steps.map((step, index) => ({
        id: `step-${index}`,
        stage: 'all',
        name: `Step ${index}`,
        control: step.control,
        startEvent: name(step.ends[0] as number),
        endEvent: name(step.ends[1] as number),
      })),
    });
  });

// Logs of up to 20 cases over 60 days, in every column type the columns accept: event
// names in any order with undeclared ones among them, repeats, events after asOf, and
// case ids that may name cases with no event.
const logArbitrary = fc
  .record({
    names: fc.shuffledSubarray(['event 0', 'event 1', 'event 2', 'event 3', 'event 4', 'event 5', 'not declared'], {
      minLength: 1,
    }),
    rows: fc.array(
      fc.record({
        caseNumber: fc.integer({ min: 0, max: 19 }),
        event: fc.nat(),
        at: fc.integer({ min: 0, max: 60 * day }),
      }),
      { minLength: 1, maxLength: 150 },
    ),
    indexType: fc.constantFrom('array', 'int32', 'uint16', 'float64'),
    timeType: fc.constantFrom('array', 'float64'),
    extraCaseIds: fc.option(fc.integer({ min: 0, max: 3 })),
  })
  .map(({ names, rows, indexType, timeType, extraCaseIds }): JourneyEventColumns => {
    const indexes = (values: number[]) =>
      indexType === 'int32'
        ? Int32Array.from(values)
        : indexType === 'uint16'
          ? Uint16Array.from(values)
          : indexType === 'float64'
            ? Float64Array.from(values)
            : values;
    const caseIndex = rows.map((row) => row.caseNumber);
    const columns = {
      caseIndex: indexes(caseIndex),
      eventIndex: indexes(rows.map((row) => row.event % names.length)),
      at: timeType === 'float64' ? Float64Array.from(rows, (row) => start + row.at) : rows.map((row) => start + row.at),
      eventNames: names,
    };
    if (extraCaseIds === null) return columns;
    const caseCount = Math.max(...caseIndex) + 1 + extraCaseIds;
    return { ...columns, caseIds: Array.from({ length: caseCount }, (_, index) => `C-${index}`) };
  });

// Every option: calendar or business time (with a weekend of up to six days and holidays
// in the log's span), any controls counted as the company's, with or without the case
// list, with or without duration summaries, the zone left out or given as UTC.
const optionsArbitrary: fc.Arbitrary<MeasureJourneyColumnsOptions> = fc
  .record({
    asOf: fc.integer({ min: 20 * day, max: 70 * day }).map((offset) => start + offset),
    business: fc.boolean(),
    weekend: fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 6 })),
    holidays: fc.option(
      fc.uniqueArray(
        fc.integer({ min: 0, max: 59 }).map((offset) => new Date(start + offset * day).toISOString().slice(0, 10)),
        { maxLength: 5 },
      ),
    ),
    utc: fc.boolean(),
    controlledBy: fc.option(fc.shuffledSubarray([...controls], { minLength: 1 })),
    includeCases: fc.option(fc.boolean()),
    durationSummaries: fc.option(fc.oneof(fc.boolean(), fc.record({ exactLimit: fc.integer({ min: 0, max: 20 }) }))),
  })
  .map((drawn) => ({
    asOf: drawn.asOf,
    ...(drawn.utc ? { timeZone: 'UTC' as const } : {}),
    // Weekend and holidays belong to business time only.
    ...(drawn.business
      ? {
          time: 'business' as const,
          ...(drawn.weekend === null ? {} : { weekend: drawn.weekend as Weekday[] }),
          ...(drawn.holidays === null ? {} : { holidays: drawn.holidays }),
        }
      : {}),
    ...(drawn.controlledBy === null ? {} : { controlledBy: drawn.controlledBy }),
    ...(drawn.includeCases === null ? {} : { includeCases: drawn.includeCases }),
    ...(drawn.durationSummaries === null ? {} : { durationSummaries: drawn.durationSummaries }),
  }));

describe('measureJourneyColumns laws', () => {
  it('gives exactly the measure measureJourney gives for the same journey, columns and options', () => {
    fc.assert(
      fc.property(journeyArbitrary, logArbitrary, optionsArbitrary, (journey, columns, options) => {
        expect(measureJourneyColumns(journey, columns, options)).toStrictEqual(
          measureJourney(journey, columns, options),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a bad column value with the error measureJourney gives (and measures what it accepts alike)', () => {
    const outcomeOf = (measure: () => unknown) => {
      try {
        return { measure: measure() };
      } catch (error) {
        if (error instanceof CxError) return { code: error.code, path: error.path, message: error.message };
        throw error;
      }
    };
    fc.assert(
      fc.property(
        journeyArbitrary,
        logArbitrary,
        fc.nat(),
        fc.constantFrom('caseIndex', 'eventIndex', 'at'),
        fc.constantFrom(-1, 0.5, Number.NaN, Number.POSITIVE_INFINITY, 1e16),
        (journey, columns, row, column, bad) => {
          const values = Array.from(columns[column]);
          values[row % values.length] = bad;
          const broken = { ...columns, [column]: values };
          const options = { asOf: start + 70 * day };
          const lean = outcomeOf(() => measureJourneyColumns(journey, broken, options));
          const full = outcomeOf(() => measureJourney(journey, broken, options));
          expect(lean).toStrictEqual(full);
        },
      ),
    );
  });
});
