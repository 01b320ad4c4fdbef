import { describe, expect, it } from 'vitest';
import { CxValidationError } from '../../src/core/index';
import { parseMaturityAssessment, safeParseMaturityAssessment } from '../../src/maturity/index';
import { expectCxError } from '../expectCxError';

const valid = {
  kind: 'maturity-assessment',
  schemaVersion: 1,
  id: 'listening-2027-ops',
  title: 'Listening, operations team, 2027',
  model: 'listening',
  respondent: 'Ana',
  group: 'operations',
  takenOn: '2027-03-01',
  answers: { 'feedback-loop': 2, 'closing-the-loop': null },
};

describe('parseMaturityAssessment', () => {
  it('returns a valid assessment as written, an unanswered question kept as null', () => {
    const assessment = parseMaturityAssessment(valid);
    expect(assessment).toEqual(valid);
    expect(assessment.answers['closing-the-loop']).toBeNull();
  });

  it('throws with the code and path of the envelope problems', () => {
    expectCxError(() => parseMaturityAssessment({ ...valid, kind: 'maturity-model' }), 'WRONG_DOCUMENT_KIND', ['kind']);
    expectCxError(() => parseMaturityAssessment({ ...valid, schemaVersion: 2 }), 'NEWER_SCHEMA_VERSION', [
      'schemaVersion',
    ]);
  });

  it('refuses a level that is not a whole number, a model id that is not an id, and an unknown field', () => {
    const error = expectCxError(
      () =>
        parseMaturityAssessment({
          ...valid,
          model: 'the listening model',
          answers: { 'feedback-loop': 2.5 },
          scroe: 3,
        }),
      'VALIDATION_FAILED',
    );
    expect((error as CxValidationError).issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining([['model'], ['answers', 'feedback-loop'], ['scroe']]),
    );
    expect((error as CxValidationError).issues).toHaveLength(3);
  });
});

describe('safeParseMaturityAssessment', () => {
  it('returns the assessment or the error instead of throwing', () => {
    expect(safeParseMaturityAssessment(valid)).toEqual({ success: true, data: valid });
    const result = safeParseMaturityAssessment({ ...valid, takenOn: '1 March 2027' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(CxValidationError);
    expect(result.error.code).toBe('VALIDATION_FAILED');
    expect(result.error.path).toEqual(['takenOn']);
  });

  it('answers a value that is not a document with a failure, not an exception', () => {
    const result = safeParseMaturityAssessment('listening');
    expect(result.success).toBe(false);
  });
});
