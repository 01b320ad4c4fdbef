import { type CaseMeasure, type JourneyMeasure, measureJourney } from 'cxkit/journeys';
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
