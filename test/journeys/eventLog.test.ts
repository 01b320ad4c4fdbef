import { createEventLogParser, type EventLog, measureJourney, parseEventLog, parseJourney } from 'cxkit/journeys';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectCxError } from '../expectCxError';
import { publicFile } from './publicLogs';

const hour = 3_600_000;
const day = 24 * hour;

// The compensation requests of the running example, bounded from the request to the payment.
const compensation = parseJourney({
  kind: 'journey',
  schemaVersion: 1,
  id: 'compensation-request',
  title: 'Compensation request',
  customer: { segment: 'claimants' },
  boundary: { start: 'register request', end: 'pay compensation' },
  events: [
    { name: 'register request', perspective: 'customer' },
    { name: 'decide', perspective: 'internal' },
    { name: 'pay compensation', perspective: 'customer' },
  ],
  stages: [{ id: 'claim', name: 'Claim', phase: 'support' }],
  steps: [
    {
      id: 'assess',
      stage: 'claim',
      name: 'Assess',
      owner: 'claims',
      control: 'company',
      startEvent: 'register request',
      endEvent: 'decide',
    },
    {
      id: 'pay',
      stage: 'claim',
      name: 'Pay',
      owner: 'finance',
      control: 'company',
      startEvent: 'decide',
      endEvent: 'pay compensation',
    },
  ],
});

const byCase = (log: EventLog) => {
  const rows: string[] = [];
  for (let index = 0; index < log.events.at.length; index++) {
    rows.push(
      `${log.events.caseIds[log.events.caseIndex[index] as number]}|${log.events.eventNames[log.events.eventIndex[index] as number]}|${log.events.at[index]}`,
    );
  }
  return rows.sort();
};

describe('the running example (pm4py), as XES and as CSV', () => {
  const xes = parseEventLog(publicFile('running-example.xes'), { format: 'xes', source: 'running-example.xes' });
  const csv = parseEventLog(publicFile('running-example.csv'), { format: 'csv', source: 'running-example.csv' });

  it('reads 42 events of 6 cases, names as written, and the same events from both files', () => {
    expect(xes.counts.events).toBe(42);
    expect(xes.events.caseIds).toEqual(['3', '2', '1', '6', '5', '4']);
    expect(xes.events.eventNames).toEqual([
      'register request',
      'examine casually',
      'check ticket',
      'decide',
      'reinitiate request',
      'examine thoroughly',
      'pay compensation',
      'reject request',
    ]);
    expect(byCase(csv)).toEqual(byCase(xes));
    // Hand: the first event, 2010-12-30T14:32:00.000+01:00, is 13:32 UTC.
    expect(xes.events.at[0]).toBe(Date.UTC(2010, 11, 30, 13, 32));
  });

  it('keeps every other attribute by name, and the trace attributes per case', () => {
    expect(Object.keys(xes.attributes)).toEqual(['org:resource', 'Activity', 'Resource', 'Costs']);
    expect(xes.attributes['org:resource']?.slice(0, 3)).toEqual(['Pete', 'Mike', 'Ellen']);
    expect(xes.attributes.Costs?.slice(0, 3)).toEqual(['50', '400', '100']);
    expect(xes.caseAttributes).toEqual({ creator: Array(6).fill('Fluxicon Nitro') });
    expect(xes.logAttributes).toEqual({ creator: 'Fluxicon Nitro' });
    // CSV: the case: prefix is dropped, so the two formats name case attributes alike.
    expect(csv.caseAttributes).toEqual(xes.caseAttributes);
    expect(csv.attributes['org:resource']).toEqual(xes.attributes['org:resource']);
  });

  it('measures wing to wing as counted by hand from the file', () => {
    const measure = measureJourney(compensation, xes.events, { asOf: '2011-02-01' });
    // Hand, from the file's time stamps (all +01:00): request to payment.
    // Case 3: 2010-12-30 14:32 → 2011-01-15 10:45 = 15 d 20 h 13 min.
    // Case 2: 2010-12-30 11:32 → 2011-01-08 12:05 = 9 d 0 h 33 min.
    // Case 6: 2011-01-06 15:02 → 2011-01-16 11:47 = 9 d 20 h 45 min.
    expect(measure.cases.map((measured) => [measured.caseId, measured.wingToWingMs])).toEqual([
      ['3', 15 * day + 20 * hour + 13 * 60_000],
      ['2', 9 * day + 33 * 60_000],
      ['1', null],
      ['6', 9 * day + 20 * hour + 45 * 60_000],
      ['5', null],
      ['4', null],
    ]);
    expect(measure.counts.cases).toMatchObject({ finished: 3, open: 3 });
    // Case 6's first decision: 2011-01-06 15:02 → 2011-01-07 16:52 = 1 d 1 h 50 min.
    expect(measure.cases[3]?.stepMs[0]).toBe(day + hour + 50 * 60_000);
  });
});

describe('the BPI receipt log (1,434 cases, offsets that change across daylight saving time)', () => {
  const log = parseEventLog(publicFile('receipt.csv.gz'), { format: 'csv', source: 'receipt.csv' });
  const journey = parseJourney({
    ...compensation,
    id: 'permit-receipt',
    boundary: { start: 'Confirmation of receipt', end: 'T05 Print and send confirmation of receipt' },
    events: [
      { name: 'Confirmation of receipt', perspective: 'customer' },
      { name: 'T02 Check confirmation of receipt', perspective: 'internal' },
      { name: 'T05 Print and send confirmation of receipt', perspective: 'customer' },
    ],
    steps: [
      {
        ...compensation.steps[0],
        startEvent: 'Confirmation of receipt',
        endEvent: 'T02 Check confirmation of receipt',
      },
      {
        ...compensation.steps[1],
        startEvent: 'T02 Check confirmation of receipt',
        endEvent: 'T05 Print and send confirmation of receipt',
      },
    ],
  });

  it('reads every row, with the case columns as case attributes', () => {
    // Python's csv module over the same file: 8,577 rows, 1,434 cases, 27 activities.
    expect(log.counts).toMatchObject({ events: 8577, cases: 1434, caseAttributeConflicts: 0 });
    expect(log.events.eventNames).toHaveLength(27);
    expect(Object.keys(log.caseAttributes)).toContain('channel');
    expect(log.caseAttributes.channel?.[0]).toBe('Internet');
  });

  it('gives the wing-to-wing percentiles a Python reference computes from the file', () => {
    const measure = measureJourney(journey, log.events, { asOf: '2030-01-01', includeCases: false });
    // Python (datetime.fromisoformat for each stamp, earliest per case and event, type-7 quantiles):
    // finished 1300, open 134; P5 45,521.1 ms, P50 343,197.5 ms, P95 1,133,440,682.9 ms, mean 242,813,442.607692 ms.
    expect(measure.counts.cases).toMatchObject({ finished: 1300, open: 134, withoutStart: 0, endBeforeStart: 0 });
    const wingToWing = measure.summary.wingToWing;
    expect(wingToWing?.p5).toBeCloseTo(45_521.1, 4);
    expect(wingToWing?.p50).toBeCloseTo(343_197.5, 4);
    expect(wingToWing?.p95).toBeCloseTo(1_133_440_682.9, 3);
    expect(wingToWing?.mean).toBeCloseTo(242_813_442.607692, 3);
  });
});

describe('an interval log (start_timestamp and time:timestamp per activity)', () => {
  const log = parseEventLog(publicFile('interval_event_log.csv.gz'), { format: 'csv' });

  it('gives each row a start event and a completion event, named as the log lifecycle says', () => {
    // 8,109 rows, each with a start time: 16,218 events.
    expect(log.counts.events).toBe(16_218);
    expect(log.events.eventNames.slice(0, 4)).toEqual([
      'place order',
      'place order (start)',
      'send invoice',
      'send invoice (start)',
    ]);
  });

  it('lets a step run from an activity’s start to its completion', () => {
    const journey = parseJourney({
      ...compensation,
      id: 'order',
      boundary: { start: 'place order (start)', end: 'make delivery' },
      events: [
        { name: 'place order (start)', perspective: 'customer' },
        { name: 'pay (start)', perspective: 'customer' },
        { name: 'pay', perspective: 'customer' },
        { name: 'make delivery', perspective: 'customer' },
      ],
      steps: [{ ...compensation.steps[0], id: 'pay', startEvent: 'pay (start)', endEvent: 'pay' }],
    });
    const measure = measureJourney(journey, log.events, { asOf: '2016-01-01', includeCases: false });
    // Python over the same file: 1,125 orders delivered, median 1,897,857,000 ms; paying takes a median 352,000 ms.
    expect(measure.counts.cases.finished).toBe(1125);
    expect(measure.summary.wingToWing?.p50).toBe(1_897_857_000);
    expect(measure.summary.steps.pay?.count).toBe(1125);
    expect(measure.summary.steps.pay?.p50).toBe(352_000);
  });
});

describe('reading in chunks', () => {
  it('gives the same log however the text is cut', () => {
    const text = publicFile('running-example.xes');
    const csvText = publicFile('running-example.csv');
    const whole = {
      xes: byCase(parseEventLog(text, { format: 'xes' })),
      csv: byCase(parseEventLog(csvText, { format: 'csv' })),
    };
    fc.assert(
      fc.property(fc.constantFrom('xes', 'csv'), fc.array(fc.nat(), { maxLength: 8 }), (format, cuts) => {
        const source = format === 'xes' ? text : csvText;
        const parser = createEventLogParser({ format });
        let previous = 0;
        for (const cut of cuts.map((value) => value % source.length).sort((left, right) => left - right)) {
          parser.write(source.slice(previous, cut));
          previous = cut;
        }
        parser.write(source.slice(previous));
        expect(byCase(parser.end())).toEqual(whole[format]);
      }),
      { numRuns: 60 },
    );
  });
});

describe('bad input: a CxError naming the file, line and field, or a problem with its line', () => {
  const trace = (name: string, events: string) =>
    `<trace>${name === '' ? '' : `<string key="concept:name" value="${name}"/>`}${events}</trace>`;
  const event = (activity: string, time: string) =>
    `\n<event><string key="concept:name" value="${activity}"/><date key="time:timestamp" value="${time}"/></event>`;

  it('malformed XML stops the read at its line and column', () => {
    const error = expectCxError(
      () =>
        parseEventLog(`<log>\n${trace('A', event('Open', '2026-01-01T00:00:00Z'))}\n<trace></log>`, {
          format: 'xes',
          source: 'broken.xes',
        }),
      'INVALID_EVENT_LOG',
    );
    expect(error.message).toMatch(/^The XES event log cannot be read at broken\.xes:4:\d+: /);
    expect(error.details).toMatchObject({ file: 'broken.xes', line: 4 });
  });

  it('a trace without a name: an error by default, its events set aside on request', () => {
    // Line 1 <log>; line 2 trace A, its event on line 3; line 4 the nameless trace.
    const text = `<log>\n${trace('A', event('Open', '2026-01-01T00:00:00Z'))}\n${trace('', event('Open', '2026-01-02T00:00:00Z') + event('Close', '2026-01-03T00:00:00Z'))}\n</log>`;
    const error = expectCxError(() => parseEventLog(text, { format: 'xes', source: 'log.xes' }), 'INVALID_EVENT_LOG');
    expect(error.message).toBe(
      'The XES event log cannot be read at log.xes:4: concept:name: the trace has no concept:name, so its events belong to no case.',
    );
    const log = parseEventLog(text, { format: 'xes', badRows: 'set-aside' });
    expect(log.counts.events).toBe(1);
    expect(log.counts.setAside['no-case']).toBe(2);
    expect(log.problems).toEqual([
      {
        line: 4,
        field: 'concept:name',
        reason: 'no-case',
        message: 'The trace has no concept:name, so its events belong to no case; the 2 events were set aside.',
      },
    ]);
  });

  it('an unparseable time stamp names its line and field', () => {
    // Line 1 <log>; line 2 the trace; line 3 the first event; line 4 the second.
    const text = `<log>\n${trace('A', event('Open', '2026-01-01T00:00:00Z') + event('Close', 'yesterday'))}\n</log>`;
    const error = expectCxError(() => parseEventLog(text, { format: 'xes', source: 'log.xes' }), 'INVALID_EVENT_LOG');
    expect(error.message).toBe(
      'The XES event log cannot be read at log.xes:4: time:timestamp: the time "yesterday" is not an ISO 8601 date-time.',
    );
    const csvError = expectCxError(
      () =>
        parseEventLog('case:concept:name,concept:name,time:timestamp\nA,Open,2026-13-01\n', {
          format: 'csv',
          source: 'log.csv',
        }),
      'INVALID_EVENT_LOG',
    );
    expect(csvError.message).toBe(
      'The CSV event log cannot be read at log.csv:2: time:timestamp: the time "2026-13-01" is not an ISO 8601 date-time.',
    );
  });

  it('a CSV without a case column, or without a named column, is refused at the header', () => {
    const error = expectCxError(
      () => parseEventLog('concept:name,time:timestamp\nOpen,2026-01-01\n', { format: 'csv', source: 'log.csv' }),
      'INVALID_EVENT_LOG',
    );
    expect(error.message).toContain('log.csv:1: no case column');
    expectCxError(
      () =>
        parseEventLog('ticket,step,at\nA,Open,2026-01-01\n', {
          format: 'csv',
          columns: { case: 'ticket', activity: 'step', time: 'when' },
        }),
      'INVALID_EVENT_LOG',
    );
    const mapped = parseEventLog('ticket,step,at\nA,Open,2026-01-01\n', {
      format: 'csv',
      columns: { case: 'ticket', activity: 'step', time: 'at' },
      timeZone: 'Europe/Paris',
    });
    // Hand: midnight in Paris in January is 23:00 UTC the day before.
    expect([...mapped.events.at]).toEqual([Date.UTC(2025, 11, 31, 23)]);
  });

  it('counts nested attributes instead of dropping them without a word', () => {
    const nested = `<event><string key="concept:name" value="Open"/><date key="time:timestamp" value="2026-01-01T00:00:00Z"/><list key="items"><string key="item" value="a"/><string key="item" value="b"/></list><string key="note" value="x"><int key="depth" value="2"/></string></event>`;
    const log = parseEventLog(`<log>${trace('A', nested)}</log>`, { format: 'xes' });
    // The list, its two items, and the int inside the string.
    expect(log.counts.nestedAttributes).toBe(4);
    expect(log.attributes.note).toEqual(['x']);
  });

  it('a trace that names itself after some of its events: every event under that name, in file order', () => {
    // Trace A: Open before the name, Close after it; trace B named first, with a case attribute after its events.
    const late = `<trace>${event('Open', '2026-01-01T00:00:00Z')}<string key="concept:name" value="A"/>${event('Close', '2026-01-02T00:00:00Z')}</trace>`;
    const named = `<trace><string key="concept:name" value="B"/>${event('Open', '2026-01-03T00:00:00Z')}<string key="channel" value="phone"/></trace>`;
    const log = parseEventLog(`<log>${late}${named}</log>`, { format: 'xes' });
    expect(byCase(log)).toEqual([
      `A|Close|${Date.UTC(2026, 0, 2)}`,
      `A|Open|${Date.UTC(2026, 0, 1)}`,
      `B|Open|${Date.UTC(2026, 0, 3)}`,
    ]);
    expect([...log.events.caseIds]).toEqual(['A', 'B']);
    expect(log.caseAttributes.channel).toEqual([null, 'phone']);
  });

  it('a trace that renames itself after its events went in is refused at the second name', () => {
    // Line 1 <log><trace> and the name; line 2 the event; line 3 the second name.
    const text = `<log><trace><string key="concept:name" value="A"/>${event('Open', '2026-01-01T00:00:00Z')}\n<string key="concept:name" value="B"/></trace></log>`;
    const error = expectCxError(() => parseEventLog(text, { format: 'xes', source: 'log.xes' }), 'INVALID_EVENT_LOG');
    expect(error.message).toContain('log.xes:3:');
    expect(error.message).toContain('"B"');
  });

  it('a trace whose name is no usable case id sets every one of its events aside', () => {
    const text = `<log>${trace('A', event('Open', '2026-01-01T00:00:00Z'))}${trace('   ', event('Open', '2026-01-02T00:00:00Z') + event('Close', '2026-01-03T00:00:00Z') + event('Reopen', '2026-01-04T00:00:00Z'))}</log>`;
    const log = parseEventLog(text, { format: 'xes', badRows: 'set-aside' });
    expect(log.counts.events).toBe(1);
    expect(log.counts.setAside['bad-name']).toBe(3);
    expect(log.problems[0]?.message).toContain('the 3 events were set aside');
  });

  it('attributes: false reads the same events and keeps no other attribute', () => {
    const text = `<log><string key="source" value="desk"/><trace><string key="concept:name" value="A"/><string key="channel" value="web"/><event><string key="concept:name" value="Open"/><string key="org:resource" value="Ann"/><date key="time:timestamp" value="2026-01-01T00:00:00Z"/></event></trace></log>`;
    const kept = parseEventLog(text, { format: 'xes' });
    const bare = parseEventLog(text, { format: 'xes', attributes: false });
    expect(kept.attributes['org:resource']).toEqual(['Ann']);
    expect(kept.caseAttributes.channel).toEqual(['web']);
    expect(kept.logAttributes.source).toBe('desk');
    expect(byCase(bare)).toEqual(byCase(kept));
    expect([bare.attributes, bare.caseAttributes, bare.logAttributes]).toEqual([{}, {}, {}]);
  });

  it('refuses text cut short, and a root that is not <log>', () => {
    expectCxError(() => parseEventLog('<log><trace>', { format: 'xes' }), 'INVALID_EVENT_LOG');
    expectCxError(() => parseEventLog('<html></html>', { format: 'xes' }), 'INVALID_EVENT_LOG');
    expectCxError(() => parseEventLog('', { format: 'csv' }), 'INVALID_EVENT_LOG');
    expectCxError(() => parseEventLog('a', { format: 'json' as 'csv' }), 'INVALID_OPTION', ['format']);
  });
});
