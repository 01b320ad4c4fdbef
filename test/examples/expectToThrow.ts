import { expect } from 'vitest';
import { CxError } from '../../src/core/errors/CxError';

/**
 * Asserts that `compute` throws a cxkit error of the named class with the given code;
 * used by the tests generated from `// throws CxError CODE` in doc examples.
 */
export function expectToThrow(compute: () => unknown, className: string, code: string): void {
  let thrown: unknown;
  try {
    compute();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'the example should throw').toBeInstanceOf(CxError);
  expect((thrown as CxError).name).toBe(className);
  expect((thrown as CxError).code).toBe(code);
}
