import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  bucketByPeriod,
  businessDaysBetween,
  parseInstant,
  parseInstants,
  parsePeriodLabel,
  periodOf,
  rollingWindows,
  shiftPeriod,
  trailingWindow,
} from '../../src/core/index';
import { expectCxError } from '../expectCxError';

const hour = 3_600_000;
const utc = (...parts: [number, number, number, number?, number?]) => Date.UTC(...parts);
const iso = (epoch: number) => new Date(epoch).toISOString();

describe('parseInstant', () => {
  it('accepts Dates, ISO strings and epoch milliseconds', () => {
    expect(parseInstant(new Date(utc(2026, 10, 22)))).toBe(utc(2026, 10, 22));
    expect(parseInstant(utc(2026, 10, 22))).toBe(utc(2026, 10, 22));
    expect(parseInstant('2026-11-22T10:15:00Z')).toBe(utc(2026, 10, 22, 10, 15));
    expect(parseInstant('2026-11-22T10:15:00+02:00')).toBe(utc(2026, 10, 22, 8, 15));
    expect(parseInstant(0)).toBe(0);
  });

  it('reads offset-less strings in the given zone, UTC by default, never the machine zone', () => {
    expect(parseInstant('2026-11-22')).toBe(utc(2026, 10, 22));
    // Berlin is UTC+1 in November and UTC+2 in July.
    expect(parseInstant('2026-11-22T09:30', { timeZone: 'Europe/Berlin' })).toBe(utc(2026, 10, 22, 8, 30));
    expect(parseInstant('2026-07-01', { timeZone: 'Europe/Berlin' })).toBe(utc(2026, 5, 30, 22));
    expect(parseInstant('2026-11-22', { timeZone: '+05:30' })).toBe(utc(2026, 10, 21, 18, 30));
  });

  it.each([
    ['Invalid Date', new Date(Number.NaN), 'an invalid Date'],
    ['NaN', Number.NaN, 'NaN'],
    ['Infinity', Number.POSITIVE_INFINITY, 'Infinity'],
    ['a number beyond Date range', 8.64e15 + 1, '8640000000000001'],
    ['an empty string', '', '""'],
    ['a day that does not exist', '2026-02-30', '"2026-02-30"'],
    ['an hour that does not exist', '2026-11-22T25:00', '"2026-11-22T25:00"'],
    ['words', 'yesterday', '"yesterday"'],
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['a boolean', true, 'a boolean'],
    ['an object', { at: 1 }, 'an object'],
  ])('refuses %s, naming the path', (_name, value, described) => {
    const error = expectCxError(() => parseInstant(value as never, { path: ['responses', 3, 'at'] }), 'INVALID_DATE', [
      'responses',
      3,
      'at',
    ]);
    expect(error.message).toContain(`received ${described}`);
  });

  it('refuses an unknown time zone', () => {
    expectCxError(() => parseInstant('2026-11-22', { timeZone: 'Mars/Olympus' }), 'INVALID_TIME_ZONE', ['timeZone']);
    expectCxError(() => parseInstant('2026-11-22', { timeZone: '' }), 'INVALID_OPTION', ['timeZone']);
  });
});

describe('parseInstants', () => {
  it('converts a column in order', () => {
    expect(Array.from(parseInstants(['2026-11-22', utc(2026, 0, 1), new Date(5)]))).toEqual([
      utc(2026, 10, 22),
      utc(2026, 0, 1),
      5,
    ]);
    expect(Array.from(parseInstants([{ at: '2026-11-22' }, { at: 7 }], { field: 'at' }))).toEqual([
      utc(2026, 10, 22),
      7,
    ]);
  });

  it('names the first bad index and field, and lists the others', () => {
    const rows = [{ at: '2026-11-22' }, { at: 'soon' }, { at: 3 }, { when: '2026-01-01' }, null];
    const error = expectCxError(() => parseInstants(rows as never, { field: 'at' }), 'INVALID_DATE', [1, 'at']);
    expect(error.details).toMatchObject({ indexes: [1, 3, 4], invalidCount: 3 });
    expect(error.message).toContain('(3 invalid values in all)');
  });

  it('caps the list of bad indexes', () => {
    const values = Array.from({ length: 50 }, () => Number.NaN);
    const error = expectCxError(() => parseInstants(values, { reportLimit: 3 }), 'INVALID_DATE', [0]);
    expect(error.details).toMatchObject({ indexes: [0, 1, 2], invalidCount: 50 });
  });

  it('refuses an empty input and a non-array', () => {
    expectCxError(() => parseInstants([]), 'EMPTY_INPUT');
    expectCxError(() => parseInstants('2026-11-22' as never), 'INVALID_ARGUMENT');
  });
});

describe('periodOf', () => {
  const sunday = '2026-11-22T10:00:00Z';

  it('finds each unit in UTC', () => {
    expect(periodOf(sunday, 'day')).toEqual({
      unit: 'day',
      start: utc(2026, 10, 22),
      end: utc(2026, 10, 23),
      label: '2026-11-22',
      timeZone: 'UTC',
    });
    expect(periodOf(sunday, 'week')).toMatchObject({
      start: utc(2026, 10, 16),
      end: utc(2026, 10, 23),
      label: '2026-W47',
    });
    expect(periodOf(sunday, 'month')).toMatchObject({
      start: utc(2026, 10, 1),
      end: utc(2026, 11, 1),
      label: '2026-11',
    });
    expect(periodOf(sunday, 'quarter')).toMatchObject({
      start: utc(2026, 9, 1),
      end: utc(2027, 0, 1),
      label: '2026-Q4',
    });
    expect(periodOf(sunday, 'year')).toMatchObject({ start: utc(2026, 0, 1), end: utc(2027, 0, 1), label: '2026' });
  });

  it('starts weeks on the configured day', () => {
    expect(periodOf(sunday, 'week', { weekStartsOn: 0 })).toMatchObject({
      start: utc(2026, 10, 22),
      label: '2026-11-22/P1W',
    });
    expect(periodOf('2026-11-21T23:00:00Z', 'week', { weekStartsOn: 0 }).label).toBe('2026-11-15/P1W');
    expect(periodOf(sunday, 'week', { weekStartsOn: 6 }).label).toBe('2026-11-21/P1W');
  });

  it('labels ISO weeks by ISO week-year at the turn of the year', () => {
    // 1 January 2026 is a Thursday, so 2026 has 53 ISO weeks and its week 1 starts 29 December 2025.
    expect(periodOf('2027-01-01', 'week').label).toBe('2026-W53');
    expect(periodOf('2025-12-29', 'week').label).toBe('2026-W01');
    expect(periodOf('2025-12-28', 'week').label).toBe('2025-W52');
  });

  it('follows the calendar of the time zone, across daylight-saving changes', () => {
    const newYork = { timeZone: 'America/New_York' };
    // Clocks go forward on 8 March 2026: that day has 23 hours; on 1 November, 25.
    const spring = periodOf('2026-03-08T12:00:00Z', 'day', newYork);
    expect([iso(spring.start), iso(spring.end), (spring.end - spring.start) / hour]).toEqual([
      '2026-03-08T05:00:00.000Z',
      '2026-03-09T04:00:00.000Z',
      23,
    ]);
    const autumn = periodOf('2026-11-01T12:00:00Z', 'day', newYork);
    expect((autumn.end - autumn.start) / hour).toBe(25);
    const october = periodOf('2026-10-31T23:30:00-04:00', 'month', newYork);
    expect([october.label, iso(october.start), iso(october.end)]).toEqual([
      '2026-10',
      '2026-10-01T04:00:00.000Z',
      '2026-11-01T04:00:00.000Z',
    ]);
    expect(periodOf('2026-11-22T20:00:00Z', 'day', { timeZone: 'Asia/Kolkata' })).toMatchObject({
      label: '2026-11-23',
      start: utc(2026, 10, 22, 18, 30),
    });
  });

  it('refuses bad input, naming the argument', () => {
    expectCxError(() => periodOf('2026-02-30', 'day'), 'INVALID_DATE', ['instant']);
    expectCxError(() => periodOf(Number.NaN, 'day'), 'INVALID_DATE', ['instant']);
    expectCxError(() => periodOf(0, 'fortnight' as never), 'INVALID_ARGUMENT', ['unit']);
    expectCxError(() => periodOf(0, 'week', { weekStartsOn: 7 as never }), 'INVALID_OPTION', ['weekStartsOn']);
    expectCxError(() => periodOf(0, 'week', { timeZone: 'Europe/Atlantis' }), 'INVALID_TIME_ZONE', ['timeZone']);
  });
});

describe('parsePeriodLabel', () => {
  it.each([
    ['2026', utc(2026, 0, 1), utc(2027, 0, 1)],
    ['2026-Q1', utc(2026, 0, 1), utc(2026, 3, 1)],
    ['2026-02', utc(2026, 1, 1), utc(2026, 2, 1)],
    ['2024-02', utc(2024, 1, 1), utc(2024, 2, 1)],
    ['2026-W01', utc(2025, 11, 29), utc(2026, 0, 5)],
    ['2026-W53', utc(2026, 11, 28), utc(2027, 0, 4)],
    ['2026-11-22/P1W', utc(2026, 10, 22), utc(2026, 10, 29)],
    ['2024-02-29', utc(2024, 1, 29), utc(2024, 2, 1)],
  ])('reads %s', (label, start, end) => {
    expect(parsePeriodLabel(label)).toMatchObject({ label, start, end, timeZone: 'UTC' });
  });

  it('reads a label in a time zone', () => {
    expect(parsePeriodLabel('2026-11', { timeZone: 'Asia/Tokyo' })).toMatchObject({
      start: utc(2026, 9, 31, 15),
      end: utc(2026, 10, 30, 15),
    });
  });

  it.each([
    '2026-13',
    '2026-00',
    '2026-Q5',
    '2025-W53',
    '2026-W00',
    '2026-02-29',
    '2026-11-23/P1W',
    '26-11',
    '2026/11',
    '',
    ' 2026',
  ])('refuses %j', (label) => {
    expectCxError(() => parsePeriodLabel(label), 'INVALID_PERIOD_LABEL', ['label']);
  });

  it('refuses a value that is not a string', () => {
    expectCxError(() => parsePeriodLabel(2026 as never), 'INVALID_PERIOD_LABEL', ['label']);
  });
});

describe('shiftPeriod', () => {
  it('moves by whole periods, keeping unit, zone and week start', () => {
    expect(shiftPeriod(parsePeriodLabel('2026-11'), 2).label).toBe('2027-01');
    expect(shiftPeriod(parsePeriodLabel('2026-Q1'), -1).label).toBe('2025-Q4');
    expect(shiftPeriod(parsePeriodLabel('2026-W53'), 1).label).toBe('2027-W01');
    expect(shiftPeriod(parsePeriodLabel('2026-11-22/P1W'), 1).label).toBe('2026-11-29/P1W');
    expect(shiftPeriod(parsePeriodLabel('2026-03-07', { timeZone: 'America/New_York' }), 1)).toMatchObject({
      label: '2026-03-08',
      timeZone: 'America/New_York',
      start: utc(2026, 2, 8, 5),
      end: utc(2026, 2, 9, 4),
    });
    expect(shiftPeriod(parsePeriodLabel('2026'), 0).label).toBe('2026');
  });

  it('refuses a fractional step and a malformed period', () => {
    expectCxError(() => shiftPeriod(parsePeriodLabel('2026'), 1.5), 'INVALID_ARGUMENT', ['steps']);
    expectCxError(() => shiftPeriod({ ...parsePeriodLabel('2026'), start: Number.NaN }, 1), 'INVALID_ARGUMENT', [
      'period',
    ]);
    expectCxError(() => shiftPeriod({ ...parsePeriodLabel('2026'), unit: 'decade' as never }, 1), 'INVALID_ARGUMENT', [
      'period.unit',
    ]);
  });
});

describe('bucketByPeriod', () => {
  it('assigns instants in any order to periods in time order', () => {
    const instants = Float64Array.of(utc(2026, 2, 5), utc(2026, 0, 31, 23), utc(2026, 0, 1), utc(2026, 2, 31, 23, 59));
    const buckets = bucketByPeriod(instants, 'month');
    expect(buckets.periods.map((period) => period.label)).toEqual(['2026-01', '2026-03']);
    expect(Array.from(buckets.periodIndex)).toEqual([1, 0, 0, 1]);
    expect(Array.from(buckets.counts)).toEqual([2, 2]);
  });

  it('fills gaps when asked, so an empty month shows', () => {
    const buckets = bucketByPeriod(['2026-05-01', '2026-01-02'], 'month', { fillGaps: true });
    expect(buckets.periods.map((period) => period.label)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
    ]);
    expect(Array.from(buckets.counts)).toEqual([1, 0, 0, 0, 1]);
    expect(Array.from(buckets.periodIndex)).toEqual([4, 0]);
  });

  it('buckets in a time zone and with a week start', () => {
    // 03:00 UTC on 1 November is still 31 October in New York.
    const buckets = bucketByPeriod([utc(2026, 10, 1, 3), utc(2026, 10, 1, 5)], 'month', {
      timeZone: 'America/New_York',
    });
    expect(buckets.periods.map((period) => period.label)).toEqual(['2026-10', '2026-11']);
    expect(bucketByPeriod(['2026-11-22T10:00Z'], 'week', { weekStartsOn: 0 }).periods[0]?.label).toBe('2026-11-22/P1W');
  });

  it('accepts plain arrays of numbers and of Dates', () => {
    expect(Array.from(bucketByPeriod([utc(2026, 0, 1), utc(2027, 0, 1)], 'year').counts)).toEqual([1, 1]);
    expect(bucketByPeriod([new Date(utc(2026, 6, 1))], 'quarter').periods[0]?.label).toBe('2026-Q3');
  });

  it('names the first bad instant by index', () => {
    const error = expectCxError(
      () => bucketByPeriod(Float64Array.of(0, Number.NaN, 1, Number.POSITIVE_INFINITY), 'day'),
      'INVALID_DATE',
      [1],
    );
    expect(error.details).toMatchObject({ indexes: [1, 3], invalidCount: 2 });
    expectCxError(() => bucketByPeriod(['2026-01-01', 'later'], 'day'), 'INVALID_DATE', [1]);
  });

  it('refuses an empty input, a bad unit and arrays it cannot read', () => {
    expectCxError(() => bucketByPeriod(new Float64Array(0), 'day'), 'EMPTY_INPUT', ['instants']);
    expectCxError(() => bucketByPeriod([0], 'hour' as never), 'INVALID_ARGUMENT', ['unit']);
    expectCxError(() => bucketByPeriod(BigInt64Array.of(1n) as never, 'day'), 'INVALID_ARGUMENT', ['instants']);
    expectCxError(() => bucketByPeriod(null as never, 'day'), 'INVALID_ARGUMENT', ['instants']);
  });
});

describe('rollingWindows and trailingWindow', () => {
  it('lists one window ending at each period of the range', () => {
    const windows = rollingWindows({ from: '2026-01-10', to: '2026-03-05' }, { unit: 'month', size: 3 });
    expect(windows).toEqual([
      { start: utc(2025, 10, 1), end: utc(2026, 1, 1), label: '2025-11..2026-01', first: '2025-11', last: '2026-01' },
      { start: utc(2025, 11, 1), end: utc(2026, 2, 1), label: '2025-12..2026-02', first: '2025-12', last: '2026-02' },
      { start: utc(2026, 0, 1), end: utc(2026, 3, 1), label: '2026-01..2026-03', first: '2026-01', last: '2026-03' },
    ]);
  });

  it('steps and single-period windows', () => {
    const windows = rollingWindows({ from: '2026-01-01', to: '2026-12-31' }, { unit: 'quarter', size: 1, step: 2 });
    expect(windows.map((window) => window.label)).toEqual(['2026-Q1', '2026-Q3']);
  });

  it('refuses an inverted range and bad sizes, naming them', () => {
    expectCxError(
      () => rollingWindows({ from: '2026-03-01', to: '2026-01-01' }, { unit: 'month', size: 1 }),
      'INVERTED_RANGE',
      ['range', 'to'],
    );
    expectCxError(() => rollingWindows({ from: 'x', to: '2026-01-01' }, { unit: 'month', size: 1 }), 'INVALID_DATE', [
      'range',
      'from',
    ]);
    expectCxError(() => rollingWindows({ from: 0, to: 0 }, { unit: 'month', size: 0 }), 'INVALID_OPTION', ['size']);
    expectCxError(() => rollingWindows({ from: 0, to: 0 }, { unit: 'month', size: 1, step: 0.5 }), 'INVALID_OPTION', [
      'step',
    ]);
  });

  it('reckons the trailing window from an explicit asOf', () => {
    expect(trailingWindow('2026-11-22T10:00:00Z', { unit: 'month', size: 3 })).toEqual({
      start: utc(2026, 7, 1),
      end: utc(2026, 10, 1),
      label: '2026-08..2026-10',
      first: '2026-08',
      last: '2026-10',
    });
    expect(trailingWindow('2026-11-22T10:00:00Z', { unit: 'day', size: 1, includeCurrent: true }).label).toBe(
      '2026-11-22',
    );
    // 15 January 2026 is in ISO week 3; the two complete weeks before it are weeks 1 and 2.
    expect(trailingWindow('2026-01-15', { unit: 'week', size: 2 }).label).toBe('2026-W01..2026-W02');
    expectCxError(() => trailingWindow('never', { unit: 'month', size: 3 }), 'INVALID_DATE', ['asOf']);
  });
});

describe('businessDaysBetween', () => {
  // 20 November 2026 is a Friday.
  it('counts business days from the start day up to the end day', () => {
    expect(businessDaysBetween('2026-11-20T16:00:00Z', '2026-11-24T09:00:00Z')).toBe(2);
    expect(businessDaysBetween('2026-11-23', '2026-11-23T23:00Z')).toBe(0);
    expect(businessDaysBetween('2026-11-21', '2026-11-23')).toBe(0);
    expect(businessDaysBetween('2026-11-24', '2026-11-20')).toBe(-2);
  });

  it('counts a whole year: 2026 starts on a Thursday, so it has 261 weekdays', () => {
    expect(businessDaysBetween('2026-01-01', '2027-01-01')).toBe(261);
    // 4 July 2026 is a Saturday: no effect. 25 December is a Friday: one fewer.
    expect(businessDaysBetween('2026-01-01', '2027-01-01', { holidays: ['2026-07-04'] })).toBe(261);
    expect(businessDaysBetween('2026-01-01', '2027-01-01', { holidays: ['2026-12-25', '2026-12-25'] })).toBe(260);
    expect(businessDaysBetween('2026-01-01', '2027-01-01', { holidays: ['2027-01-01', '2025-12-31'] })).toBe(261);
  });

  it('skips holidays over the year end', () => {
    expect(businessDaysBetween('2026-12-21', '2027-01-04')).toBe(10);
    expect(businessDaysBetween('2026-12-21', '2027-01-04', { holidays: ['2026-12-25', '2027-01-01'] })).toBe(8);
  });

  it('uses the calendar of the zone and the weekend given', () => {
    // 23:00 UTC on Friday is already Saturday in Tokyo, and 23:00 UTC on Sunday is Monday there:
    // Tokyo counts Saturday and Sunday (none), UTC counts Friday and Saturday (one).
    expect(businessDaysBetween('2026-11-20T23:00:00Z', '2026-11-22T23:00:00Z', { timeZone: 'Asia/Tokyo' })).toBe(0);
    expect(businessDaysBetween('2026-11-20T23:00:00Z', '2026-11-22T23:00:00Z')).toBe(1);
    expect(businessDaysBetween('2026-11-19', '2026-11-24', { weekend: [5, 6] })).toBe(3);
  });

  it('refuses bad input, naming the place', () => {
    expectCxError(() => businessDaysBetween('x', '2026-01-01'), 'INVALID_DATE', ['start']);
    expectCxError(() => businessDaysBetween('2026-01-01', Number.NaN), 'INVALID_DATE', ['end']);
    expectCxError(() => businessDaysBetween(0, 1, { holidays: ['2026-12-25', '2026-02-30'] }), 'INVALID_DATE', [
      'holidays',
      1,
    ]);
    expectCxError(() => businessDaysBetween(0, 1, { holidays: [20261225 as never] }), 'INVALID_DATE', ['holidays', 0]);
    expectCxError(() => businessDaysBetween(0, 1, { weekend: [0, 7 as never] }), 'INVALID_OPTION', ['weekend', 1]);
    expectCxError(() => businessDaysBetween(0, 1, { weekend: [0, 1, 2, 3, 4, 5, 6] }), 'INVALID_OPTION', ['weekend']);
    expectCxError(() => businessDaysBetween(0, 1, { holidays: '2026-12-25' as never }), 'INVALID_OPTION', ['holidays']);
  });
});

describe('addBusinessDays', () => {
  it('adds business days, keeping the time of day', () => {
    expect(iso(addBusinessDays('2026-11-21T08:00:00Z', 1))).toBe('2026-11-23T08:00:00.000Z');
    expect(iso(addBusinessDays('2026-11-22T08:00:00Z', -1))).toBe('2026-11-20T08:00:00.000Z');
    expect(iso(addBusinessDays('2026-11-20T08:00:00Z', 5))).toBe('2026-11-27T08:00:00.000Z');
    expect(iso(addBusinessDays('2026-11-21T08:00:00Z', 0))).toBe('2026-11-21T08:00:00.000Z');
  });

  it('skips holidays both ways', () => {
    const thanksgiving = { holidays: ['2026-11-26'] };
    expect(iso(addBusinessDays('2026-11-20', 5, thanksgiving))).toBe('2026-11-30T00:00:00.000Z');
    expect(iso(addBusinessDays('2026-11-30', -2, thanksgiving))).toBe('2026-11-25T00:00:00.000Z');
  });

  it('keeps the local time across a daylight-saving change', () => {
    // Friday 6 March 2026 09:00 in New York (UTC-5) plus one business day is Monday 9 March 09:00 (UTC-4).
    expect(iso(addBusinessDays('2026-03-06T09:00:00-05:00', 1, { timeZone: 'America/New_York' }))).toBe(
      '2026-03-09T13:00:00.000Z',
    );
  });

  it('refuses bad input, naming the place', () => {
    expectCxError(() => addBusinessDays('2026-11-20', 1.5), 'INVALID_ARGUMENT', ['days']);
    expectCxError(() => addBusinessDays('2026-11-20', Number.NaN), 'INVALID_ARGUMENT', ['days']);
    expectCxError(() => addBusinessDays(new Date(Number.NaN), 1), 'INVALID_DATE', ['at']);
  });
});
