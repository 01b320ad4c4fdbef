import { fundPortfolio } from 'cxkit/governance';
import { aggregateAssessments, managementElementsModel } from 'cxkit/maturity';
import { scoreSeries } from 'cxkit/metrics';
import { driverQuadrant, maturityRadar, perceptionGapBars, portfolioChart, scoreSeriesChart } from 'cxkit/render';
import { classifyDrivers } from 'cxkit/transfer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate, answersAt } from './fixtures';
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
});
