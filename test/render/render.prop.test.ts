import { fundPortfolio } from 'cxkit/governance';
import { aggregateAssessments, managementElementsModel } from 'cxkit/maturity';
import { scoreSeries } from 'cxkit/metrics';
import {
  driverQuadrant,
  journeyComparisonChart,
  journeyTimeline,
  maturityRadar,
  perceptionGapBars,
  portfolioChart,
  scoreSeriesChart,
  scoreSeriesPanels,
} from 'cxkit/render';
import { classifyDrivers } from 'cxkit/transfer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate, answersAt, measure } from './fixtures';
import { attributeNumbers, estimatedTextBoxes, expectAccessibleSvg } from './svgChecks';

const label = fc.string({ minLength: 1, maxLength: 12 });

function expectFinite(svg: string): void {
  expectAccessibleSvg(svg);
  for (const value of attributeNumbers(svg)) expect(Number.isFinite(value)).toBe(true);
}

describe('laws', () => {
  it('a score series chart never writes NaN or Infinity, whatever the responses', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            day: fc.integer({ min: 0, max: 400 }),
            score: fc.integer({ min: 0, max: 10 }),
            segment: fc.constantFrom('a', 'b'),
          }),
          {
            minLength: 1,
            maxLength: 40,
          },
        ),
        (responses) => {
          const result = scoreSeries(
            {
              at: responses.map((response) => Date.UTC(2026, 0, 1) + response.day * 86_400_000),
              score: responses.map((response) => response.score),
              segment: responses.map((response) => response.segment),
            },
            { metric: 'nps', unit: 'month' },
          );
          expectFinite(scoreSeriesChart(result));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a driver quadrant never writes NaN or Infinity, with zero targets and extreme values', () => {
    const value = fc.oneof(fc.constant(0), fc.double({ min: -1e9, max: 1e9, noNaN: true }));
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({ name: label, share: fc.double({ min: 0, max: 1, noNaN: true }), current: value, target: value }),
          {
            minLength: 1,
            maxLength: 6,
            selector: (driver) => driver.name,
          },
        ),
        (drivers) => {
          const map = classifyDrivers(
            Object.fromEntries(drivers.map((driver) => [driver.name, { raw: driver.share, share: driver.share }])),
            Object.fromEntries(
              drivers.map((driver) => [driver.name, { current: driver.current, target: driver.target }]),
            ),
          );
          expectFinite(driverQuadrant(map));
        },
      ),
      { numRuns: 80 },
    );
  });

  it('a portfolio chart never writes NaN or Infinity, with zero costs, values and budget', () => {
    const amount = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1_000_000 }));
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ id: label, cost: amount, value: amount }), {
          minLength: 1,
          maxLength: 8,
          selector: (idea) => idea.id,
        }),
        amount,
        (ideas, budget) => {
          expectFinite(portfolioChart(fundPortfolio(ideas, budget), ideas, budget));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('maturity charts never write NaN or Infinity, with unanswered dimensions and hostile group names', () => {
    const level = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });
    const ids = managementElementsModel.dimensions.map((dimension) => dimension.id);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ group: fc.constantFrom('<a>', '"b"', "c'&"), levels: fc.tuple(level, level, level, level) }),
          {
            minLength: 2,
            maxLength: 10,
          },
        ),
        (people) => {
          const assessments = people
            .filter((person) => person.levels.some((entry) => entry !== null))
            .map((person) => ({
              group: person.group,
              answers: answersAt(Object.fromEntries(ids.map((id, index) => [id, person.levels[index] ?? null]))),
            }));
          fc.pre(assessments.length > 0);
          const aggregate = aggregateAssessments(managementElementsModel, assessments, { groupBy: 'group' });
          expectFinite(maturityRadar(aggregate, { target: 3 }));
          const pairs = aggregate.groups.length >= 2;
          const scoredInBoth =
            pairs &&
            aggregate.dimensions.some((dimension) =>
              aggregate.groups
                .slice(0, 2)
                .every((group) => group.dimensions.find((entry) => entry.id === dimension.id)?.mean != null),
            );
          if (scoredInBoth) expectFinite(perceptionGapBars(aggregate));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('no text reaches past the chart’s edge, however long the labels', () => {
    // size 'max': long labels as often as short ones (the default favours short strings).
    const name = fc.string({ minLength: 1, maxLength: 60, size: 'max' });
    const fits = (svg: string) => {
      const chartWidth = Number(/^<svg [^>]*width="([^"]+)"/.exec(svg)?.[1]);
      for (const box of estimatedTextBoxes(svg)) {
        expect(box.left, box.content).toBeGreaterThanOrEqual(0);
        expect(box.right, box.content).toBeLessThanOrEqual(chartWidth);
      }
    };
    fc.assert(
      fc.property(
        fc.array(name, { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 300, max: 1200 }),
        (titles, width) => {
          const renamed = {
            ...aggregate,
            dimensions: aggregate.dimensions.map((dimension, index) => ({
              ...dimension,
              title: titles[index] as string,
            })),
          };
          fits(maturityRadar(renamed, { width, target: 3 }));
          fits(perceptionGapBars(renamed, { width }));
        },
      ),
      { numRuns: 60 },
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(name, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 300, max: 1200 }),
        (ids, width) => {
          const ideas = ids.map((id, index) => ({ id, cost: 10 + index * 7, value: 1 + (index % 3) }));
          fits(portfolioChart(fundPortfolio(ideas, 30), ideas, 30, { width }));
        },
      ),
      { numRuns: 60 },
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(name, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 300, max: 1200 }),
        (segments, width) => {
          const result = scoreSeries(
            {
              at: segments.map((_, index) => Date.UTC(2026, index, 10)),
              score: segments.map((_, index) => index * 3),
              segment: segments,
            },
            { metric: 'nps', unit: 'month' },
          );
          fits(scoreSeriesChart(result, { width, title: 'NPS by month' }));
        },
      ),
      { numRuns: 60 },
    );
  });
  it('at a phone’s width a chart keeps its width, wraps its words and keeps every text inside', () => {
    // A phone's chart is drawn for its width: growing wider would make the page shrink it,
    // and its text below the size it was drawn at. Long names wrap or become numbered keys.
    const name = fc.string({ minLength: 1, maxLength: 80, size: 'max' }).filter((text) => text.trim() !== '');
    const phone = fc.integer({ min: 280, max: 479 });
    const fitsExactly = (svg: string, width: number) => {
      expect(Number(/^<svg [^>]*width="([^"]+)"/.exec(svg)?.[1])).toBe(width);
      for (const box of estimatedTextBoxes(svg)) {
        expect(box.left, box.content).toBeGreaterThanOrEqual(0);
        expect(box.right, box.content).toBeLessThanOrEqual(width);
      }
    };
    fc.assert(
      fc.property(fc.array(name, { minLength: 4, maxLength: 4 }), name, phone, (titles, title, width) => {
        const renamed = {
          ...aggregate,
          dimensions: aggregate.dimensions.map((dimension, index) => ({
            ...dimension,
            title: titles[index] as string,
          })),
        };
        fitsExactly(maturityRadar(renamed, { width, title }), width);
        fitsExactly(perceptionGapBars(renamed, { width, title }), width);
        const drivers = classifyDrivers(
          Object.fromEntries(titles.map((_, index) => [`d${index}`, { raw: 0.1, share: 0.25 + index / 100 }])),
          Object.fromEntries(titles.map((_, index) => [`d${index}`, { current: 10 + index, target: 12 }])),
        );
        const labels = Object.fromEntries(titles.map((driver, index) => [`d${index}`, driver]));
        fitsExactly(driverQuadrant(drivers, { width, title, labels }), width);
        const ideas = titles.map((_, index) => ({ id: `i${index}`, cost: 10 + index * 7, value: 1 + (index % 3) }));
        fitsExactly(
          portfolioChart(fundPortfolio(ideas, 30), ideas, 30, {
            width,
            title,
            labels: Object.fromEntries(ideas.map((idea, index) => [idea.id, titles[index] as string])),
          }),
          width,
        );
        const day = 86_400_000;
        const steps = titles.map((step, index) => ({
          name: step,
          stage: titles[index % 2] as string,
          controlled: index % 2 === 0,
          cases: 3,
          start: index * 5 * day,
          end: (index * 5 + 4) * day,
        }));
        fitsExactly(
          journeyTimeline(
            { journey: title, cases: 3, end: { p5: 18 * day, p50: 20 * day, p95: 22 * day }, steps },
            { width },
          ),
          width,
        );
        fitsExactly(
          journeyComparisonChart(measure, measure, {
            width,
            title,
            before: titles[0] as string,
            after: titles[1] as string,
          }),
          width,
        );
      }),
      { numRuns: 40 },
    );
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 1, maxLength: 4 }), phone, (segments, width) => {
        const result = scoreSeries(
          {
            at: segments.flatMap((_, index) => [Date.UTC(2026, index, 10), Date.UTC(2026, index + 1, 10)]),
            score: segments.flatMap((_, index) => [index * 3, 10 - index]),
            segment: segments.flatMap((segment) => [segment, segment]),
          },
          { metric: 'nps', unit: 'month' },
        );
        fitsExactly(scoreSeriesChart(result, { width, title: segments[0] as string }), width);
        fitsExactly(scoreSeriesPanels(result, { width }), width);
      }),
      { numRuns: 40 },
    );
  });

  it('no chart writes text smaller than 12 px', () => {
    // The report shows a chart at its own size or shrunk to at most 11/12 of it (below that
    // it shows the phone's drawing): 12 px text then never reads smaller than 11 px.
    const day = 86_400_000;
    const charts = [
      maturityRadar(aggregate),
      maturityRadar(aggregate, { width: 328 }),
      perceptionGapBars(aggregate, { width: 328 }),
      journeyComparisonChart(measure, measure, { width: 328 }),
      journeyTimeline(
        {
          journey: 'J',
          cases: 1,
          end: { p5: day, p50: day, p95: day },
          steps: [{ name: 'S', controlled: true, cases: 1, start: 0, end: day }],
        },
        { width: 328 },
      ),
    ];
    for (const svg of charts) {
      const sizes = [...svg.matchAll(/font-size="([^"]+)"/g)].map((match) => Number(match[1]));
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    }
  });
});
