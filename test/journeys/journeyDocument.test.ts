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

  it('accepts event names as real logs write them and matches them exactly', () => {
    const helpDesk = {
      ...engineRepairDocument,
      boundary: { start: 'Assign seriousness', end: 'Closed' },
      events: [
        { name: 'Assign seriousness', perspective: 'customer' },
        { name: 'Take in charge ticket', perspective: 'internal' },
        { name: 'Résoudre le ticket (niveau 2)', perspective: 'internal' },
        { name: 'Closed', perspective: 'customer' },
      ],
      steps: [
        { ...engineRepairDocument.steps[0], startEvent: 'Assign seriousness', endEvent: 'Take in charge ticket' },
        { ...engineRepairDocument.steps[1], startEvent: 'Take in charge ticket', endEvent: 'Closed' },
      ],
    };
    expect(parseJourney(helpDesk).events.map((event) => event.name)).toContain('Résoudre le ticket (niveau 2)');
    // Matched exactly: another case is another name, and the message quotes it as given.
    const error = issuesOf({ ...helpDesk, boundary: { start: 'assign seriousness', end: 'Closed' } });
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        ['boundary', 'start'],
        'The boundary start event "assign seriousness" is not declared in events; did you mean "Assign seriousness"? (declared: "Assign seriousness", "Take in charge ticket", "Résoudre le ticket (niveau 2)", "Closed").',
      ],
    ]);
  });

  it('refuses blank names, control characters, bidirectional overrides and names past 256 characters', () => {
    for (const name of ['', '   ', 'Resolve\tticket', 'Resolve\nticket', 'Resolve\u202Eticket', 'x'.repeat(257)]) {
      const events = engineRepairDocument.events.map((event, index) => (index === 1 ? { ...event, name } : event));
      expect(
        issuesOf(withChanges({ events })).issues.map((issue) => issue.path),
        JSON.stringify(name),
      ).toContainEqual(['events', 1, 'name']);
    }
    const longest = engineRepairDocument.events.map((event, index) =>
      index === 1 ? { ...event, name: 'x'.repeat(256) } : event,
    );
    const steps = engineRepairDocument.steps.map((step) => ({
      ...step,
      startEvent: step.startEvent === 'engine-received' ? 'x'.repeat(256) : step.startEvent,
      endEvent: step.endEvent === 'engine-received' ? 'x'.repeat(256) : step.endEvent,
    }));
    expect(safeParseJourney(withChanges({ events: longest, steps })).success).toBe(true);
  });

  it('says "did you mean" for a misspelled event name', () => {
    const steps = engineRepairDocument.steps.map((step, index) =>
      index === 0 ? { ...step, endEvent: 'engine-recieved' } : step,
    );
    const [issue] = issuesOf(withChanges({ steps })).issues;
    expect(issue?.path).toEqual(['steps', 0, 'endEvent']);
    expect(issue?.message).toContain(
      'names endEvent "engine-recieved", which is not declared in events; did you mean "engine-received"?',
    );
    // Nothing close enough: no guess.
    const far = engineRepairDocument.steps.map((step, index) =>
      index === 0 ? { ...step, endEvent: 'arrived' } : step,
    );
    expect(issuesOf(withChanges({ steps: far })).issues[0]?.message).not.toContain('did you mean');
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
