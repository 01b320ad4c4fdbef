import { cxErrorBrand } from './cxErrorBrand';
import type { CxErrorCode } from './errorCodes';
import type { PropertyPath } from './PropertyPath';

/**
 * What a {@link CxError} carries besides its message.
 *
 * @category Errors
 */
export interface CxErrorOptions {
  /** Where in the input the problem is (object keys and array indexes from the root). Default `[]`. */
  readonly path?: PropertyPath | undefined;
  /** Structured facts about the problem (the bad value, the bad indexes, …), JSON-serializable. */
  readonly details?: Readonly<Record<string, unknown>> | undefined;
  /** The error that caused this one, if any. */
  readonly cause?: unknown;
}

/**
 * The base of every error cxkit throws. `code` is stable across versions and `path`
 * names the place in the input (field, index) where the problem is.
 *
 * To test whether a caught value is one, use {@link isCxError} rather than `instanceof`:
 * an app can load cxkit twice (its ESM build from one file, its CommonJS build from a
 * dependency), and `instanceof` only recognizes errors of the copy it names.
 *
 * @example
 * import { CxError } from 'cxkit/core';
 *
 * const error = new CxError('EMPTY_INPUT', 'scores is empty.', { path: ['scores'] });
 * error.code // => 'EMPTY_INPUT'
 * error.path // => ['scores']
 * error instanceof Error // => true
 *
 * @category Errors
 */
export class CxError extends Error {
  /** A stable, machine-readable code such as `'INVALID_DATE'`. */
  readonly code: CxErrorCode;
  /** Where in the input the problem is; `[]` when it concerns the input as a whole. */
  readonly path: PropertyPath;
  /** Structured facts about the problem. */
  readonly details: Readonly<Record<string, unknown>>;

  /**
   * @param code - The stable error code.
   * @param message - A sentence for people; say what was expected and what was received.
   * @param options - Path, details and cause.
   */
  constructor(code: CxErrorCode, message: string, options: CxErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CxError';
    this.code = code;
    this.path = options.path ?? [];
    this.details = options.details ?? {};
    // Not enumerable: the mark stays out of JSON, logs and object comparisons.
    Object.defineProperty(this, cxErrorBrand, { value: true });
  }
}
