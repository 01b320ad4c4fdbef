import { CxError, type CxErrorOptions } from './CxError';
import type { CxErrorCode } from './errorCodes';

type MessageTable = Readonly<Record<string, (...parts: never[]) => string>>;

/**
 * The type of a module's raise function. Declared explicitly because TypeScript only
 * treats a `never`-returning call as the end of a branch when the callee's type is.
 *
 * @internal
 */
export type Raise<Table extends MessageTable> = <Code extends keyof Table & string>(
  code: Code,
  messageArguments: Parameters<Table[Code]>,
  options?: CxErrorOptions,
) => never;

/**
 * Makes the one function through which a module raises its errors: it throws a
 * {@link CxError} whose message comes from the module's table of named messages, so
 * that every sentence a user can see lives in one file per module.
 *
 * @internal
 */
export function createRaise<Table extends MessageTable>(
  // A key that is not a listed code must map to `never`, which no message can be: so a
  // module cannot raise a code that the closed list (errorCodes.ts) does not hold.
  table: Table & { readonly [Code in Exclude<keyof Table, CxErrorCode>]: never },
): Raise<Table> {
  return function raiseFromTable<Code extends keyof Table & string>(
    code: Code,
    messageArguments: Parameters<Table[Code]>,
    options: CxErrorOptions = {},
  ): never {
    const format = table[code] as (...parts: Parameters<Table[Code]>) => string;
    throw new CxError(code as CxErrorCode, format(...messageArguments), options);
  };
}
