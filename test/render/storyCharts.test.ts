import { measureJourney } from 'cxkit/journeys';
import { scoreSeries } from 'cxkit/metrics';
import { journeyComparisonChart, journeyTimeline, scoreSeriesChart, scoreSeriesPanels } from 'cxkit/render';
import { describe, expect, it } from 'vitest';
import { expectCxError } from '../expectCxError';
import { engineCase, engineRepair } from '../journeys/engineRepairJourney';
import { measure, series } from './fixtures';
import { expectAccessibleSvg, verticalLines } from './svgChecks';

const day = 86_400_000;

/** The x of each circle drawn in a colour, in drawing order. */
const circles = (svg: string, fill: string) =>
  [...svg.matchAll(/<circle cx="([^"]+)" cy="[^"]+" r="4.5" fill="([^"]+)"/g)]
    .filter((match) => match[2] === fill)
    .map((match) => Number(match[1]));

describe('journeyComparisonChart', () => {
  // Before (the fixture): A 0, 2, 5, 8, 18, 20, 22 and B 0, 4, 6, 7, 15, 16, 20 days. After:
  // the shop repairs faster (A 4, B 3 days instead of 10 and 8) but releases slower (A 7, B 6
  // instead of 2 and 1).
  const after = measureJourney(
    engineRepair,
    [...engineCase('A', [0, 2, 5, 8, 12, 19, 21]), ...engineCase('B', [0, 4, 6, 7, 10, 16, 20])],
    { asOf: '2026-02-15' },
  );

  it('puts both periods on one axis and marks the step whose median moved most', () => {
    // Repair: 9 → (4 + 3)/2 = 3.5, −5.5 days; release: 1.5 → 6.5, +5. Repair moved most.
    const svg = journeyComparisonChart(measure, after, { before: '2025', after: '2026' });
    const description = expectAccessibleSvg(svg);
    expect(description).toContain('Repair (company): P50 9 d in 2025, 3.5 d in 2026 (−5.5 d)');
    expect(description).toContain('Invoice and release (company): P50 1.5 d in 2025, 6.5 d in 2026 (+5.0 d)');
    expect(description.match(/Marked:/g)).toHaveLength(1);
    const marked = description.indexOf('Marked: the step whose median moved most');
    expect(description.indexOf('Repair (company): P50')).toBeLessThan(marked);
    expect(marked).toBeLessThan(description.indexOf('Invoice and release (company): P50'));
    // The axis runs 0…25 days (above the longest P95, 20 + 0.95·2 = 21.9): each median at left + w·t/25.
    const grid = verticalLines(svg, '#e6e6e6');
    const [left, right] = [grid[0] as number, grid[grid.length - 1] as number];
    const at = (days: number) => Number((left + ((right - left) * days) / 25).toFixed(2));
    expect(circles(svg, '#ffffff')).toContain(at(1.5));
    expect(circles(svg, '#1f4e79')).toContain(at(6.5));
  });

  it('marks the step it is told to, or none', () => {
    const marked = expectAccessibleSvg(
      journeyComparisonChart(measure, after, { highlight: 'release', highlightNote: 'where the time went' }),
    );
    const note = marked.indexOf('Marked: where the time went.');
    expect(marked.indexOf('Invoice and release (company): P50')).toBeLessThan(note);
    expect(note).toBeLessThan(marked.indexOf('Ship the engine back (partner): P50'));
    expect(expectAccessibleSvg(journeyComparisonChart(measure, after, { highlight: null }))).not.toContain('Marked');
    expectCxError(() => journeyComparisonChart(measure, after, { highlight: 'paint' }), 'INVALID_INPUT', ['highlight']);
  });

  it('refuses measures of different journeys and a period without a finished case', () => {
    expectCxError(() => journeyComparisonChart(measure, { ...after, journey: 'onboarding' }), 'MISMATCHED_INPUT');
    expectCxError(
      () => journeyComparisonChart(measure, { ...after, summary: { ...after.summary, wingToWing: null } }),
      'NO_DATA',
    );
  });
});

describe('journeyTimeline', () => {
  const timeline = {
    journey: 'Engine repair',
    cases: 40,
    end: { p5: 50 * day, p50: 60 * day, p95: 75 * day },
    steps: [
      {
        name: 'Transport in',
        stage: 'Removal',
        controlled: false,
        control: 'partner',
        cases: 40,
        start: 0,
        end: 5 * day,
      },
      {
        name: 'Shop visit',
        stage: 'Repair',
        controlled: true,
        control: 'company',
        cases: 40,
        start: 5 * day,
        end: 40 * day,
      },
      { name: 'Paint', stage: 'Repair', controlled: true, control: 'company', cases: 0, start: null, end: null },
    ],
  };

  it('draws each step from its median start to its median end from the journey start, not from zero', () => {
    // The axis runs 0…80 days (a nice step of 10 above 75): t at left + w·t/80. The shop visit's
    // bar starts at 5/80 of the way and is 35/80 long.
    const svg = journeyTimeline(timeline);
    const grid = verticalLines(svg, '#e6e6e6');
    const [left, right] = [grid[0] as number, grid[grid.length - 1] as number];
    const w = right - left;
    const bar = /<rect x="([^"]+)" y="[^"]+" width="([^"]+)" height="14" fill="#1f4e79"/.exec(svg);
    expect(Number(bar?.[1])).toBeCloseTo(left + (w * 5) / 80, 1);
    expect(Number(bar?.[2])).toBeCloseTo((w * 35) / 80, 1);
    const description = expectAccessibleSvg(svg);
    expect(description).toContain('Shop visit (company): day 5 to day 40, controlled by the company.');
    expect(description).toContain('Paint (company): no finished case completed it');
    expect(description).toContain('The whole journey: P50 60 days, P5 to P95 50 to 75.');
    // Stages head their steps, once each.
    expect(svg.match(/>Repair<\/text>/g)).toHaveLength(1);
  });

  it('names in its legend only the kinds of step it draws', () => {
    const controlledOnly = journeyTimeline({ ...timeline, steps: timeline.steps.slice(1) });
    expect(controlledOnly).toContain('>Controlled by the company</text>');
    expect(controlledOnly).not.toContain('>Not controlled by the company</text>');
  });

  it('refuses a journey without a finished case and a step ending before it starts', () => {
    expectCxError(() => journeyTimeline({ ...timeline, end: null }), 'NO_DATA');
    expectCxError(
      () => journeyTimeline({ ...timeline, steps: [{ ...timeline.steps[0], start: 5 * day, end: day } as never] }),
      'INVALID_INPUT',
      ['steps', 0, 'end'],
    );
  });
});

describe('score series: marked periods and small multiples', () => {
  it('shades the periods it is given, once each, and names them in the legend', () => {
    const svg = scoreSeriesChart(series, {
      segments: [null],
      highlight: { periods: ['2026-03', '2027-12'], label: 'March dips every year' },
    });
    expect(svg.match(/fill="#f6dcc0"/g)).toHaveLength(2); // the shaded month and its legend swatch
    expect(svg).toContain('>March dips every year</text>');
    expect(expectAccessibleSvg(svg)).toContain('Shaded: 2026-03 (March dips every year).');
    expectCxError(() => scoreSeriesChart(series, { highlight: { periods: '2026-03' } as never }), 'INVALID_INPUT', [
      'highlight',
    ]);
  });

  it('draws each segment in its own panel with all responses as a gray reference', () => {
    const svg = scoreSeriesPanels(series);
    const description = expectAccessibleSvg(svg);
    expect(description).toContain(
      'one panel per segment on one scale from -100 to 100 NPS points, with all responses as a gray line in each',
    );
    // business: January 10, 10, 3 (2 promoters, 1 detractor of 3): NPS 33.3; April 0: −100.
    expect(svg).toContain('>business: -100 in 2026-04</text>');
    expect(svg).toContain('>retail &lt;b&gt;: 0 in 2026-03</text>');
    expect(svg).toContain('>Every panel in NPS points, on one scale</text>');
    expect(scoreSeriesPanels(series, { unit: '% favorable' })).toContain(
      '>Every panel in % favorable, on one scale</text>',
    );
    expect(svg.match(/stroke="#9e9e9e" stroke-width="1.5"/g)?.length).toBeGreaterThanOrEqual(2);
    expectCxError(
      () => scoreSeriesPanels(scoreSeries({ at: ['2026-01-10'], score: [9] }, { metric: 'nps', unit: 'month' })),
      'NO_DATA',
    );
  });
});
