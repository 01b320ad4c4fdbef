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

/**
 * The identifier of a metric, as every reference to one names it: a success statement's
 * `metric`, a journey's `measures` and `outcomeMeasures`, a strategy goal's measures, a
 * workspace data entry's `metric`. A metric definition's own `id` is a {@link DocumentId},
 * as every document's id is; a plain string of the identifier form is accepted wherever
 * a document is read, so the definition's id can be written as the reference.
 *
 * @category Identifiers
 */
export type MetricId = Identifier<'MetricId'>;

/**
 * The identifier of a journey, as every reference to one names it: a charter's
 * `journeyOwners` and a workspace data entry's `journey`. A journey document's own `id`
 * is a {@link DocumentId}; a plain string of the identifier form is accepted wherever a
 * document is read.
 *
 * @category Identifiers
 */
export type JourneyId = Identifier<'JourneyId'>;

/**
 * The identifier of a maturity model, as every reference to one names it: an
 * assessment's `model` and a workspace data entry's `model`. The model document's own
 * `id` is a {@link DocumentId}.
 *
 * @category Identifiers
 */
export type MaturityModelId = Identifier<'MaturityModelId'>;
