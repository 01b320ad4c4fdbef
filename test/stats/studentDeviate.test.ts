import { describe, expect, it } from 'vitest';
import { studentCriticalValue } from '../../src/stats/studentCriticalValue';
import { studentTQuantile } from '../../src/stats/studentTQuantile';

// References from mpmath 1.3 at 60 significant digits, rounded to the nearest double: the
// t > 0 with ½·betainc(n/2, ½, 0, n/(n + t²), regularized) equal to the tail (1 − level)/2,
// taken from the double `level` exactly as JavaScript holds it, found by bisection on log t.
// With 1 degree of freedom t is cot(π·tail): a hand check on those rows.
const highLevels: ReadonlyArray<readonly [level: number, degreesOfFreedom: number, expected: number]> = [
  [0.999999999, 1, 636619790.3724186],
  [0.999999999, 3, 1301.637179562648],
  [0.999999999, 10, 21.622044216833572],
  [0.999999999, 45.5, 7.662677579734403],
  [0.999999999, 1000, 6.168430252449106],
  [0.999999999999, 1, 636633855803.5593],
  [0.999999999999, 3, 13016.476782874553],
  [0.999999999999, 10, 43.457001115662806],
  [0.999999999999, 45.5, 9.755014889576897],
  [0.999999999999, 1000, 7.223957750518744],
  [0.999999999999999, 1, 637129015469184.2],
  [0.999999999999999, 3, 130198.5064176715],
  [0.999999999999999, 10, 86.87227609687449],
  [0.999999999999999, 45.5, 12.025280564677042],
  [0.999999999999999, 1000, 8.160102707885518],
];

describe("Student's t critical value at high confidence levels", () => {
  it('solves from the tail (1 − level)/2 and keeps its digits to within 1e-14', () => {
    for (const [level, degreesOfFreedom, expected] of highLevels) {
      const received = studentCriticalValue(level, degreesOfFreedom);
      expect(
        Math.abs(received - expected) <= 1e-14 * expected,
        `level ${level}, ${degreesOfFreedom} df: ${received} against ${expected}`,
      ).toBe(true);
    }
  });

  it('is the quantile at 1 − (1 − level)/2 where that probability is exact', () => {
    // At level 0.9 the upper probability 0.95 is held exactly enough for both to agree.
    for (const degreesOfFreedom of [1, 2, 3, 7.5, 30, 1e6, Number.POSITIVE_INFINITY]) {
      expect(studentCriticalValue(0.9, degreesOfFreedom)).toBeCloseTo(studentTQuantile(0.95, degreesOfFreedom), 13);
    }
  });

  it('answers the edges: an interval of level 0 has width 0; one of level 1 is unbounded', () => {
    expect(studentCriticalValue(0, 5)).toBe(0);
    expect(studentCriticalValue(1, 5)).toBe(Number.POSITIVE_INFINITY);
    expect(studentTQuantile(0, 5)).toBe(Number.NEGATIVE_INFINITY);
    expect(studentTQuantile(0.5, 5)).toBe(0);
  });
});
