// The tag's key: a symbol that exists only in the types, so no value can carry it and
// no key of a real object can collide with it.
declare const identifierTag: unique symbol;

/**
 * A string identifier tagged with what it identifies, so that a step id cannot be
 * passed where a document id is expected. At run time it is a plain string.
 *
 * Modules define their own: `type StepId = Identifier<'StepId'>`.
 *
 * @category Identifiers
 */
// Written out here rather than imported from a type library: the popular ones are ESM-only,
// and a CommonJS consumer's compiler cannot read a `.d.cts` that imports one.
export type Identifier<Name extends string> = string & { readonly [identifierTag]: { readonly [Key in Name]: never } };

/**
 * The identifier of a CX document (a mission, a journey, a charter, …), unique in a workspace.
 *
 * @category Identifiers
 */
export type DocumentId = Identifier<'DocumentId'>;
