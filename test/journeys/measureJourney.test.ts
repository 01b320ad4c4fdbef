import { compareJourneyMeasures, measureJourney } from 'cxkit/journeys';
import { describe, expect, it } from 'vitest';
import { expectCxError } from '../expectCxError';
import { day, engineCase, engineRepair } from './engineRepairJourney';

const asOf = Date.UTC(2026, 6, 1);
const hour = 3_600_000;

describe('the engine-shop story', () => {
  // Ten engines before and after a shop program. Days after the engine left the wing:
  // received, quote sent, quote approved, repair finished, shipped, reinstalled.
  // Before: inspection 8 + repair 18 + release 4 = 30 controlled days; reinstalled on day 49 + i.
  // After: inspection 3 + repair 9 + release 3 = 15 controlled days, but the quote waits
  // 12 days for approval and shipping is batched: reinstalled on day 48 + i.
  const before = measureJourney(
    engineRepair,
    Array.from({ length: 10 }, (_, i) => engineCase(`B${i}`, [0, 5, 13, 17, 35, 39, 49 + i])).flat(),
    { asOf },
  );
  const after = measureJourney(
    engineRepair,
    Array.from({ length: 10 }, (_, i) => engineCase(`A${i}`, [0, 5, 8, 20, 29, 32, 48 + i])).flat(),
    { asOf },
  );

  it('controlled time halves', () => {
    expect(before.summary.controlled?.mean).toBe(30 * day);
    expect(after.summary.controlled?.mean).toBe(15 * day);
  });

  it('wing-to-wing time barely moves, and neither does its spread', () => {
    // Wing to wing: 49…58 days before, 48…57 after. Mean 53.5 and 52.5 days.
    // Type 7 over ten values: P5 at h = 9·0.05 = 0.45, P95 at h = 8.55.
    expect(before.summary.wingToWing).toEqual({
      count: 10,
      mean: 53.5 * day,
      p5: 4_272_480_000, // 49.45 days
      p50: 53.5 * day,
      p95: 4_972_320_000, // 57.55 days
      span: 699_840_000, // 8.1 days
    });
    expect(after.summary.wingToWing?.mean).toBe(52.5 * day);
  });

  it('the comparison says the customers did not feel it', () => {
    const comparison = compareJourneyMeasures(before, after);
    expect(comparison.verdict).toBe('not-felt-by-customers');
    expect(comparison.controlled.mean.relativeChange).toBe(-0.5);
    // (52.5 − 53.5) / 53.5
    expect(comparison.wingToWing.mean.relativeChange).toBeCloseTo(-1 / 53.5, 12);
    expect(comparison.wingToWing.span.change).toBeCloseTo(0, 3);
    // Controlled share 30 / 53.5 before, 15 / 52.5 after.
    expect(comparison.controlledShare.before).toBeCloseTo(30 / 53.5, 14);
    expect(comparison.controlledShare.after).toBeCloseTo(15 / 52.5, 14);
    expect(comparison.message).toMatch(/^The controlled part moved but customers did not feel it/);
  });

  it('waiting is the time no step covers: none here, every hand-off is owned', () => {
    expect(before.summary.waiting?.p95).toBe(0);
  });

  it('a shop that gets faster and passes it on is felt', () => {
    const faster = measureJourney(
      engineRepair,
      Array.from({ length: 10 }, (_, i) => engineCase(`F${i}`, [0, 5, 8, 10, 19, 22, 32 + i])).flat(),
      { asOf },
    );
    expect(compareJourneyMeasures(before, faster).verdict).toBe('felt-by-customers');
    expect(compareJourneyMeasures(faster, before).verdict).toBe('worse-for-customers');
  });
});

describe('percentiles match R', () => {
  // R: x <- c(41, 38, 55, 40, 39, 61, 44, 42, 90, 37, 43)
  //    quantile(x, c(0.05, 0.5, 0.95), type = 7)  →  37.5 42.0 75.5
  it('type 7 on eleven wing-to-wing durations (days)', () => {
    const durations = [41, 38, 55, 40, 39, 61, 44, 42, 90, 37, 43];
    const rows = durations.flatMap((days, index) => [
      { caseId: index, event: 'engine-removed', at: 0 },
      { caseId: index, event: 'engine-reinstalled', at: days * day },
    ]);
    const statistics = measureJourney(engineRepair, rows, { asOf }).summary.wingToWing;
    expect(statistics?.p5).toBe(37.5 * day);
    expect(statistics?.p50).toBe(42 * day);
    expect(statistics?.p95).toBe(75.5 * day);
    expect(statistics?.span).toBe(38 * day);
  });

  // R: quantile(rivers, c(0.05, 0.5, 0.95), type = 7)  →  230 425 1450 ; mean(rivers) = 591.18439716312059
  it("type 7 on R's rivers (141 values), as hours", () => {
    const rivers = [
      735, 320, 325, 392, 524, 450, 1459, 135, 465, 600, 330, 336, 280, 315, 870, 906, 202, 329, 290, 1000, 600, 505,
      1450, 840, 1243, 890, 350, 407, 286, 280, 525, 720, 390, 250, 327, 230, 265, 850, 210, 630, 260, 230, 360, 730,
      600, 306, 390, 420, 291, 710, 340, 217, 281, 352, 259, 250, 470, 680, 570, 350, 300, 560, 900, 625, 332, 2348,
      1171, 3710, 2315, 2533, 780, 280, 410, 460, 260, 255, 431, 350, 760, 618, 338, 981, 1306, 500, 696, 605, 250, 411,
      1054, 735, 233, 435, 490, 310, 460, 383, 375, 1270, 545, 445, 1885, 380, 300, 380, 377, 425, 276, 210, 800, 420,
      350, 360, 538, 1100, 1205, 314, 237, 610, 360, 540, 1038, 424, 310, 300, 444, 301, 268, 620, 215, 652, 900, 525,
      246, 360, 529, 500, 720, 270, 430, 671, 1770,
    ];
    const statistics = measureJourney(
      engineRepair,
      {
        caseIndex: Int32Array.from(rivers.flatMap((_, index) => [index, index])),
        eventIndex: Int32Array.from(rivers.flatMap(() => [0, 1])),
        at: Float64Array.from(rivers.flatMap((hours) => [0, hours * hour])),
        eventNames: ['engine-removed', 'engine-reinstalled'],
      },
      { asOf },
    ).summary.wingToWing;
    expect(statistics).toMatchObject({ count: 141, p5: 230 * hour, p50: 425 * hour, p95: 1450 * hour });
    expect((statistics?.mean ?? 0) / hour).toBeCloseTo(591.18439716312059, 10);
  });
});

describe('controlled, waiting and step time per case', () => {
  it('counts overlapping controlled steps once and leaves uncovered time as waiting', () => {
    // Removed day 0, received 2, quote sent 6, approved 5 (before the quote: the
    // approval step ends before it starts), repair finished 9, shipped 10, reinstalled 20.
    // Controlled steps: inspection [2, 6], repair [5, 9], release [9, 10] → union [2, 10] = 8 days.
    // All steps: inbound [0, 2], the above, outbound [10, 20] → covered 20 days, waiting 0.
    const measure = measureJourney(engineRepair, engineCase('X', [0, 2, 6, 5, 9, 10, 20]), { asOf });
    const only = measure.cases[0];
    expect(only?.controlledMs).toBe(8 * day);
    expect(only?.wingToWingMs).toBe(20 * day);
    expect(only?.waitingMs).toBe(0);
    expect(only?.stepMs).toEqual([2 * day, 4 * day, null, 4 * day, 1 * day, 10 * day]);
    expect(measure.counts.stepsEndingBeforeStart).toBe(1);
  });

  it('time between steps that no step covers is waiting', () => {
    // Without the shipped event, release and outbound cannot be timed: days 9 → 20 are waiting.
    const rows = engineCase('Y', [0, 2, 6, 7, 9, 10, 20]).filter((row) => row.event !== 'engine-shipped');
    const only = measureJourney(engineRepair, rows, { asOf }).cases[0];
    expect(only?.waitingMs).toBe(11 * day);
    expect(only?.controlledMs).toBe(4 * day + 2 * day);
  });

  it('counts partner steps as controlled when asked', () => {
    const rows = engineCase('Z', [0, 5, 13, 17, 35, 39, 49]);
    const measure = measureJourney(engineRepair, rows, { asOf, controlledBy: ['company', 'partner'] });
    // 5 (inbound) + 8 + 18 + 4 + 10 (outbound) = 45 days.
    expect(measure.cases[0]?.controlledMs).toBe(45 * day);
  });
});

describe('the stated treatment of untidy logs', () => {
  const rows = [
    // A finished case, its rows out of order, one duplicate (the earliest counts).
    ...engineCase('done', [0, 5, 13, 17, 35, 39, 49]).reverse(),
    { caseId: 'done', event: 'engine-received', at: Date.UTC(2026, 0, 1) + 7 * day },
    // An event the journey does not declare.
    { caseId: 'done', event: 'customs-cleared', at: Date.UTC(2026, 0, 1) + 40 * day },
    // An event before the case's start.
    { caseId: 'early', event: 'quote-sent', at: Date.UTC(2025, 11, 1) },
    { caseId: 'early', event: 'engine-removed', at: Date.UTC(2026, 0, 1) },
    // Open at asOf: started, not ended; its end comes after asOf.
    { caseId: 'early', event: 'engine-reinstalled', at: asOf + day },
    // Only an end.
    { caseId: 'orphan', event: 'engine-reinstalled', at: Date.UTC(2026, 1, 1) },
    // Ends before it starts.
    { caseId: 'backwards', event: 'engine-removed', at: Date.UTC(2026, 2, 2) },
    { caseId: 'backwards', event: 'engine-reinstalled', at: Date.UTC(2026, 2, 1) },
    // Only unknown events.
    { caseId: 'stranger', event: 'brochure-sent', at: Date.UTC(2026, 2, 1) },
  ];
  const measure = measureJourney(engineRepair, rows, { asOf });

  it('reports every case with its status, open ones with their age', () => {
    expect((measure.cases ?? []).map((measured) => [measured.caseId, measured.status])).toEqual([
      ['done', 'finished'],
      ['early', 'open'],
      ['orphan', 'no-start'],
      ['backwards', 'end-before-start'],
    ]);
    // 2026-01-01 to 2026-07-01 is 181 days.
    expect(measure.cases[1]?.ageMs).toBe(181 * day);
    expect(measure.summary.openAge?.count).toBe(1);
    expect(measure.summary.wingToWing?.count).toBe(1);
  });

  it('counts every event set aside, by reason', () => {
    expect(measure.counts.events).toEqual({
      total: 16,
      used: 11,
      unknown: 2,
      duplicate: 1,
      afterAsOf: 1,
      outsideBoundary: 1,
    });
    expect(measure.counts.cases).toEqual({
      total: 4,
      finished: 1,
      open: 1,
      withoutStart: 1,
      endBeforeStart: 1,
      withoutKnownEvents: 1,
    });
    expect(measure.unknownEvents).toEqual(['customs-cleared', 'brochure-sent']);
  });

  it('gives the same summary and counts without the per-case objects', () => {
    const lean = measureJourney(engineRepair, rows, { asOf, includeCases: false });
    expect(lean.cases).toBeNull();
    expect(lean.summary).toEqual(measure.summary);
    expect(lean.counts).toEqual(measure.counts);
  });

  it('keeps the earliest of duplicate events', () => {
    expect(measure.cases[0]?.stepMs[0]).toBe(5 * day);
  });
});

describe('business time', () => {
  // Friday 2026-03-06 12:00 UTC to Tuesday 2026-03-10 12:00 UTC: four calendar days.
  // Business time skips Saturday and Sunday: Friday 12 h + Monday 24 h + Tuesday 12 h = 48 h.
  const rows = [
    { caseId: 1, event: 'engine-removed', at: '2026-03-06T12:00:00Z' },
    { caseId: 1, event: 'engine-reinstalled', at: '2026-03-10T12:00:00Z' },
  ];

  it('skips weekends, and holidays when given', () => {
    expect(measureJourney(engineRepair, rows, { asOf }).cases[0]?.wingToWingMs).toBe(96 * hour);
    expect(measureJourney(engineRepair, rows, { asOf, time: 'business' }).cases[0]?.wingToWingMs).toBe(48 * hour);
    const withHoliday = measureJourney(engineRepair, rows, { asOf, time: 'business', holidays: ['2026-03-09'] });
    expect(withHoliday.cases[0]?.wingToWingMs).toBe(24 * hour);
    // Calendar instants are kept as they were.
    expect(withHoliday.cases[0]?.startedAt).toBe(Date.UTC(2026, 2, 6, 12));
  });

  it('reads days in the given zone', () => {
    // In Tokyo (UTC+9) the start is Friday 21:00 and the end Tuesday 21:00: 3 h + 24 h + 21 h.
    const tokyo = measureJourney(engineRepair, rows, { asOf, time: 'business', timeZone: 'Asia/Tokyo' });
    expect(tokyo.cases[0]?.wingToWingMs).toBe(48 * hour);
    const weekendFridaySaturday = measureJourney(engineRepair, rows, {
      asOf,
      time: 'business',
      timeZone: 'Asia/Tokyo',
      weekend: [5, 6],
    });
    // Friday and Saturday off: Sunday 24 h + Monday 24 h + Tuesday 21 h.
    expect(weekendFridaySaturday.cases[0]?.wingToWingMs).toBe(69 * hour);
  });

  it('refuses a weekend or holidays with calendar time', () => {
    expectCxError(() => measureJourney(engineRepair, rows, { asOf, holidays: ['2026-03-09'] }), 'INVALID_OPTION', [
      'holidays',
    ]);
  });
});

describe('bad input', () => {
  const good = engineCase('G', [0, 5, 13, 17, 35, 39, 49]);

  it('an empty log is an error', () => {
    expectCxError(() => measureJourney(engineRepair, [], { asOf }), 'EMPTY_EVENTS', []);
    expectCxError(
      () => measureJourney(engineRepair, { caseIndex: [], eventIndex: [], at: [], eventNames: [] }, { asOf }),
      'EMPTY_EVENTS',
    );
  });

  it('an invalid date names the row and counts the others', () => {
    const rows = [
      ...good,
      { caseId: 'G', event: 'quote-sent', at: '2026-02-30' },
      { caseId: 'H', event: 'quote-sent', at: 'soon' },
    ];
    const error = expectCxError(() => measureJourney(engineRepair, rows, { asOf }), 'INVALID_DATE', [7, 'at']);
    expect(error.message).toContain('2 invalid values');
  });

  it('a row that is not an object, a case id that is not a string or number, an event that is not a string', () => {
    expectCxError(() => measureJourney(engineRepair, [...good, null as never], { asOf }), 'INVALID_EVENT', [7]);
    expectCxError(
      () =>
        measureJourney(engineRepair, [...good, { caseId: { id: 1 } as never, event: 'quote-sent', at: 0 }], { asOf }),
      'INVALID_EVENT',
      [7, 'caseId'],
    );
    expectCxError(
      () => measureJourney(engineRepair, [...good, { caseId: 'G', event: 7 as never, at: 0 }], { asOf }),
      'INVALID_EVENT',
      [7, 'event'],
    );
  });

  it('columns: mismatched lengths, indexes out of range, times that are not finite', () => {
    const columns = {
      caseIndex: Int32Array.from([0, 0, 1]),
      eventIndex: Int32Array.from([0, 1, 0]),
      at: Float64Array.from([0, day, 0]),
      eventNames: ['engine-removed', 'engine-reinstalled'],
    };
    expectCxError(
      () => measureJourney(engineRepair, { ...columns, at: Float64Array.from([0, day]) }, { asOf }),
      'MISMATCHED_COLUMNS',
      ['at'],
    );
    expectCxError(
      () => measureJourney(engineRepair, { ...columns, eventIndex: Int32Array.from([0, 2, 0]) }, { asOf }),
      'INVALID_EVENT',
      ['eventIndex', 1],
    );
    expectCxError(() => measureJourney(engineRepair, { ...columns, caseIds: ['only'] }, { asOf }), 'INVALID_EVENT', [
      'caseIndex',
      2,
    ]);
    const error = expectCxError(
      () =>
        measureJourney(
          engineRepair,
          { ...columns, at: Float64Array.from([Number.NaN, day, Number.POSITIVE_INFINITY]) },
          { asOf },
        ),
      'INVALID_EVENT',
      ['at', 0],
    );
    expect(error.message).toContain('2 invalid values');
  });

  it('asOf is required and checked; options are checked', () => {
    expectCxError(() => measureJourney(engineRepair, good, {} as never), 'MISSING_AS_OF', ['asOf']);
    expectCxError(() => measureJourney(engineRepair, good, { asOf: 'tomorrow' }), 'INVALID_DATE', ['asOf']);
    expectCxError(() => measureJourney(engineRepair, good, { asOf, time: 'working' as never }), 'INVALID_OPTION', [
      'time',
    ]);
    expectCxError(
      () => measureJourney(engineRepair, good, { asOf, controlledBy: ['vendor' as never] }),
      'INVALID_OPTION',
      ['controlledBy', 0],
    );
    expectCxError(() => measureJourney(engineRepair, good, { asOf, asof: asOf } as never), 'UNKNOWN_OPTION');
    expectCxError(
      () => measureJourney(engineRepair, good, { asOf, durationSummaries: { relativeAccuracy: 2 } }),
      'INVALID_OPTION',
      ['durationSummaries', 'relativeAccuracy'],
    );
    expectCxError(
      () => measureJourney(engineRepair, good, { asOf, durationSummaries: 'yes' as never }),
      'INVALID_OPTION',
      ['durationSummaries'],
    );
  });

  it('comparisons refuse measures of different journeys or time bases, and measures with no finished case', () => {
    const calendar = measureJourney(engineRepair, good, { asOf });
    const business = measureJourney(engineRepair, good, { asOf, time: 'business' });
    expectCxError(() => compareJourneyMeasures(calendar, business), 'DIFFERENT_TIME_BASES', ['after', 'time']);
    expectCxError(() => compareJourneyMeasures(calendar, { ...calendar, journey: 'claims' }), 'DIFFERENT_JOURNEYS');
    const openOnly = measureJourney(engineRepair, good.slice(0, 3), { asOf });
    expectCxError(() => compareJourneyMeasures(calendar, openOnly), 'NO_FINISHED_CASES', ['after']);
    expectCxError(() => compareJourneyMeasures(calendar, {} as never), 'INVALID_MEASURE', ['after']);
  });
});
