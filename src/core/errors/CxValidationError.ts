import { CxError } from './CxError';
import type { ValidationIssue } from './ValidationIssue';

/**
 * Thrown (or returned by the `safe…` twin) when an input does not satisfy its schema.
 * Holds every issue found, each with its own path; `path` is the first issue's path.
 *
 * @example
 * import { CxValidationError } from 'cxkit/core';
 *
 * const error = new CxValidationError('The mission document is not valid: 1 problem found.', [
 *   { code: 'invalid_type', message: 'Expected string.', path: ['title'] },
 * ]);
 * error.code // => 'VALIDATION_FAILED'
 * error.path // => ['title']
 * error.issues.length // => 1
 *
 * @category Errors
 */
export class CxValidationError extends CxError {
  /** Every problem found, in the order the validator met them. */
  readonly issues: readonly ValidationIssue[];

  /**
   * @param message - A summary sentence; the issues carry the detail.
   * @param issues - Every problem found; at least one.
   */
  constructor(message: string, issues: readonly ValidationIssue[]) {
    super('VALIDATION_FAILED', message, {
      path: issues[0]?.path ?? [],
      details: { issueCount: issues.length },
    });
    this.name = 'CxValidationError';
    this.issues = issues;
  }
}
