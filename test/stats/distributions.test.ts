import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../src/stats/normalCdf';
import { normalCriticalValue } from '../../src/stats/normalCriticalValue';
import { normalPValue } from '../../src/stats/normalPValue';
import { normalQuantile } from '../../src/stats/normalQuantile';
import { studentCriticalValue } from '../../src/stats/studentCriticalValue';
import { studentPValue } from '../../src/stats/studentPValue';
import { studentTCdf } from '../../src/stats/studentTCdf';
import { studentTQuantile } from '../../src/stats/studentTQuantile';

// Every expected value is R's (qnorm, pnorm, qt, pt), printed with digits = 16.
describe('distributions (against R)', () => {
  it('normal quantile and distribution function', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 13);
    expect(normalQuantile(0.995)).toBeCloseTo(2.575829303548901, 13);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalCdf(-1.959963984540054)).toBeCloseTo(0.025, 14);
    expect(normalCdf(1)).toBeCloseTo(0.8413447460685429, 14);
  });

  it("Student's t quantile and distribution function", () => {
    expect(studentTQuantile(0.975, 4)).toBeCloseTo(2.776445105197799, 12);
    expect(studentTQuantile(0.975, 6)).toBeCloseTo(2.446911851144969, 12);
    expect(studentTQuantile(0.975, 30)).toBeCloseTo(2.042272456301238, 12);
    expect(studentTCdf(-2, 5)).toBeCloseTo(0.05096973941492914, 13);
  });

  it('critical values and two-sided p-values', () => {
    expect(normalCriticalValue(0.95)).toBeCloseTo(1.959963984540054, 13);
    expect(studentCriticalValue(0.9, 10)).toBeCloseTo(1.812461122811676, 12);
    expect(normalPValue(1.959963984540054)).toBeCloseTo(0.05, 14);
    expect(studentPValue(-2, 5)).toBeCloseTo(2 * 0.05096973941492914, 13);
    // Far tails keep their precision: 2·pnorm(−10) = 1.523970604832105e-23.
    expect(normalPValue(10) / 1.523970604832105e-23).toBeCloseTo(1, 10);
  });
});
