import type { Finding } from '../core/findings/Finding';
import type { WorkspaceSource } from './Workspace';

/**
 * A finding in a workspace: a core `Finding` plus the file it is in and, where the
 * file's format gives them, its line and column.
 *
 * @category Workspace
 */
export type WorkspaceFinding = Finding & WorkspaceSource;
