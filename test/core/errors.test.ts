import { describe, expect, it } from 'vitest';
import { CxError, CxValidationError, formatPath, isCxError, messages, toSafeResult } from '../../src/core/index';

describe('CxError', () => {
  it('carries a stable code, a path, details and a cause', () => {
    const cause = new RangeError('inner');
    const error = new CxError('INVALID_DATE', 'bad date', { path: ['rows', 3, 'at'], details: { index: 3 }, cause });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('CxError');
    expect(error.code).toBe('INVALID_DATE');
    expect(error.path).toEqual(['rows', 3, 'at']);
    expect(error.details).toEqual({ index: 3 });
    expect(error.cause).toBe(cause);
  });

  it('defaults to the root path and no details', () => {
    const error = new CxError('EMPTY_INPUT', 'empty');
    expect(error.path).toEqual([]);
    expect(error.details).toEqual({});
    expect('cause' in error).toBe(false);
  });
});

describe('CxValidationError', () => {
  it('takes its path from the first issue and counts the issues', () => {
    const error = new CxValidationError('2 problems', [
      { code: 'invalid_type', message: 'a', path: ['title'] },
      { code: 'custom', message: 'b', path: ['steps', 1] },
    ]);
    expect(error).toBeInstanceOf(CxError);
    expect(error.name).toBe('CxValidationError');
    expect(error.path).toEqual(['title']);
    expect(error.details).toEqual({ issueCount: 2 });
  });
});

describe('isCxError', () => {
  it('tells cxkit errors from others, and matches a code when given', () => {
    const error = new CxError('INVALID_DATE', 'x');
    expect(isCxError(error)).toBe(true);
    expect(isCxError(error, 'INVALID_DATE')).toBe(true);
    expect(isCxError(error, 'EMPTY_INPUT')).toBe(false);
    expect(isCxError(new TypeError('x'))).toBe(false);
    expect(isCxError({ code: 'INVALID_DATE', path: [] })).toBe(false);
    expect(isCxError(undefined)).toBe(false);
  });

  it("recognizes another copy's error by its registered symbol, which stays out of JSON and keys", () => {
    const error = new CxError('INVALID_DATE', 'x', { path: ['at'] });
    expect(Object.getOwnPropertySymbols(error)).toEqual([Symbol.for('cxkit.CxError')]);
    expect(JSON.stringify(error)).toBe('{"code":"INVALID_DATE","path":["at"],"details":{},"name":"CxError"}');
    // What a CxError of the other build (another class, the same registered symbol) looks like.
    class OtherCopyError extends Error {
      readonly code = 'INVALID_DATE';
      constructor() {
        super('x');
        Object.defineProperty(this, Symbol.for('cxkit.CxError'), { value: true });
      }
    }
    const other = new OtherCopyError();
    expect(other instanceof CxError).toBe(false);
    expect(isCxError(other)).toBe(true);
    expect(isCxError(other, 'INVALID_DATE')).toBe(true);
    expect(isCxError(other, 'EMPTY_INPUT')).toBe(false);
    // A look-alike whose mark is not the registered symbol's `true` is not one.
    expect(isCxError({ [Symbol('cxkit.CxError')]: true, code: 'INVALID_DATE' })).toBe(false);
    expect(isCxError({ [Symbol.for('cxkit.CxError')]: 'yes', code: 'INVALID_DATE' })).toBe(false);
  });
});

describe('formatPath', () => {
  it.each([
    [[], '(root)'],
    [['title'], 'title'],
    [[0], '[0]'],
    [[3, 'at'], '[3].at'],
    [['goals', 2, 'owner'], 'goals[2].owner'],
    [['extensions', 'x-team'], 'extensions["x-team"]'],
    [['a', '__proto__'], 'a.__proto__'],
    [['has space'], '["has space"]'],
  ] as const)('writes %j as %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});

describe('toSafeResult', () => {
  it('wraps data and cxkit errors, and rethrows anything else', () => {
    expect(toSafeResult(() => 42)).toEqual({ success: true, data: 42 });
    const failure = toSafeResult(() => {
      throw new CxError('EMPTY_INPUT', 'empty');
    });
    expect(failure.success).toBe(false);
    expect(!failure.success && failure.error.code).toBe('EMPTY_INPUT');
    expect(() =>
      toSafeResult(() => {
        throw new TypeError('a bug');
      }),
    ).toThrow(TypeError);
  });
});

describe('messages', () => {
  it('are pinned, so that a change to a user-visible sentence is deliberate', () => {
    expect(messages.INVALID_DATE('"2026-02-30"')).toMatchInlineSnapshot(
      `"Expected a valid date (a Date, an ISO 8601 string or epoch milliseconds) but received "2026-02-30"."`,
    );
    expect(messages.INVALID_DATE('NaN', 3)).toMatchInlineSnapshot(
      `"Expected a valid date (a Date, an ISO 8601 string or epoch milliseconds) but received NaN (3 invalid values in all)."`,
    );
    expect(messages.NEWER_SCHEMA_VERSION('journey', 3, 1)).toMatchInlineSnapshot(
      `"This journey document has schemaVersion 3, written by a newer cxkit; this version reads up to schemaVersion 1. Upgrade cxkit to read it."`,
    );
    expect(messages.INVALID_DOCUMENT('mission', 1)).toMatchInlineSnapshot(
      `"The mission document is not valid: 1 problem found."`,
    );
    expect(messages.INVALID_TIME_ZONE('Mars/Olympus')).toMatchInlineSnapshot(
      `"Unknown time zone "Mars/Olympus": use an IANA name such as "Europe/Berlin" or an offset such as "+05:30"."`,
    );
  });
});
