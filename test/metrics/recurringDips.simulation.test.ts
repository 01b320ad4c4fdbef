import { describe, expect, it } from 'vitest';
import { findRecurringDips } from '../../src/metrics/index';
import type { MultipleTesting } from '../../src/stats/adjustPValues';
import { seededRandom } from '../seededRandom';

// How often findRecurringDips reports a season on pure noise, by seeded simulation: NPS
// answers drawn independently from one distribution (40% promoters, 30% passives, 30%
// detractors) at 40 answers per month or week, so no season truly differs. A report is a
// false alarm; the share of series with any report estimates the family-wise error rate.
const day = 86_400_000;
const alpha = 0.05;
const replicates = 400;
// Binomial simulation error: at the nominal rate, 3 standard errors of a share over the replicates.
const allowance = 3 * Math.sqrt((alpha * (1 - alpha)) / replicates);

/** One answer: promoter (10), passive (8) or detractor (3), with the given shares. */
function answer(random: () => number, promoters: number, passives: number): number {
  const draw = random();
  return draw < promoters ? 10 : draw < promoters + passives ? 8 : 3;
}

/** `perPeriod` answers in every month of `years` years from 2015; December's shares may differ. */
function monthly(random: () => number, years: number, december = { promoters: 0.4, passives: 0.3 }) {
  const perPeriod = 40;
  const count = years * 12 * perPeriod;
  const at = new Float64Array(count);
  const score = new Uint8Array(count);
  for (let index = 0; index < count; index++) {
    const month = Math.floor(index / perPeriod);
    const shares = month % 12 === 11 ? december : { promoters: 0.4, passives: 0.3 };
    at[index] = Date.UTC(2015 + Math.floor(month / 12), month % 12, 1 + (index % 28), 12);
    score[index] = answer(random, shares.promoters, shares.passives);
  }
  return { at, score };
}

/** 40 answers in every ISO week of 2023, 2024 and 2025 (52 weeks each, from Monday 2 January 2023). */
function weekly(random: () => number) {
  const perPeriod = 40;
  const count = 156 * perPeriod;
  const at = new Float64Array(count);
  const score = new Uint8Array(count);
  const start = Date.UTC(2023, 0, 2);
  for (let index = 0; index < count; index++) {
    at[index] = start + (index * 7 * day) / perPeriod + 1000;
    score[index] = answer(random, 0.4, 0.3);
  }
  return { at, score };
}

function falseAlarmRate(
  make: (random: () => number) => { at: Float64Array; score: Uint8Array },
  season: 'month' | 'week',
  seed: number,
  multipleTesting?: MultipleTesting,
  runs = replicates,
): number {
  const random = seededRandom(seed);
  let alarms = 0;
  for (let replicate = 0; replicate < runs; replicate++) {
    const dips = findRecurringDips(make(random), {
      metric: 'nps',
      season,
      alpha,
      ...(multipleTesting === undefined ? {} : { multipleTesting }),
    });
    if (dips.length > 0) alarms++;
  }
  return alarms / runs;
}

describe('findRecurringDips on noise (seeded simulation)', () => {
  it('monthly, 3 years: reports a season in at most 5% of series (plus simulation error)', () => {
    expect(falseAlarmRate((random) => monthly(random, 3), 'month', 3)).toBeLessThanOrEqual(alpha + allowance);
  });

  it('monthly, 10 years: at most 5% (it was 30% before seasons were adjusted for)', () => {
    expect(falseAlarmRate((random) => monthly(random, 10), 'month', 10)).toBeLessThanOrEqual(alpha + allowance);
  });

  it('weekly, 3 years: at most 5% (it was 13%)', () => {
    expect(falseAlarmRate(weekly, 'week', 52)).toBeLessThanOrEqual(alpha + allowance);
  });

  it('the simulation can tell: without the adjustment the same noise raises far more alarms', () => {
    // Each month on its own at 5%: about 16% of 10-year series report a dip (a simulation of 1,000 said 15.8%).
    expect(falseAlarmRate((random) => monthly(random, 10), 'month', 10, 'none', 200)).toBeGreaterThan(0.1);
  });

  it('still finds a planted 30-point December dip over 3 years', () => {
    // December: 25% promoters, 30% passives, 45% detractors — NPS −20 against the other months' 10.
    const random = seededRandom(12);
    const dips = findRecurringDips(monthly(random, 3, { promoters: 0.25, passives: 0.3 }), { metric: 'nps' });
    expect(dips.map((dip) => dip.season)).toEqual(['12']);
    expect(dips[0]?.adjustedPValue).toBeLessThan(alpha);
  });
});
