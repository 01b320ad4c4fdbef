import { parseInstant } from 'cxkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createInstantReader } from '../../src/core/periods/instantReader';

const zones = ['UTC', 'Europe/London', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu'];
const reference = (text: string, timeZone: string) => {
  try {
    return parseInstant(text, { timeZone });
  } catch {
    return Number.NaN;
  }
};

// Instants from 2019 to 2027, most near a daylight-saving switch of one of the zones.
const instant = fc.oneof(
  fc.integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2027, 0, 1) }),
  fc
    .constantFrom(
      Date.UTC(2026, 2, 29, 1),
      Date.UTC(2026, 9, 25, 1),
      Date.UTC(2026, 2, 8, 7),
      Date.UTC(2026, 10, 1, 6),
      Date.UTC(2026, 3, 4, 15),
      Date.UTC(2026, 9, 3, 15, 30),
    )
    .chain((switchAt) => fc.integer({ min: switchAt - 3 * 3_600_000, max: switchAt + 3 * 3_600_000 })),
);
const form = fc.constantFrom(
  (iso: string) => iso.slice(0, 10),
  (iso: string) => iso.slice(0, 16),
  (iso: string) => iso.slice(0, 19).replace('T', ' '),
  (iso: string) => iso.slice(0, 23),
  (iso: string) => iso,
  (iso: string) => `${iso.slice(0, 19)}+05:45`,
  (iso: string) => `${iso.slice(0, 23)}-0330`,
);

describe('the instant reader (offsets cached per local day and hour)', () => {
  it('gives exactly what parseInstant gives, daylight-saving switches included', () => {
    fc.assert(
      fc.property(instant, form, fc.constantFrom(...zones), (epoch, shape, zone) => {
        const text = shape(new Date(epoch).toISOString());
        expect(createInstantReader(zone)(text)).toBe(reference(text, zone));
      }),
      { numRuns: 4000 },
    );
  });

  it('cuts fractions past milliseconds and refuses what parseInstant refuses', () => {
    const read = createInstantReader('Europe/London');
    // Hand: 13:45:40.276 at +02:00 is 11:45:40.276 UTC.
    expect(read('2011-10-11 13:45:40.276000+02:00')).toBe(Date.UTC(2011, 9, 11, 11, 45, 40, 276));
    // London is on GMT in December: wall time is UTC.
    expect(read('2025-12-01 09:00')).toBe(Date.UTC(2025, 11, 1, 9));
    // British Summer Time in July: one hour ahead.
    expect(read('2025-07-01T09:00:00')).toBe(Date.UTC(2025, 6, 1, 8));
    for (const text of ['2026-02-30', '2026-13-01', '2026-01-01T10:00:60', 'yesterday', '', '2026-01-01T10:00+02:60']) {
      expect(read(text), text).toBeNaN();
      expect(reference(text, 'Europe/London'), text).toBeNaN();
    }
  });
});
