import { describe, expect, it } from 'vitest';
import { CxValidationError } from '../../src/core/index';
import { parseWorkspaceManifest, safeParseWorkspaceManifest } from '../../src/workspace/index';
import { expectCxError } from '../expectCxError';

const valid = {
  kind: 'workspace',
  schemaVersion: 1,
  id: 'northwind',
  title: 'Northwind CX workspace',
  organization: 'Northwind Traders',
  asOf: '2027-11-01',
  timeZone: 'Europe/London',
  data: [
    { id: 'relationship-survey', type: 'survey-responses', file: 'data/survey.csv', metric: 'relationship-nps' },
    { id: 'tickets', type: 'journey-events', file: 'data/tickets.xes.gz', journey: 'ticket', format: 'xes' },
  ],
};

describe('parseWorkspaceManifest', () => {
  it('returns a valid manifest as written', () => {
    expect(parseWorkspaceManifest(valid)).toEqual(valid);
  });

  it('throws with the code and path of the envelope problems', () => {
    expectCxError(() => parseWorkspaceManifest({ ...valid, kind: 'journey' }), 'WRONG_DOCUMENT_KIND', ['kind']);
    expectCxError(() => parseWorkspaceManifest({ ...valid, schemaVersion: 2 }), 'NEWER_SCHEMA_VERSION', [
      'schemaVersion',
    ]);
  });

  it('checks the manifest as a whole: a data id used twice and a file listed twice', () => {
    const first = valid.data[0] as (typeof valid.data)[number];
    const error = expectCxError(
      () => parseWorkspaceManifest({ ...valid, data: [first, { ...first }] }),
      'VALIDATION_FAILED',
    );
    expect(error).toBeInstanceOf(CxValidationError);
    expect((error as CxValidationError).issues.map((issue) => issue.path)).toEqual([
      ['data', 1, 'id'],
      ['data', 1, 'file'],
    ]);
  });
});

describe('safeParseWorkspaceManifest', () => {
  it('returns the manifest or the error instead of throwing', () => {
    expect(safeParseWorkspaceManifest(valid)).toEqual({ success: true, data: valid });
    const result = safeParseWorkspaceManifest({ ...valid, organisation: 'Northwind Traders', organization: undefined });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe('VALIDATION_FAILED');
    expect(result.error.path).toEqual(['organisation']);
  });
});
