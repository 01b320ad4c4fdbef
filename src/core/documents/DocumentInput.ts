/**
 * A value as written by hand: every text field a plain `string`, where the parsed form
 * has a branded id or a literal (`kind: 'mission'`, `direction: 'higher-is-better'`).
 * Numbers, booleans and the shape stay as they are.
 *
 * @category Documents
 */
export type WrittenByHand<Value> = Value extends string
  ? string
  : Value extends number | boolean | bigint | symbol | null | undefined
    ? Value
    : Value extends readonly (infer Item)[]
      ? readonly WrittenByHand<Item>[]
      : Value extends object
        ? { readonly [Key in keyof Value]: WrittenByHand<Value[Key]> }
        : Value;

/**
 * What a function that reads a document accepts: the document as parsed, or as written
 * by hand or read from JSON — plain strings where the parsed document has branded ids and
 * literal values, with no `as const` needed. The function checks it against the
 * document's schema, so a wrong kind, id or value is a `CxValidationError` naming the
 * field, as it would be from `parse…`.
 *
 * @example
 * import type { DocumentInput } from 'cxkit/core';
 * import { lintMission, type Mission } from 'cxkit/strategy';
 *
 * // Typed as plain strings, as a value built at run time would be.
 * const written = { id: 'mission', kind: 'mission', title: 'Mission', schemaVersion: 1, statement: 'We make renewing a policy take one call.' };
 * const input: DocumentInput<Mission> = written;
 * Array.isArray(lintMission(input)) // => true
 *
 * @category Documents
 */
export type DocumentInput<Document> = Document | WrittenByHand<Document>;
