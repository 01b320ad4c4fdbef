import { describe, expect, it } from 'vitest';
import { classifyDrivers } from '../../src/transfer/index';
import { expectCxError } from '../expectCxError';

const importance = {
  responseHours: { raw: 0.24, share: 0.4 },
  firstContactResolution: { raw: 0.18, share: 0.3 },
  courtesy: { raw: 0.12, share: 0.2 },
  billingAccuracy: { raw: 0.06, share: 0.1 },
};

describe('classifyDrivers', () => {
  it('places each driver in its quadrant with the numbers behind it (threshold: mean share 1/4)', () => {
    const map = classifyDrivers(importance, {
      responseHours: { current: 30, target: 24, direction: 'lower-is-better' }, // important, behind by 6 hours
      firstContactResolution: { current: 0.82, target: 0.8 }, // important, ahead
      courtesy: { current: 4.1, target: 4.5 }, // less important, behind
      billingAccuracy: { current: 0.995, target: 0.99 }, // less important, ahead
    });
    expect(map.importanceThreshold).toBe(0.25);
    expect(map.drivers.map((driver) => [driver.driver, driver.quadrant, driver.important, driver.meetsTarget])).toEqual(
      [
        ['responseHours', 'concentrate-here', true, false],
        ['firstContactResolution', 'keep-up-the-good-work', true, true],
        ['courtesy', 'low-priority', false, false],
        ['billingAccuracy', 'possible-overkill', false, true],
      ],
    );
    expect(map.drivers[0]).toEqual({
      driver: 'responseHours',
      quadrant: 'concentrate-here',
      importance: 0.4,
      important: true,
      current: 30,
      target: 24,
      direction: 'lower-is-better',
      gap: -6,
      meetsTarget: false,
    });
  });

  it('counts a driver exactly on target as meeting it and exactly at the threshold as important', () => {
    const map = classifyDrivers(
      { speed: { raw: 0.5, share: 0.5 }, tone: { raw: 0.5, share: 0.5 } },
      { speed: { current: 3, target: 3 }, tone: { current: 2, target: 3 } },
    );
    expect(map.drivers.map((driver) => driver.quadrant)).toEqual(['concentrate-here', 'keep-up-the-good-work']);
  });

  it('takes a stated threshold', () => {
    const map = classifyDrivers(
      importance,
      {
        responseHours: { current: 20, target: 24, direction: 'lower-is-better' },
        firstContactResolution: { current: 0.7, target: 0.8 },
        courtesy: { current: 4.1, target: 4.5 },
        billingAccuracy: { current: 0.995, target: 0.99 },
      },
      { importanceThreshold: 0.35 },
    );
    expect(map.drivers.map((driver) => [driver.driver, driver.quadrant])).toEqual([
      ['responseHours', 'keep-up-the-good-work'],
      ['firstContactResolution', 'low-priority'],
      ['courtesy', 'low-priority'],
      ['billingAccuracy', 'possible-overkill'],
    ]);
  });

  it('names missing, unknown and malformed performance', () => {
    const complete = {
      responseHours: { current: 30, target: 24 },
      firstContactResolution: { current: 0.82, target: 0.8 },
      courtesy: { current: 4.1, target: 4.5 },
      billingAccuracy: { current: 0.995, target: 0.99 },
    };
    const { courtesy: _courtesy, ...withoutCourtesy } = complete;
    expectCxError(() => classifyDrivers(importance, withoutCourtesy), 'MISSING_DRIVER', ['performance', 'courtesy']);
    expectCxError(
      () => classifyDrivers(importance, { ...complete, tone: { current: 1, target: 1 } }),
      'UNKNOWN_DRIVER',
      ['performance', 'tone'],
    );
    expectCxError(
      () => classifyDrivers(importance, { ...complete, courtesy: { current: Number.NaN, target: 4.5 } }),
      'INVALID_INPUT',
      ['performance', 'courtesy', 'current'],
    );
    expectCxError(
      () =>
        classifyDrivers(importance, {
          ...complete,
          courtesy: { current: 4, target: 4.5, direction: 'up' as 'higher-is-better' },
        }),
      'INVALID_INPUT',
      ['performance', 'courtesy', 'direction'],
    );
    expectCxError(() => classifyDrivers({}, complete), 'INVALID_INPUT', ['importance']);
    expectCxError(() => classifyDrivers(importance, complete, { threshold: 0.3 } as never), 'UNKNOWN_OPTION');
  });
});
