import { expect } from 'vitest';
import { CxError } from '../src/core/errors/CxError';
import type { PropertyPath } from '../src/core/errors/PropertyPath';

/** Asserts that `compute` throws a CxError with this code and path, and returns it. */
export function expectCxError(compute: () => unknown, code: string, path?: PropertyPath): CxError {
  let thrown: unknown;
  try {
    compute();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'expected a CxError to be thrown').toBeInstanceOf(CxError);
  const error = thrown as CxError;
  expect(error.code).toBe(code);
  if (path !== undefined) expect(error.path).toEqual(path);
  return error;
}
