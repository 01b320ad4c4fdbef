import type { Workspace, WorkspaceDocumentEntry } from '../Workspace';

/** @internal The documents of one kind in a workspace, typed as that kind. */
export function documentsOf<Document>(workspace: Workspace, kind: string): WorkspaceDocumentEntry<Document>[] {
  return workspace.documents.filter((entry) => entry.kind === kind) as WorkspaceDocumentEntry<Document>[];
}
