import { expect } from 'vitest';
import { expectCxError } from '../expectCxError';

/**
 * Asserts that `compute` throws a cxkit error of the named class with the given code;
 * used by the tests generated from `// throws CxError CODE` in doc examples.
 */
export function expectToThrow(compute: () => unknown, className: string, code: string): void {
  expect(expectCxError(compute, code).name).toBe(className);
}
