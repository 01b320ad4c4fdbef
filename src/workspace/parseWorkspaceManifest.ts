import { parseDocument } from '../core/documents/parseDocument';
import { type WorkspaceManifest, workspaceManifestDocument } from './workspaceManifestDocument';

/**
 * Reads a workspace manifest (`cxkit.yaml` or `cxkit.json`, parsed): checks its kind
 * (`workspace`) and schema version, validates every field strictly, and checks the
 * manifest as a whole: data ids unique, no file listed twice, a format that fits its
 * file, a driver that is not also the outcome, and a business entry whose `survey` names
 * a survey-responses entry.
 *
 * @param input - The parsed JSON or YAML value.
 * @returns The workspace manifest, typed.
 * @throws `CxError` `WRONG_DOCUMENT_KIND` (path `kind`) or `NEWER_SCHEMA_VERSION` (path `schemaVersion`);
 *   `CxValidationError` `VALIDATION_FAILED` with one issue per problem, each with its path.
 *
 * @example
 * import { parseWorkspaceManifest } from 'cxkit/workspace';
 *
 * const manifest = parseWorkspaceManifest({
 *   kind: 'workspace',
 *   schemaVersion: 1,
 *   id: 'northwind',
 *   title: 'Northwind CX workspace',
 *   organization: 'Northwind Traders',
 *   data: [{ id: 'relationship-survey', type: 'survey-responses', file: 'data/survey.csv', metric: 'relationship-nps' }],
 * });
 * manifest.organization // => 'Northwind Traders'
 * parseWorkspaceManifest({ ...manifest, data: [...(manifest.data ?? []), ...(manifest.data ?? [])] })
 * // throws CxValidationError VALIDATION_FAILED
 *
 * @category Workspace
 */
export function parseWorkspaceManifest(input: unknown): WorkspaceManifest {
  return parseDocument(workspaceManifestDocument, input);
}
