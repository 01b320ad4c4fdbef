import * as z from 'zod/mini';
import { describeValue } from '../errors/describeValue';
import { raise } from '../errors/raise';
import type { Identifier } from './Identifier';
import { identifierPattern } from './identifierPattern';

/**
 * A zod schema for an identifier of the given name: a string of the identifier form
 * whose parsed type is `Identifier<Name>`. Its JSON Schema is a plain string pattern.
 * It is a `zod/mini` schema, like every cxkit document schema; it fits in `zod` and
 * `zod/mini` objects alike.
 *
 * @param name - What it identifies, e.g. `'StepId'`; used in the error message.
 * @returns A `zod/mini` schema.
 * @throws {@link CxError} `INVALID_ARGUMENT` when `name` is not a non-empty string.
 *
 * @example
 * import { identifierSchema } from 'cxkit/core';
 *
 * const stepId = identifierSchema('StepId');
 * stepId.parse('quote-sent') // => 'quote-sent'
 * stepId.safeParse('quote sent').success // => false
 *
 * @category Identifiers
 */
export function identifierSchema<Name extends string>(name: Name): z.ZodMiniType<Identifier<Name>, string> {
  if (typeof name !== 'string' || name.trim() === '') {
    raise('INVALID_ARGUMENT', ['name', 'what it identifies, e.g. "StepId"', describeValue(name)], {
      path: ['name'],
    });
  }
  const schema = z.string().check(
    z.regex(identifierPattern, {
      error: `Expected a ${name}: 1–128 letters, digits, "-", "_", ".", ":", starting with a letter or digit.`,
    }),
  );
  // The tag exists only in the type system (see Identifier); at run time an
  // identifier is the string itself, so narrowing the schema's output type is sound.
  return schema as unknown as z.ZodMiniType<Identifier<Name>, string>;
}
