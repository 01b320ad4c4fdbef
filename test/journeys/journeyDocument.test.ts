import { type CxValidationError, documentJsonSchema } from 'cxkit/core';
import { journeyDocument, parseJourney, safeParseJourney } from 'cxkit/journeys';
import { describe, expect, it } from 'vitest';
import { engineRepairDocument } from './engineRepairJourney';

const withChanges = (changes: Record<string, unknown>) => ({ ...engineRepairDocument, ...changes });

function issuesOf(input: unknown) {
  const result = safeParseJourney(input);
  if (result.success) throw new Error('expected the journey to be refused');
  return result.error as CxValidationError;
}

describe('the journey document', () => {
  it('reads a valid journey and keeps every field', () => {
    const journey = parseJourney(engineRepairDocument);
    expect(journey.boundary).toEqual({ start: 'engine-removed', end: 'engine-reinstalled' });
    expect(journey.steps.map((step) => step.control)).toEqual([
      'partner',
      'company',
      'customer',
      'company',
      'company',
      'partner',
    ]);
    expect(journey.outcomeMeasures).toEqual(['nps-repair']);
  });

  it('refuses a step whose stage is not declared, naming the path', () => {
    const steps = engineRepairDocument.steps.map((step, index) => (index === 2 ? { ...step, stage: 'quotes' } : step));
    const error = issuesOf(withChanges({ steps }));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.issues.map((issue) => issue.path)).toEqual([['steps', 2, 'stage']]);
    expect(error.issues[0]?.message).toContain('"quotes"');
  });

  it('refuses undeclared events in steps and in the boundary', () => {
    const steps = engineRepairDocument.steps.map((step, index) =>
      index === 0 ? { ...step, endEvent: 'engine-arrived' } : step,
    );
    const error = issuesOf(withChanges({ steps, boundary: { start: 'aog-declared', end: 'engine-reinstalled' } }));
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ['boundary', 'start'],
      ['steps', 0, 'endEvent'],
    ]);
  });

  it('refuses a boundary that starts and ends on one event, and a step that does', () => {
    const steps = engineRepairDocument.steps.map((step, index) =>
      index === 1 ? { ...step, endEvent: 'engine-received' } : step,
    );
    const error = issuesOf(withChanges({ steps, boundary: { start: 'engine-removed', end: 'engine-removed' } }));
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ['boundary', 'end'],
      ['steps', 1, 'endEvent'],
    ]);
  });

  it('checks lifecycle phases: built-in, declared, or refused', () => {
    const stages = [{ id: 'claim', name: 'Claim', phase: 'claim' }, ...engineRepairDocument.stages];
    expect(issuesOf(withChanges({ stages })).issues.map((issue) => issue.path)).toEqual([['stages', 0, 'phase']]);
    const declared = withChanges({ stages, phases: [{ id: 'claim', afterPurchase: true }] });
    expect(safeParseJourney(declared).success).toBe(true);
    const redeclared = withChanges({ phases: [{ id: 'support', afterPurchase: true }] });
    expect(issuesOf(redeclared).issues.map((issue) => issue.path)).toEqual([['phases', 0, 'id']]);
  });

  it('refuses duplicate ids and event names', () => {
    const events = [...engineRepairDocument.events, { name: 'quote-sent', perspective: 'internal' }];
    const steps = [...engineRepairDocument.steps, engineRepairDocument.steps[0]];
    expect(issuesOf(withChanges({ events, steps })).issues.map((issue) => issue.path)).toEqual([
      ['events', 7, 'name'],
      ['steps', 6, 'id'],
    ]);
  });

  it('refuses unknown fields instead of dropping them, and a wrong control', () => {
    const steps = engineRepairDocument.steps.map((step, index) =>
      index === 3 ? { ...step, control: 'vendor', sla: 5 } : step,
    );
    const paths = issuesOf(withChanges({ steps })).issues.map((issue) => issue.path);
    expect(paths).toContainEqual(['steps', 3, 'control']);
    expect(paths).toContainEqual(['steps', 3, 'sla']);
  });

  it('refuses a document of another kind', () => {
    expect(safeParseJourney(withChanges({ kind: 'mission' }))).toMatchObject({
      success: false,
      error: { code: 'WRONG_DOCUMENT_KIND' },
    });
  });

  it('exports a JSON Schema that lists the step controls', () => {
    const schema = documentJsonSchema(journeyDocument) as unknown as {
      properties: { steps: { items: { properties: { control: { enum: string[] } } } } };
    };
    expect(schema.properties.steps.items.properties.control.enum).toEqual(['company', 'customer', 'partner', 'shared']);
  });
});
