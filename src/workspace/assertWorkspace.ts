import { describeValue } from '../core/errors/describeValue';
import { isRecord } from '../core/errors/isRecord';
import { raiseWorkspace } from './messages';
import type { Workspace, WorkspaceDocumentEntry } from './Workspace';

/** @internal Checks the document entries of a workspace: file, kind, id, document and `locate` each. */
export function assertDocumentEntries(
  documents: unknown,
  argument = 'documents',
): asserts documents is readonly WorkspaceDocumentEntry[] {
  if (!Array.isArray(documents)) {
    raiseWorkspace('INVALID_INPUT', [argument, 'an array of document entries', describeValue(documents)], {
      path: [argument],
    });
  }
  for (let index = 0; index < documents.length; index++) {
    const entry: unknown = documents[index];
    const fault = !isRecord(entry)
      ? 'an entry { file, kind, id, document, locate }'
      : typeof entry.file !== 'string' || entry.file === ''
        ? 'an entry with a file name'
        : typeof entry.kind !== 'string' || typeof entry.id !== 'string'
          ? 'an entry with a kind and an id'
          : !isRecord(entry.document)
            ? 'an entry with its parsed document'
            : typeof entry.locate !== 'function'
              ? 'an entry with a locate function'
              : undefined;
    if (fault !== undefined) {
      raiseWorkspace('INVALID_INPUT', [`${argument}[${index}]`, fault, describeValue(entry)], {
        path: [argument, index],
      });
    }
  }
}

/**
 * @internal Checks that a value has the shape `loadWorkspace` gives: a manifest (or
 * `null`), document entries, data and problems. The parts are the loader's own output, so
 * this is a check of shape, not a second validation of every document.
 */
export function assertWorkspace(workspace: unknown): asserts workspace is Workspace {
  if (!isRecord(workspace)) {
    raiseWorkspace(
      'INVALID_INPUT',
      ['workspace', 'a workspace as loadWorkspace returns it', describeValue(workspace)],
      {
        path: ['workspace'],
      },
    );
  }
  if (workspace.manifest !== null && !isRecord(workspace.manifest)) {
    raiseWorkspace(
      'INVALID_INPUT',
      ['workspace.manifest', 'the manifest document or null', describeValue(workspace.manifest)],
      {
        path: ['workspace', 'manifest'],
      },
    );
  }
  assertDocumentEntries(workspace.documents, 'workspace.documents');
  for (const part of ['data', 'problems'] as const) {
    const list: unknown = workspace[part];
    if (!Array.isArray(list) || !Array.from(list).every(isRecord)) {
      raiseWorkspace(
        'INVALID_INPUT',
        [`workspace.${part}`, `an array of ${part === 'data' ? 'data entries' : 'problems'}`, describeValue(list)],
        {
          path: ['workspace', part],
        },
      );
    }
  }
}
