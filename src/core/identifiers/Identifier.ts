import type { Tagged } from 'type-fest';

/**
 * A string identifier tagged with what it identifies, so that a step id cannot be
 * passed where a document id is expected. At run time it is a plain string.
 *
 * Modules define their own: `type StepId = Identifier<'StepId'>`.
 *
 * @category Identifiers
 */
export type Identifier<Name extends string> = Tagged<string, Name>;

/**
 * The identifier of a CX document (a mission, a journey, a charter, …), unique in a workspace.
 *
 * @category Identifiers
 */
export type DocumentId = Identifier<'DocumentId'>;
