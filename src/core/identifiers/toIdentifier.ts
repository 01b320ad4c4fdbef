import { describeValue } from '../errors/describeValue';
import type { PropertyPath } from '../errors/PropertyPath';
import { raise } from '../errors/raise';
import type { Identifier } from './Identifier';
import { identifierPattern } from './identifierPattern';

/**
 * Checks that a string has the identifier form and returns it tagged as the
 * identifier you name in the type argument.
 *
 * @param value - The candidate identifier.
 * @param path - Where the value came from, for the error. Default `[]`.
 * @returns The same string, typed as `Identifier<Name>`.
 * @throws {@link CxError} `INVALID_IDENTIFIER` naming `path`.
 *
 * @example
 * import { type DocumentId, toIdentifier } from 'cxkit/core';
 *
 * const id: DocumentId = toIdentifier<'DocumentId'>('journey.engine-repair');
 * id // => 'journey.engine-repair'
 * toIdentifier('has space', ['steps', 0, 'id']) // throws CxError INVALID_IDENTIFIER
 *
 * @category Identifiers
 */
export function toIdentifier<Name extends string>(value: unknown, path: PropertyPath = []): Identifier<Name> {
  if (typeof value !== 'string' || !identifierPattern.test(value)) {
    raise('INVALID_IDENTIFIER', [describeValue(value)], {
      path,
      details: { received: value },
    });
  }
  return value as Identifier<Name>;
}
