/**
 * @internal The fields of a builder's input that hold a value: a field passed as
 * `undefined` is left out of the document, as one not passed at all is, so that
 * `'owner' in statement` means an owner was stated.
 */
export function definedFields(input: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
}
