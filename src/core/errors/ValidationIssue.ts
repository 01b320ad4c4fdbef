import type { PropertyPath } from './PropertyPath';

/**
 * One problem found while validating an input. The shape is compatible with a zod
 * issue (`code`, `message`, `path`), so tooling written for zod can read it.
 *
 * @category Errors
 */
export interface ValidationIssue {
  /** What kind of problem, e.g. `'invalid_type'`, `'unrecognized_keys'`, `'INVALID_DATE'`. */
  readonly code: string;
  /** A sentence for people, naming what was expected. */
  readonly message: string;
  /** Where the problem is, from the root of the input. */
  readonly path: PropertyPath;
}
