import { describe, expect, it } from 'vitest';
import { CxValidationError, documentJsonSchema } from '../../src/core/index';
import {
  metricDefinitionDocument,
  metricRules,
  parseMetricDefinition,
  safeParseMetricDefinition,
} from '../../src/metrics/index';
import { expectCxError } from '../expectCxError';

const npsScale = { min: 0, max: 10, favorable: { from: 9, to: 10 }, unfavorable: { from: 0, to: 6 } };

const valid = {
  kind: 'metric-definition',
  schemaVersion: 1,
  id: 'nps-repair',
  title: 'NPS after repair',
  description: 'Relationship NPS asked after an engine repair.',
  metadata: { owner: 'CX office', status: 'active', tags: ['aviation'] },
  extensions: { 'x-survey-tool': { formId: 'F-17' } },
  metric: 'nps',
  versions: [
    {
      effectiveFrom: '2025-01-01',
      scale: npsScale,
      question: 'How likely are you to recommend us to a friend?',
      population: 'customers 7 days after a repair',
      primary: true,
    },
    {
      effectiveFrom: '2026-03-01',
      scale: npsScale,
      question: 'How likely are you to recommend us to a colleague?',
      population: 'customers 7 days after a repair',
      primary: true,
      reason: 'Our customers are airlines: they recommend to colleagues, not friends.',
    },
  ],
};

function withVersion(index: number, changes: Record<string, unknown>) {
  return {
    ...valid,
    versions: valid.versions.map((version, position) => (position === index ? { ...version, ...changes } : version)),
  };
}

function issuesOf(input: unknown) {
  const result = safeParseMetricDefinition(input);
  if (result.success) throw new Error('expected the document to be refused');
  expect(result.error).toBeInstanceOf(CxValidationError);
  return (result.error as CxValidationError).issues.map((issue) => ({ path: issue.path, message: issue.message }));
}

describe('parseMetricDefinition', () => {
  it('returns a valid definition as written, every field kept', () => {
    expect(parseMetricDefinition(valid)).toEqual(valid);
  });

  it('accepts each metric kind and a scale without an unfavorable band', () => {
    for (const metric of ['nps', 'csat', 'ces', 'custom']) {
      const csat = {
        ...valid,
        metric,
        versions: [{ ...valid.versions[0], scale: { min: 1, max: 5, favorable: { from: 4, to: 5 } } }],
      };
      expect(parseMetricDefinition(csat).metric).toBe(metric);
    }
  });

  it('refuses a definition without versions', () => {
    expect(issuesOf({ ...valid, versions: [] }).map((issue) => issue.path)).toEqual([['versions']]);
  });

  it('refuses unknown fields at every level, with a suggestion, and does not fill in the missing one', () => {
    const { favorable, ...scaleWithoutFavorable } = npsScale;
    const issues = issuesOf({
      ...withVersion(0, { scale: { ...scaleWithoutFavorable, favourable: favorable } }),
      metrik: 'nps',
    });
    expect(issues).toEqual([
      {
        path: ['versions', 0, 'scale', 'favorable'],
        message: 'Invalid input: expected object, received undefined',
      },
      {
        path: ['versions', 0, 'scale', 'favourable'],
        message:
          'Unknown field "favourable". Did you mean "favorable"? Fields cxkit does not model belong in "extensions".',
      },
      {
        path: ['metrik'],
        message: 'Unknown field "metrik". Did you mean "metric"? Fields cxkit does not model belong in "extensions".',
      },
    ]);
  });

  it('requires primary, question and population: none has a default', () => {
    const { primary, question, population, ...rest } = valid.versions[0] as (typeof valid.versions)[0];
    expect(issuesOf({ ...valid, versions: [rest] }).map((issue) => issue.path)).toEqual([
      ['versions', 0, 'question'],
      ['versions', 0, 'population'],
      ['versions', 0, 'primary'],
    ]);
  });

  it('refuses blank wording, population and reason', () => {
    expect(issuesOf(withVersion(1, { question: '  ', population: '', reason: '\n' }))).toEqual([
      { path: ['versions', 1, 'question'], message: 'Expected a non-empty text.' },
      { path: ['versions', 1, 'population'], message: 'Expected a non-empty text.' },
      { path: ['versions', 1, 'reason'], message: 'Expected a non-empty text.' },
    ]);
  });

  it('refuses a metric it does not know and a date that does not exist', () => {
    expect(issuesOf({ ...withVersion(0, { effectiveFrom: '2025-02-30' }), metric: 'ces2' }).map((i) => i.path)).toEqual(
      [['metric'], ['versions', 0, 'effectiveFrom']],
    );
  });

  it('refuses fractional scale points', () => {
    expect(issuesOf(withVersion(0, { scale: { ...npsScale, max: 10.5 } })).map((issue) => issue.path)).toEqual([
      ['versions', 0, 'scale', 'max'],
    ]);
  });

  it('refuses versions that do not follow each other in time', () => {
    expect(issuesOf(withVersion(1, { effectiveFrom: '2025-01-01' }))).toEqual([
      {
        path: ['versions', 1, 'effectiveFrom'],
        message:
          'This version takes effect on 2025-01-01, not after the one before it (2025-01-01); list versions in the order they took effect, one date each.',
      },
    ]);
    expect(issuesOf(withVersion(1, { effectiveFrom: '2024-12-31' })).map((issue) => issue.path)).toEqual([
      ['versions', 1, 'effectiveFrom'],
    ]);
  });

  it('refuses bands outside the scale, backwards, or overlapping, and a scale whose max is not above its min', () => {
    expect(issuesOf(withVersion(0, { scale: { ...npsScale, favorable: { from: 9, to: 11 } } }))).toEqual([
      {
        path: ['versions', 0, 'scale', 'favorable', 'to'],
        message: 'The favorable band 9–11 lies outside the scale 0–10.',
      },
    ]);
    expect(issuesOf(withVersion(0, { scale: { ...npsScale, unfavorable: { from: -1, to: 6 } } }))).toEqual([
      {
        path: ['versions', 0, 'scale', 'unfavorable', 'from'],
        message: 'The unfavorable band -1–6 lies outside the scale 0–10.',
      },
    ]);
    expect(issuesOf(withVersion(0, { scale: { ...npsScale, favorable: { from: 10, to: 9 } } }))).toEqual([
      {
        path: ['versions', 0, 'scale', 'favorable', 'from'],
        message: 'The favorable band runs backwards: from 10 is above to 9.',
      },
    ]);
    expect(issuesOf(withVersion(0, { scale: { ...npsScale, unfavorable: { from: 0, to: 9 } } }))).toEqual([
      {
        path: ['versions', 0, 'scale', 'unfavorable'],
        message:
          'The unfavorable band 0–9 overlaps the favorable band 9–10; a score cannot count both for and against.',
      },
    ]);
    expect(issuesOf(withVersion(0, { scale: { ...npsScale, min: 10, max: 10 } }))).toEqual([
      { path: ['versions', 0, 'scale', 'max'], message: "The scale's max (10) must be above its min (10)." },
    ]);
  });

  it('reports every problem of a document at once', () => {
    const issues = issuesOf({
      ...valid,
      versions: [
        { ...valid.versions[0], scale: { ...npsScale, favorable: { from: 9, to: 12 } } },
        { ...valid.versions[1], effectiveFrom: '2024-06-01' },
      ],
    });
    expect(issues.map((issue) => issue.path)).toEqual([
      ['versions', 0, 'scale', 'favorable', 'to'],
      ['versions', 1, 'effectiveFrom'],
    ]);
  });

  it('throws with the code and path of the envelope problems', () => {
    expectCxError(() => parseMetricDefinition({ ...valid, kind: 'metric' }), 'WRONG_DOCUMENT_KIND', ['kind']);
    expectCxError(() => parseMetricDefinition({ ...valid, schemaVersion: 2 }), 'NEWER_SCHEMA_VERSION', [
      'schemaVersion',
    ]);
    const error = expectCxError(() => parseMetricDefinition({ ...valid, versions: [] }), 'VALIDATION_FAILED', [
      'versions',
    ]);
    expect(error.message).toBe('The metric-definition document is not valid: 1 problem found.');
  });
});

describe('safeParseMetricDefinition', () => {
  it('returns the definition or the error instead of throwing', () => {
    expect(safeParseMetricDefinition(valid)).toEqual({ success: true, data: valid });
    const result = safeParseMetricDefinition('nps');
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe('VALIDATION_FAILED');
  });
});

describe('metricDefinitionDocument', () => {
  it('has a strict JSON Schema for editors', () => {
    const schema = documentJsonSchema(metricDefinitionDocument);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.metric).toEqual({ type: 'string', enum: ['nps', 'csat', 'ces', 'custom'] });
    expect((schema.properties.versions as Record<string, unknown>).minItems).toBe(1);
  });
});

describe('metricRules', () => {
  it('documents each continuity rule with its severity', () => {
    expect(Object.values(metricRules).map((rule) => [rule.id, rule.severity, rule.example !== undefined])).toEqual([
      ['metric/primary-metric-switched', 'warning', true],
      ['metric/definition-changed', 'warning', true],
      ['metric/changes-too-often', 'warning', true],
      ['metric/change-without-reason', 'info', true],
      ['metric/not-reviewed', 'warning', true],
      ['metric/no-primary-metric', 'info', true],
      ['metric/several-primary-metrics', 'warning', true],
    ]);
  });
});
