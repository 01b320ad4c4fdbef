import { describe, expect, it } from 'vitest';
import { normalQuantile } from '../../src/stats/normalQuantile';
import { stoufferPValue } from '../../src/stats/stoufferPValue';

describe('stoufferPValue', () => {
  it('matches scipy.stats.combine_pvalues(p, method="stouffer")', () => {
    // scipy 1.10: combine_pvalues([0.01, 0.2, 0.6], method='stouffer')[1] = 0.04621099380708224,
    // from the z scores R gives as qnorm(c(0.99, 0.8, 0.4)).
    expect(stoufferPValue([2.3263478740408408, 0.8416212335729143, -0.2533471031357997])).toBeCloseTo(
      0.04621099380708224,
      14,
    );
    // combine_pvalues([1e-20, 0.5], method='stouffer')[1] = 2.887207835521715e-11; R: -qnorm(1e-20) = 9.262340089798405.
    expect(stoufferPValue([9.262340089798405, 0]) / 2.887207835521715e-11).toBeCloseTo(1, 10);
    expect(stoufferPValue([1.8807936081512504])).toBeCloseTo(0.03, 14);
  });

  it('an infinite z counts as a far tail, never NaN', () => {
    expect(stoufferPValue([Number.POSITIVE_INFINITY, 0])).toBeLessThan(1e-150);
    expect(stoufferPValue([Number.NEGATIVE_INFINITY, 0])).toBe(1);
    expect(stoufferPValue([Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])).toBe(0.5);
  });
});

describe('normalQuantile in the far lower tail', () => {
  it('keeps its digits in the far lower tail, as R qnorm', () => {
    // R 4.2: qnorm(c(1e-20, 1e-300, 1e-10, 1e-4, 0.001, 0.3))
    const expected: Array<[number, number]> = [
      [1e-20, -9.262340089798405],
      [1e-300, -37.0470962993612],
      [1e-10, -6.361340902404056],
      [1e-4, -3.71901648545568],
      [0.001, -3.090232306167813],
      [0.3, -0.5244005127080407],
    ];
    for (const [probability, quantile] of expected) {
      expect(normalQuantile(probability) / quantile).toBeCloseTo(1, 14);
    }
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
  });
});
