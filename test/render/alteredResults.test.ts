import { isCxError } from 'cxkit/core';
import { journeyTimeline, maturityRadar, perceptionGapBars, scoreSeriesPanels } from 'cxkit/render';
import { describe, expect, it } from 'vitest';
import { expectCxError } from '../expectCxError';
import { aggregate, series } from './fixtures';

const day = 86_400_000;
const timeline = {
  journey: 'Engine repair',
  cases: 3,
  end: { p5: 10 * day, p50: 20 * day, p95: 30 * day },
  steps: [{ name: 'Shop visit', stage: 'Repair', controlled: true, cases: 3, start: 2 * day, end: 18 * day }],
};

// A chart draws the result of another cxkit function; one altered or written by hand is
// refused naming the field, never drawn with a TypeError inside.
describe('charts refuse results altered by hand', () => {
  it('perceptionGapBars names the aggregate part that is not what aggregateAssessments gives', () => {
    expectCxError(() => perceptionGapBars({ ...aggregate, dimensions: null } as never), 'INVALID_INPUT', [
      'dimensions',
    ]);
    expectCxError(() => perceptionGapBars({ ...aggregate, gaps: {} } as never), 'INVALID_INPUT', ['gaps']);
    expectCxError(
      () => perceptionGapBars({ ...aggregate, scale: { ...aggregate.scale, max: 'five' } } as never),
      'INVALID_INPUT',
      ['scale'],
    );
    expectCxError(
      () => perceptionGapBars({ ...aggregate, groups: [aggregate.groups[0], { name: 'x' }] } as never),
      'INVALID_INPUT',
      ['groups', 1],
    );
  });

  it('scoreSeriesPanels names a series entry that is not a series', () => {
    const entries = [...series.series, null];
    expectCxError(() => scoreSeriesPanels({ ...series, series: entries } as never), 'INVALID_INPUT', [
      'series',
      entries.length - 1,
    ]);
  });

  it("journeyTimeline names a step's stage and a count of cases that are not", () => {
    expect(journeyTimeline(timeline)).toContain('Shop visit');
    expectCxError(
      () => journeyTimeline({ ...timeline, steps: [{ ...timeline.steps[0], stage: 3 }] } as never),
      'INVALID_INPUT',
      ['steps', 0, 'stage'],
    );
    expectCxError(() => journeyTimeline({ ...timeline, cases: -1 }), 'INVALID_INPUT', ['cases']);
    expectCxError(() => journeyTimeline({ ...timeline, cases: 'many' } as never), 'INVALID_INPUT', ['cases']);
  });

  it('a field broken deeper than the checks reach is still a CxError, with the cause kept', () => {
    const broken = { ...aggregate, dimensions: aggregate.dimensions.map((dimension) => ({ ...dimension, title: 7 })) };
    let thrown: unknown;
    try {
      maturityRadar(broken as never);
    } catch (error) {
      thrown = error;
    }
    expect(isCxError(thrown)).toBe(true);
    expect((thrown as { code: string }).code).toBe('INVALID_INPUT');
    expect((thrown as Error).cause).toBeInstanceOf(TypeError);
  });
});
