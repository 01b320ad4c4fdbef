import { safeParseDocument } from '../core/documents/safeParseDocument';
import type { SafeResult } from '../core/results/SafeResult';
import { type WorkspaceManifest, workspaceManifestDocument } from './workspaceManifestDocument';

/**
 * The non-throwing twin of {@link parseWorkspaceManifest}: every failure it would throw
 * comes back as `{ success: false, error }`.
 *
 * @param input - The parsed JSON or YAML value.
 * @returns `{ success: true, data }` or `{ success: false, error }` with the error's code and issues.
 *
 * @example
 * import { safeParseWorkspaceManifest } from 'cxkit/workspace';
 *
 * const result = safeParseWorkspaceManifest({
 *   kind: 'workspace',
 *   schemaVersion: 1,
 *   id: 'northwind',
 *   title: 'Northwind CX workspace',
 *   data: [{ id: 'tickets', type: 'journey-events', file: 'data/tickets.csv', journey: 'ticket', format: 'xes' }],
 * });
 * result.success // => false
 * !result.success && result.error.path // => ['data', 0, 'file']
 *
 * @category Workspace
 */
export function safeParseWorkspaceManifest(input: unknown): SafeResult<WorkspaceManifest> {
  return safeParseDocument(workspaceManifestDocument, input);
}
