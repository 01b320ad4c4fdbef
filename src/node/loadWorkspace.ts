/// <reference types="node" />
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentType } from '../core/documents/DocumentType';
import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { raise } from '../core/errors/raise';
import { documentKinds } from '../workspace/documentKinds';
import { workspaceMessages } from '../workspace/messages';
import { readDataRecords } from '../workspace/readDataRecords';
import { readWorkspaceDocument } from '../workspace/readWorkspaceDocument';
import { resolveWorkspaceLinks } from '../workspace/resolveWorkspaceLinks';
import type { Workspace, WorkspaceData, WorkspaceDocumentEntry, WorkspaceProblem } from '../workspace/Workspace';
import { type WorkspaceManifest, workspaceDocument } from '../workspace/workspaceDocument';
import { raiseNode } from './messages';
import { parseYamlDocuments } from './parseYamlDocuments';
import { readDataFile } from './readDataFile';

/**
 * Options for {@link loadWorkspace}.
 *
 * @category Workspace
 */
export interface LoadWorkspaceOptions {
  /** The document kinds to read, by kind. Default `documentKinds` from `cxkit/workspace`. */
  readonly kinds?: Readonly<Record<string, DocumentType>>;
  /** Called after each file is read, e.g. to show progress: files done, files in all, the file. Default: none. */
  readonly onProgress?: (done: number, total: number, file: string) => void;
}

const manifestNames = ['cxkit.yaml', 'cxkit.yml', 'cxkit.json'];
const documentPattern = /\.(ya?ml|json)$/i;

async function listDocumentFiles(root: string, folder: string, excluded: ReadonlySet<string>): Promise<string[]> {
  const found: string[] = [];
  const entries = await readdir(join(root, folder), { withFileTypes: true });
  for (const entry of entries.sort((left, right) => (left.name < right.name ? -1 : left.name > right.name ? 1 : 0))) {
    const relative = folder === '' ? entry.name : `${folder}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules' || excluded.has(relative)) continue;
      found.push(...(await listDocumentFiles(root, relative, excluded)));
    } else if (
      entry.isFile() &&
      documentPattern.test(entry.name) &&
      !(folder === '' && manifestNames.includes(entry.name))
    ) {
      found.push(relative);
    }
  }
  return found;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Reads a CX workspace folder: the manifest (`cxkit.yaml`, `cxkit.yml` or `cxkit.json`
 * at the root, optional), every other `.yaml`, `.yml` and `.json` file below the root as
 * CX documents (a YAML file may hold several, separated by `---`; dot-folders,
 * `node_modules` and the manifest's `exclude` folders are skipped), and the data files
 * the manifest lists (CSV with a header row, or JSON Lines). Each document is read by its
 * `kind` and `schemaVersion` (newer refused, older migrated), links are resolved, and
 * every problem — broken YAML, a wrong kind, an invalid field, a link to a missing
 * document, a bad data row, a newer schema version — is reported with its file, line and
 * column where the format gives them, and path. One bad file or row never stops the rest
 * being read. Pass the result to `lintWorkspace`.
 *
 * @param folder - The workspace folder.
 * @param options - `kinds` and `onProgress`; see {@link LoadWorkspaceOptions}.
 * @returns The workspace: `manifest` (or `null`), `documents` (the manifest's entry among them), `data`, `problems`.
 * @throws `CxError` `NO_SUCH_FOLDER` when the folder cannot be read; `INVALID_ARGUMENT`; `UNKNOWN_OPTION`.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { loadWorkspace } from 'cxkit/node';
 *
 * const folder = mkdtempSync(join(tmpdir(), 'cxkit-'));
 * writeFileSync(join(folder, 'mission.yaml'), 'kind: mission\nschemaVersion: 1\nid: cx-mission\ntitle: Mission\nstatment: We keep our word.\n');
 * const workspace = await loadWorkspace(folder);
 * workspace.problems.map((problem) => [problem.file, problem.line, problem.code, problem.path])
 * // => [['mission.yaml', 1, 'invalid-document', ['statement']], ['mission.yaml', 5, 'invalid-document', ['statment']]]
 * await loadWorkspace(join(folder, 'nowhere')).catch((error) => error.code) // => 'NO_SUCH_FOLDER'
 *
 * @category Workspace
 */
export async function loadWorkspace(folder: string, options: LoadWorkspaceOptions = {}): Promise<Workspace> {
  checkOptions(options, ['kinds', 'onProgress']);
  if (typeof folder !== 'string' || folder === '') {
    raise('INVALID_ARGUMENT', ['folder', 'a folder path', describeValue(folder)], { path: ['folder'] });
  }
  try {
    if (!(await stat(folder)).isDirectory()) raiseNode('NO_SUCH_FOLDER', [folder, 'it is not a folder.']);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'NO_SUCH_FOLDER') throw error;
    raiseNode('NO_SUCH_FOLDER', [folder, errorText(error)], { cause: error });
  }
  const kinds: Readonly<Record<string, DocumentType>> = options.kinds ?? documentKinds;
  const problems: WorkspaceProblem[] = [];
  const documents: WorkspaceDocumentEntry[] = [];

  const readDocuments = (file: string, text: string, fileKinds: Readonly<Record<string, DocumentType>>) => {
    const { documents: parsed, errors } = parseYamlDocuments(text);
    const format = file.toLowerCase().endsWith('.json') ? 'JSON' : 'YAML';
    for (const error of errors) {
      problems.push({
        file,
        ...(error.line === undefined ? {} : { line: error.line }),
        ...(error.column === undefined ? {} : { column: error.column }),
        code: 'invalid-syntax',
        message: workspaceMessages.invalidSyntax(format, error.message),
        path: [],
      });
    }
    const entries: WorkspaceDocumentEntry[] = [];
    for (const document of parsed) {
      const result = readWorkspaceDocument(document.value, { file, locate: document.locate }, { kinds: fileKinds });
      problems.push(...result.problems);
      if (result.entry !== undefined) entries.push(result.entry);
    }
    return entries;
  };

  let manifest: WorkspaceManifest | null = null;
  for (const name of manifestNames) {
    let text: string;
    try {
      text = await readFile(join(folder, name), 'utf8');
    } catch {
      continue;
    }
    const [entry] = readDocuments(name, text, { workspace: workspaceDocument });
    if (entry !== undefined) {
      manifest = entry.document as WorkspaceManifest;
      documents.push(entry);
    }
    break;
  }

  const excluded = new Set((manifest?.exclude ?? []).map((path) => path.replace(/^\.\//, '').replace(/\/+$/, '')));
  const files = await listDocumentFiles(folder, '', excluded);
  const dataEntries = manifest?.data ?? [];
  const total = files.length + dataEntries.length;
  let done = 0;
  for (const file of files) {
    const text = await readFile(join(folder, file), 'utf8');
    for (const entry of readDocuments(file, text, kinds)) {
      if (entry.kind === 'workspace') {
        problems.push({
          file,
          code: 'invalid-document',
          message: workspaceMessages.manifestElsewhere(file),
          path: ['kind'],
        });
      } else documents.push(entry);
    }
    options.onProgress?.(++done, total, file);
  }

  const data: WorkspaceData[] = [];
  const manifestEntry = documents.find((entry) => entry.kind === 'workspace');
  for (const [index, entry] of dataEntries.entries()) {
    let text: string | undefined;
    try {
      text = await readFile(join(folder, entry.file), 'utf8');
    } catch (error) {
      const position = manifestEntry?.locate(['data', index, 'file']);
      problems.push({
        file: manifestEntry?.file ?? 'cxkit.yaml',
        ...(position ?? {}),
        code: 'missing-file',
        message: workspaceMessages.missingFile(entry.file, errorText(error)),
        path: ['data', index, 'file'],
      });
    }
    if (text !== undefined) {
      const records = readDataFile(entry.file, text, manifest?.timeZone);
      if (records.ok) {
        const result = readDataRecords(entry, records.records);
        problems.push(...result.problems);
        if (result.data !== undefined) data.push(result.data);
      } else {
        problems.push({
          file: entry.file,
          ...(records.line === undefined ? {} : { line: records.line }),
          code: 'invalid-syntax',
          message: workspaceMessages.invalidSyntax('CSV', records.message),
          path: [],
        });
      }
    }
    options.onProgress?.(++done, total, entry.file);
  }

  problems.push(...resolveWorkspaceLinks(documents));
  // File order: by file, then line; problems without a line first within their file.
  const order = new Map<WorkspaceProblem, number>(problems.map((problem, index) => [problem, index]));
  problems.sort(
    (left, right) =>
      (left.file < right.file ? -1 : left.file > right.file ? 1 : 0) ||
      (left.line ?? 0) - (right.line ?? 0) ||
      (order.get(left) as number) - (order.get(right) as number),
  );
  return { manifest, documents, data, problems };
}
