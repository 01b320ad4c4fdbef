import { tz } from '@date-fns/tz';
import { addBusinessDays as dateFnsAddBusinessDays, differenceInBusinessDays } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  bucketByPeriod,
  businessDaysBetween,
  type PeriodUnit,
  parsePeriodLabel,
  periodOf,
  shiftPeriod,
} from '../../src/core/index';

const day = 86_400_000;
const instant = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) });
const unit = fc.constantFrom<PeriodUnit>('day', 'week', 'month', 'quarter', 'year');
// Zones with daylight saving, half-hour and quarter-hour offsets, and a 30-minute DST shift.
const timeZone = fc.constantFrom(
  'UTC',
  'America/New_York',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'America/Sao_Paulo',
);
const weekStartsOn = fc.constantFrom(0, 1, 2, 3, 4, 5, 6) as fc.Arbitrary<0 | 1 | 2 | 3 | 4 | 5 | 6>;

/** ISO 8601 week label computed from the Thursday rule with plain UTC arithmetic. */
function isoWeekLabel(epoch: number): string {
  const midnight = Math.floor(epoch / day) * day;
  const weekday = (new Date(midnight).getUTCDay() + 6) % 7;
  const thursday = midnight + (3 - weekday) * day;
  const year = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * day));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

describe('periods (laws)', () => {
  it('a period holds the instant it was made from', () => {
    fc.assert(
      fc.property(instant, unit, timeZone, weekStartsOn, (epoch, periodUnit, zone, start) => {
        const period = periodOf(epoch, periodUnit, { timeZone: zone, weekStartsOn: start });
        expect(period.start).toBeLessThanOrEqual(epoch);
        expect(epoch).toBeLessThan(period.end);
      }),
    );
  });

  it('UTC months, quarters and years match Date.UTC arithmetic', () => {
    fc.assert(
      fc.property(instant, (epoch) => {
        const date = new Date(epoch);
        const year = date.getUTCFullYear();
        const month = date.getUTCMonth();
        const quarterMonth = month - (month % 3);
        expect(periodOf(epoch, 'month')).toMatchObject({
          start: Date.UTC(year, month, 1),
          end: Date.UTC(year, month + 1, 1),
          label: `${year}-${String(month + 1).padStart(2, '0')}`,
        });
        expect(periodOf(epoch, 'quarter')).toMatchObject({
          start: Date.UTC(year, quarterMonth, 1),
          end: Date.UTC(year, quarterMonth + 3, 1),
          label: `${year}-Q${quarterMonth / 3 + 1}`,
        });
        expect(periodOf(epoch, 'year')).toMatchObject({ start: Date.UTC(year, 0, 1), label: String(year) });
      }),
    );
  });

  it('UTC ISO weeks match the Thursday rule', () => {
    fc.assert(
      fc.property(instant, (epoch) => {
        expect(periodOf(epoch, 'week').label).toBe(isoWeekLabel(epoch));
      }),
    );
  });

  it('a label reads back to the same period', () => {
    fc.assert(
      fc.property(instant, unit, timeZone, weekStartsOn, (epoch, periodUnit, zone, start) => {
        const period = periodOf(epoch, periodUnit, { timeZone: zone, weekStartsOn: start });
        expect(parsePeriodLabel(period.label, { timeZone: zone })).toEqual(period);
      }),
    );
  });

  it('shifting composes: shift(shift(p, a), b) = shift(p, a + b), and periods tile time', () => {
    fc.assert(
      fc.property(
        instant,
        unit,
        timeZone,
        fc.integer({ min: -30, max: 30 }),
        fc.integer({ min: -30, max: 30 }),
        (epoch, periodUnit, zone, first, second) => {
          const period = periodOf(epoch, periodUnit, { timeZone: zone });
          expect(shiftPeriod(shiftPeriod(period, first), second)).toEqual(shiftPeriod(period, first + second));
          expect(shiftPeriod(period, 1).start).toBe(period.end);
        },
      ),
    );
  });

  it('bucketing equals one periodOf per instant, whatever the input order', () => {
    fc.assert(
      fc.property(fc.array(instant, { minLength: 1, maxLength: 200 }), unit, timeZone, (epochs, periodUnit, zone) => {
        const buckets = bucketByPeriod(Float64Array.from(epochs), periodUnit, { timeZone: zone });
        const labels = epochs.map((epoch) => periodOf(epoch, periodUnit, { timeZone: zone }).label);
        expect(Array.from(buckets.periodIndex, (index) => buckets.periods[index]?.label)).toEqual(labels);
        const starts = buckets.periods.map((period) => period.start);
        expect(starts).toEqual([...starts].sort((left, right) => left - right));
        expect(new Set(buckets.periods.map((period) => period.label)).size).toBe(buckets.periods.length);
        expect(Array.from(buckets.counts).reduce((total, count) => total + count, 0)).toBe(epochs.length);
      }),
    );
  });

  it('filled buckets are contiguous and keep every count', () => {
    fc.assert(
      fc.property(fc.array(instant, { minLength: 1, maxLength: 50 }), (epochs) => {
        const buckets = bucketByPeriod(epochs, 'quarter', { fillGaps: true });
        buckets.periods.slice(1).forEach((period, index) => {
          expect(period.start).toBe(buckets.periods[index]?.end);
        });
        expect(Array.from(buckets.counts).reduce((total, count) => total + count, 0)).toBe(epochs.length);
      }),
    );
  });
});

describe('business days (laws)', () => {
  const utc = tz('UTC');

  it('match date-fns differenceInBusinessDays forwards in UTC (no holidays)', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 400 * day }), (start, length) => {
        const end = start + length;
        expect(businessDaysBetween(start, end)).toBe(differenceInBusinessDays(end, start, { in: utc }));
      }),
    );
  });

  it('match date-fns addBusinessDays in UTC (no holidays)', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -300, max: 300 }), (start, days) => {
        expect(addBusinessDays(start, days)).toBe(dateFnsAddBusinessDays(start, days, { in: utc }).getTime());
      }),
    );
  });

  it('are additive and antisymmetric, with holidays', () => {
    const holidays = fc.uniqueArray(
      fc
        .integer({ min: 0, max: 3000 })
        .map((offset) => new Date(Date.UTC(2020, 0, 1) + offset * day).toISOString().slice(0, 10)),
      { maxLength: 30 },
    );
    const nearby = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2028, 0, 1) });
    fc.assert(
      fc.property(nearby, nearby, nearby, holidays, (a, b, c, holidayList) => {
        const options = { holidays: holidayList };
        expect(businessDaysBetween(a, b, options) + businessDaysBetween(b, c, options)).toBe(
          businessDaysBetween(a, c, options),
        );
        expect(businessDaysBetween(b, a, options)).toBe(-businessDaysBetween(a, b, options) || 0);
      }),
    );
  });

  it('undo each other: from a business day, adding n then counting gives n', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 0, max: 200 }),
        fc.constantFrom<readonly (0 | 1 | 2 | 3 | 4 | 5 | 6)[]>([0, 6], [5, 6], [0], []),
        (start, days, weekend) => {
          const options = { weekend };
          const weekday = new Date(start).getUTCDay();
          fc.pre(!weekend.includes(weekday as 0));
          expect(businessDaysBetween(start, addBusinessDays(start, days, options), options)).toBe(days);
        },
      ),
    );
  });
});
