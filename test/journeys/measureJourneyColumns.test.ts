import { type Journey, measureJourney, measureJourneyColumns, parseJourney } from 'cxkit/journeys';
import { describe, expect, it } from 'vitest';
import { expectCxError } from '../expectCxError';
import { day, engineRepair, engineRepairDocument } from './engineRepairJourney';

const hour = 3_600_000;

// A repair whose inspection and quote review run side by side after the engine arrives.
const repair = parseJourney({
  kind: 'journey',
  schemaVersion: 1,
  id: 'repair',
  title: 'Repair, wing to wing',
  customer: { segment: 'airlines' },
  boundary: { start: 'removed', end: 'reinstalled' },
  events: [
    { name: 'removed', perspective: 'customer' },
    { name: 'received', perspective: 'internal' },
    { name: 'inspected', perspective: 'internal' },
    { name: 'quote-approved', perspective: 'customer' },
    { name: 'reinstalled', perspective: 'customer' },
  ],
  stages: [{ id: 'repair', name: 'Repair', phase: 'support' }],
  steps: [
    {
      id: 'inbound',
      stage: 'repair',
      name: 'Inbound',
      control: 'partner',
      startEvent: 'removed',
      endEvent: 'received',
    },
    {
      id: 'inspect',
      stage: 'repair',
      name: 'Inspect',
      control: 'company',
      startEvent: 'received',
      endEvent: 'inspected',
    },
    {
      id: 'review',
      stage: 'repair',
      name: 'Review the quote',
      control: 'company',
      startEvent: 'received',
      endEvent: 'quote-approved',
    },
  ],
});

describe('a small log, by hand', () => {
  // Event names: 0 removed, 1 received, 2 inspected, 3 quote-approved, 4 reinstalled, 5 an undeclared one.
  // Case 0 (R1): removed day 0, received days 2 and 3 (a repeat), inspected 5, approved 9, reinstalled 20.
  // Case 1 (R2): removed day 10, received 12, reinstalled day 31 (after asOf, day 30): open.
  // Case 2 (R3): only reinstalled, day 4: no start. Case 3 (R4): only the undeclared event.
  const columns = {
    caseIndex: Int32Array.of(0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 3),
    eventIndex: Uint8Array.of(0, 1, 1, 2, 3, 4, 0, 1, 4, 4, 5),
    at: Float64Array.from([0, 2, 3, 5, 9, 20, 10, 12, 31, 4, 1], (days) => days * day),
    eventNames: ['removed', 'received', 'inspected', 'quote-approved', 'reinstalled', 'engine-washed'],
    caseIds: ['R1', 'R2', 'R3', 'R4'],
  };
  const asOf = 30 * day;
  const measure = measureJourneyColumns(repair, columns, { asOf });

  it('measures the finished case: wing to wing, the controlled union, the waiting', () => {
    // Wing to wing 0 → 20: 20 days. Controlled: inspect [2, 5] ∪ review [2, 9] = 7 days (overlap once).
    // Covered by any step: inbound [0, 2] ∪ [2, 9] = 9 days, so waiting is 20 − 9 = 11 days.
    expect(measure.cases[0]).toEqual({
      caseId: 'R1',
      status: 'finished',
      open: false,
      startedAt: 0,
      endedAt: 20 * day,
      wingToWingMs: 20 * day,
      controlledMs: 7 * day,
      waitingMs: 11 * day,
      ageMs: null,
      stepMs: [2 * day, 3 * day, 7 * day],
    });
    expect(measure.summary.controlledShare).toBe(7 / 20);
  });

  it('reports the open case with its age and the case without a start', () => {
    // R2 started on day 10; asOf is day 30: 20 days old. Its end on day 31 is after asOf.
    expect(measure.cases[1]).toMatchObject({
      caseId: 'R2',
      status: 'open',
      ageMs: 20 * day,
      stepMs: [2 * day, null, null],
    });
    expect(measure.cases[2]).toMatchObject({ caseId: 'R3', status: 'no-start', startedAt: null, endedAt: 4 * day });
    expect(measure.cases).toHaveLength(3);
  });

  it('counts every case and event set aside', () => {
    // 11 events: 1 undeclared, 1 repeat, 1 after asOf; the other 8 are used.
    expect(measure.counts).toEqual({
      cases: { total: 3, finished: 1, open: 1, withoutStart: 1, endBeforeStart: 0, withoutKnownEvents: 1 },
      events: { total: 11, used: 8, unknown: 1, duplicate: 1, afterAsOf: 1, outsideBoundary: 0 },
      stepsEndingBeforeStart: 0,
    });
    expect(measure.unknownEvents).toEqual(['engine-washed']);
  });

  it('summarizes each step over the cases that completed it', () => {
    // Inbound: R1 and R2, 2 days each; inspect and review: R1 only.
    expect(measure.summary.steps.inbound).toMatchObject({ count: 2, mean: 2 * day, p50: 2 * day, span: 0 });
    expect(measure.summary.steps.review).toMatchObject({ count: 1, mean: 7 * day });
    expect(measure.summary.openAge).toMatchObject({ count: 1, mean: 20 * day });
  });

  it('widens the controlled time to partners when asked', () => {
    // Inbound [0, 2] joins [2, 9]: 9 days.
    const widened = measureJourneyColumns(repair, columns, { asOf, controlledBy: ['company', 'partner'] });
    expect(widened.cases[0]?.controlledMs).toBe(9 * day);
  });

  it('gives measureJourney’s measure, also without the case list', () => {
    expect(measure).toEqual(measureJourney(repair, columns, { asOf }));
    const lean = measureJourneyColumns(repair, columns, { asOf, includeCases: false });
    expect(lean.cases).toBeNull();
    expect(lean.summary).toEqual(measure.summary);
  });
});

describe('business time, in UTC', () => {
  // Friday 2026-03-06 12:00 UTC to Tuesday 2026-03-10 12:00 UTC: four calendar days.
  // Business time skips Saturday and Sunday: Friday 12 h + Monday 24 h + Tuesday 12 h = 48 h.
  const columns = {
    caseIndex: [0, 0],
    eventIndex: [0, 1],
    at: [Date.UTC(2026, 2, 6, 12), Date.UTC(2026, 2, 10, 12)],
    eventNames: ['engine-removed', 'engine-reinstalled'],
  };
  const asOf = Date.UTC(2026, 6, 1);

  it('skips weekends, and holidays when given', () => {
    expect(measureJourneyColumns(engineRepair, columns, { asOf, time: 'business' }).cases[0]?.wingToWingMs).toBe(
      48 * hour,
    );
    // Monday a holiday: Friday 12 h + Tuesday 12 h.
    const withHoliday = measureJourneyColumns(engineRepair, columns, {
      asOf,
      time: 'business',
      timeZone: 'UTC',
      holidays: ['2026-03-09'],
    });
    expect(withHoliday.cases[0]?.wingToWingMs).toBe(24 * hour);
    // Friday and Saturday off: Sunday 24 h + Monday 24 h + Tuesday 12 h.
    const weekend = measureJourneyColumns(engineRepair, columns, { asOf, time: 'business', weekend: [5, 6] });
    expect(weekend.cases[0]?.wingToWingMs).toBe(60 * hour);
  });

  it('refuses another time zone, pointing at measureJourney', () => {
    const error = expectCxError(
      () =>
        measureJourneyColumns(engineRepair, columns, {
          asOf,
          time: 'business',
          timeZone: 'Asia/Tokyo' as 'UTC',
        }),
      'INVALID_OPTION',
      ['timeZone'],
    );
    expect(error.message).toMatchInlineSnapshot(
      `"Option timeZone must be "UTC" here (measureJourney counts business days in other zones); received "Asia/Tokyo"."`,
    );
  });
});

describe('bad input', () => {
  const columns = {
    caseIndex: Int32Array.of(0, 0),
    eventIndex: Int32Array.of(0, 1),
    at: Float64Array.of(0, day),
    eventNames: ['engine-removed', 'engine-reinstalled'],
  };
  const asOf = 2 * day;
  const withJourney = (change: (document: Record<string, unknown>) => void) => {
    const document = structuredClone(engineRepairDocument) as unknown as Record<string, unknown>;
    change(document);
    return () => measureJourneyColumns(document as unknown as Journey, columns, { asOf });
  };
  const steps = (document: Record<string, unknown>) => document.steps as Record<string, unknown>[];
  const events = (document: Record<string, unknown>) => document.events as Record<string, unknown>[];

  it('asOf must be epoch milliseconds', () => {
    const text = expectCxError(
      () => measureJourneyColumns(engineRepair, columns, { asOf: '2026-03-31' as never }),
      'INVALID_OPTION',
      ['asOf'],
    );
    expect(text.message).toMatchInlineSnapshot(
      `"Option asOf must be epoch milliseconds, a number (measureJourney reads dates and date text); received "2026-03-31"."`,
    );
    expectCxError(
      () => measureJourneyColumns(engineRepair, columns, { asOf: new Date(0) as never }),
      'INVALID_OPTION',
      ['asOf'],
    );
    // As measureJourney: a number that is no instant is an invalid date.
    expectCxError(() => measureJourneyColumns(engineRepair, columns, { asOf: Number.NaN }), 'INVALID_DATE', ['asOf']);
    expectCxError(() => measureJourneyColumns(engineRepair, columns, { asOf: 9e15 }), 'INVALID_DATE', ['asOf']);
    expectCxError(() => measureJourneyColumns(engineRepair, columns, {} as never), 'MISSING_AS_OF', ['asOf']);
    expectCxError(() => measureJourneyColumns(engineRepair, columns, undefined as never), 'MISSING_AS_OF', ['asOf']);
  });

  it('other options are checked as measureJourney checks them', () => {
    expectCxError(() => measureJourneyColumns(engineRepair, columns, { asOf, asof: asOf } as never), 'UNKNOWN_OPTION');
    expectCxError(
      () => measureJourneyColumns(engineRepair, columns, { asOf, time: 'working' as never }),
      'INVALID_OPTION',
      ['time'],
    );
    expectCxError(() => measureJourneyColumns(engineRepair, columns, { asOf, weekend: [6] }), 'INVALID_OPTION', [
      'weekend',
    ]);
    expectCxError(
      () => measureJourneyColumns(engineRepair, columns, { asOf, time: 'business', holidays: ['2026-02-30'] }),
      'INVALID_DATE',
      ['holidays', 0],
    );
    expectCxError(
      () => measureJourneyColumns(engineRepair, columns, { asOf, controlledBy: ['vendor' as never] }),
      'INVALID_OPTION',
      ['controlledBy', 0],
    );
    expectCxError(
      () => measureJourneyColumns(engineRepair, columns, { asOf, durationSummaries: { relativeAccuracy: 2 } }),
      'INVALID_OPTION',
      ['durationSummaries', 'relativeAccuracy'],
    );
  });

  it('the journey: what the measurement reads is checked, with its place named', () => {
    const notParsed = expectCxError(
      () => measureJourneyColumns('engine-repair' as never, columns, { asOf }),
      'INVALID_INPUT',
      [],
    );
    expect(notParsed.message).toMatchInlineSnapshot(
      `"journey must be a journey document made by parseJourney; received "engine-repair"."`,
    );
    expectCxError(
      withJourney((document) => {
        document.kind = 'metric-definition';
      }),
      'WRONG_DOCUMENT_KIND',
      ['kind'],
    );
    expectCxError(
      withJourney((document) => {
        document.id = 7;
      }),
      'INVALID_INPUT',
      ['id'],
    );
    expectCxError(
      withJourney((document) => {
        document.events = 'engine-removed';
      }),
      'INVALID_INPUT',
      ['events'],
    );
    expectCxError(
      withJourney((document) => {
        events(document)[3] = null as never;
      }),
      'INVALID_INPUT',
      ['events', 3],
    );
    const repeated = expectCxError(
      withJourney((document) => {
        (events(document)[3] as Record<string, unknown>).name = 'engine-received';
      }),
      'INVALID_INPUT',
      ['events', 3, 'name'],
    );
    expect(repeated.message).toMatchInlineSnapshot(
      `"journey.events[3].name must be a name not declared before (events[1]); received "engine-received"."`,
    );
    expectCxError(
      withJourney((document) => {
        document.boundary = undefined;
      }),
      'INVALID_INPUT',
      ['boundary'],
    );
    expectCxError(
      withJourney((document) => {
        document.boundary = { start: 'engine-removed', end: 'engine-removed' };
      }),
      'INVALID_INPUT',
      ['boundary', 'end'],
    );
    expectCxError(
      withJourney((document) => {
        document.steps = undefined;
      }),
      'INVALID_INPUT',
      ['steps'],
    );
    expectCxError(
      withJourney((document) => {
        (steps(document)[2] as Record<string, unknown>).id = 'inbound';
      }),
      'INVALID_INPUT',
      ['steps', 2, 'id'],
    );
    expectCxError(
      withJourney((document) => {
        delete (steps(document)[1] as Record<string, unknown>).name;
      }),
      'INVALID_INPUT',
      ['steps', 1, 'name'],
    );
    expectCxError(
      withJourney((document) => {
        (steps(document)[1] as Record<string, unknown>).control = 'vendor';
      }),
      'INVALID_INPUT',
      ['steps', 1, 'control'],
    );
    const undeclared = expectCxError(
      withJourney((document) => {
        (steps(document)[4] as Record<string, unknown>).endEvent = 'engine-sent';
      }),
      'INVALID_INPUT',
      ['steps', 4, 'endEvent'],
    );
    expect(undeclared.message).toMatchInlineSnapshot(
      `"journey.steps[4].endEvent must be an event the journey declares in events; received "engine-sent"."`,
    );
  });

  it('the journey as read from JSON is measured when it holds what the measurement reads', () => {
    // The check reads only what the measurement needs; parseJourney checks the rest.
    const measure = measureJourneyColumns(structuredClone(engineRepairDocument) as unknown as Journey, columns, {
      asOf,
    });
    expect(measure.cases[0]?.wingToWingMs).toBe(day);
  });

  it('the log must be columns, checked as measureJourney checks them', () => {
    const rows = expectCxError(
      () => measureJourneyColumns(engineRepair, [{ caseId: 1, event: 'engine-removed', at: 0 }] as never, { asOf }),
      'INVALID_EVENTS',
      [],
    );
    expect(rows.message).toMatchInlineSnapshot(
      `"The journey events must be { caseIndex, eventIndex, at, eventNames } columns here (measureJourney reads { caseId, event, at } rows); received an array."`,
    );
    expectCxError(() => measureJourneyColumns(engineRepair, null as never, { asOf }), 'INVALID_EVENTS', []);
    expectCxError(
      () => measureJourneyColumns(engineRepair, { ...columns, at: Float64Array.of(0) }, { asOf }),
      'MISMATCHED_COLUMNS',
      ['at'],
    );
    expectCxError(
      () => measureJourneyColumns(engineRepair, { ...columns, eventIndex: Int32Array.of(0, 2) }, { asOf }),
      'INVALID_EVENT',
      ['eventIndex', 1],
    );
    expectCxError(
      () => measureJourneyColumns(engineRepair, { ...columns, at: Float64Array.of(0, Number.NaN) }, { asOf }),
      'INVALID_EVENT',
      ['at', 1],
    );
    expectCxError(
      () => measureJourneyColumns(engineRepair, { caseIndex: [], eventIndex: [], at: [], eventNames: [] }, { asOf }),
      'EMPTY_EVENTS',
      [],
    );
  });

  it('options come first, then the journey, then the log, as in measureJourney', () => {
    expectCxError(() => measureJourneyColumns(null as never, null as never, { asOf: Number.NaN }), 'INVALID_DATE');
    expectCxError(() => measureJourneyColumns(null as never, null as never, { asOf }), 'INVALID_INPUT');
  });
});
