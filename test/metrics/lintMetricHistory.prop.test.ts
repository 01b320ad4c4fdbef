import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/index';
import { lintMetricHistory, type MetricDefinition, parseMetricDefinition } from '../../src/metrics/index';

const day = 86_400_000;
const scales = [
  { min: 0, max: 10, favorable: { from: 9, to: 10 }, unfavorable: { from: 0, to: 6 } },
  { min: 1, max: 5, favorable: { from: 4, to: 5 } },
  { min: 1, max: 7, favorable: { from: 5, to: 7 } },
];
const questions = ['How likely are you to recommend us?', 'How satisfied are you?', 'How easy was it?'];
const populations = ['customers 7 days after a repair', 'all customers'];

// Versions on distinct days within about eight years, so that windows, gaps and overlaps all occur.
const versionsArbitrary = fc
  .uniqueArray(fc.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 6 })
  .chain((days) =>
    fc.tuple(
      ...[...days]
        .sort((left, right) => left - right)
        .map((offset) =>
          fc.record({
            effectiveFrom: fc.constant(new Date(Date.UTC(2020, 0, 1) + offset * day).toISOString().slice(0, 10)),
            scale: fc.constantFrom(...scales),
            question: fc.constantFrom(...questions),
            population: fc.constantFrom(...populations),
            primary: fc.boolean(),
            reason: fc.option(fc.constant('Agreed by the CX council.'), { nil: undefined }),
          }),
        ),
    ),
  )
  .map((versions) =>
    versions.map(({ reason, ...version }) => (reason === undefined ? version : { ...version, reason })),
  );

const historyArbitrary = fc
  .uniqueArray(fc.constantFrom('nps-relationship', 'csat-support', 'ces-onboarding', 'custom-trust'), {
    minLength: 1,
    maxLength: 4,
  })
  .chain((ids) => fc.tuple(...ids.map((id) => versionsArbitrary.map((versions) => ({ id, versions })))))
  .map((entries) =>
    entries.map(({ id, versions }) =>
      parseMetricDefinition({ kind: 'metric-definition', schemaVersion: 1, id, title: id, metric: 'custom', versions }),
    ),
  );

const asOfArbitrary = fc.integer({ min: -100, max: 3300 }).map((offset) => Date.UTC(2020, 0, 1) + offset * day);

// A finding with its definition index replaced by the definition's id, so that findings
// from differently ordered inputs can be compared.
function byId(findings: readonly Finding[], definitions: readonly MetricDefinition[]): string[] {
  return findings
    .map((finding) => {
      const [index, ...rest] = finding.path;
      const path = typeof index === 'number' ? [definitions[index]?.id, ...rest] : finding.path;
      return JSON.stringify({ ...finding, path });
    })
    .sort();
}

describe('lintMetricHistory (laws)', () => {
  it('findings do not depend on the order the definitions are given in', () => {
    fc.assert(
      fc.property(
        historyArbitrary.chain((history) =>
          fc.tuple(fc.constant(history), fc.shuffledSubarray(history, { minLength: history.length })),
        ),
        asOfArbitrary,
        ([history, shuffled], asOf) => {
          expect(byId(lintMetricHistory(shuffled, { asOf }), shuffled)).toEqual(
            byId(lintMetricHistory(history, { asOf }), history),
          );
        },
      ),
    );
  });

  it('a history with one version never yields definition-changed, changes-too-often or change-without-reason', () => {
    fc.assert(
      fc.property(historyArbitrary, asOfArbitrary, fc.nat({ max: 3 }), (history, asOf, maxChangesPerYear) => {
        const single = history.map((definition) => ({ ...definition, versions: definition.versions.slice(0, 1) }));
        const rules = lintMetricHistory(single, { asOf, maxChangesPerYear }).map((finding) => finding.rule);
        expect(rules).not.toContain('metric/definition-changed');
        expect(rules).not.toContain('metric/changes-too-often');
        expect(rules).not.toContain('metric/change-without-reason');
      }),
    );
  });

  it('one definition alone gives the findings it gives in a list of one, without the index', () => {
    fc.assert(
      fc.property(historyArbitrary, asOfArbitrary, (history, asOf) => {
        const definition = history[0] as MetricDefinition;
        const alone = lintMetricHistory(definition, { asOf });
        const listed = lintMetricHistory([definition], { asOf });
        expect(alone).toEqual(
          listed.map((finding) => ({ ...finding, path: finding.path.length === 0 ? [] : finding.path.slice(1) })),
        );
      }),
    );
  });

  it('allowing more changes a year never adds a changes-too-often finding', () => {
    fc.assert(
      fc.property(historyArbitrary, fc.nat({ max: 4 }), (history, maxChangesPerYear) => {
        const count = (allowed: number) =>
          lintMetricHistory(history, { maxChangesPerYear: allowed }).filter(
            (finding) => finding.rule === 'metric/changes-too-often',
          ).length;
        expect(count(maxChangesPerYear + 1)).toBeLessThanOrEqual(count(maxChangesPerYear));
      }),
    );
  });

  it('several-primary-metrics findings are never exactly one, and exclude no-primary-metric', () => {
    fc.assert(
      fc.property(historyArbitrary, asOfArbitrary, (history, asOf) => {
        const rules = lintMetricHistory(history, { asOf }).map((finding) => finding.rule);
        const several = rules.filter((rule) => rule === 'metric/several-primary-metrics').length;
        expect(several).not.toBe(1);
        expect(several > 0 && rules.includes('metric/no-primary-metric')).toBe(false);
      }),
    );
  });
});
