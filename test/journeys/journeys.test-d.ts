import { type CaseMeasure, type JourneyMeasure, measureJourney, measureJourneyColumns } from 'cxkit/journeys';
import { describe, expectTypeOf, it } from 'vitest';
import { engineRepair } from './engineRepairJourney';

describe('measureJourney types', () => {
  // Only types are checked here: the calls sit in functions that never run.
  it('says when the per-case objects are there', () => {
    const withCases = () => measureJourney(engineRepair, [], { asOf: 0 });
    const withoutCases = () => measureJourney(engineRepair, [], { asOf: 0, includeCases: false });
    const either = (includeCases: boolean) => measureJourney(engineRepair, [], { asOf: 0, includeCases });
    expectTypeOf<ReturnType<typeof withCases>['cases']>().toEqualTypeOf<readonly CaseMeasure[]>();
    expectTypeOf<ReturnType<typeof withoutCases>['cases']>().toEqualTypeOf<null>();
    expectTypeOf<ReturnType<typeof either>>().toEqualTypeOf<JourneyMeasure<readonly CaseMeasure[] | null>>();
  });

  it('requires asOf', () => {
    // @ts-expect-error asOf is required: cxkit never reads the clock
    const withoutAsOf = () => measureJourney(engineRepair, [], {});
    expectTypeOf(withoutAsOf).toBeFunction();
  });
});

describe('measureJourneyColumns types', () => {
  const columns = { caseIndex: [], eventIndex: [], at: [], eventNames: [] };

  it('says when the per-case objects are there, as measureJourney does', () => {
    const withCases = () => measureJourneyColumns(engineRepair, columns, { asOf: 0 });
    const withoutCases = () => measureJourneyColumns(engineRepair, columns, { asOf: 0, includeCases: false });
    const either = (includeCases: boolean) => measureJourneyColumns(engineRepair, columns, { asOf: 0, includeCases });
    expectTypeOf<ReturnType<typeof withCases>['cases']>().toEqualTypeOf<readonly CaseMeasure[]>();
    expectTypeOf<ReturnType<typeof withoutCases>['cases']>().toEqualTypeOf<null>();
    expectTypeOf<ReturnType<typeof either>>().toEqualTypeOf<JourneyMeasure<readonly CaseMeasure[] | null>>();
  });

  it('takes only what it reads: a parsed journey, columns, asOf in epoch milliseconds, business days in UTC', () => {
    // @ts-expect-error asOf is epoch milliseconds here, not date text.
    const textAsOf = () => measureJourneyColumns(engineRepair, columns, { asOf: '2026-03-31' });
    // @ts-expect-error rows go to measureJourney.
    const rows = () => measureJourneyColumns(engineRepair, [], { asOf: 0 });
    // @ts-expect-error business days in another zone go to measureJourney.
    const zone = () => measureJourneyColumns(engineRepair, columns, { asOf: 0, timeZone: 'Asia/Tokyo' });
    // @ts-expect-error the journey must be parsed.
    const unparsed = () => measureJourneyColumns({ kind: 'journey' }, columns, { asOf: 0 });
    expectTypeOf([textAsOf, rows, zone, unparsed]).toBeArray();
  });
});
