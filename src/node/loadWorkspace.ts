/// <reference types="node" />
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentType } from '../core/documents/DocumentType';
import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { isCxError } from '../core/errors/isCxError';
import type { PropertyPath } from '../core/errors/PropertyPath';
import { raise } from '../core/errors/raise';
import { checkMaxRows } from '../core/text/rowLimit';
import { documentKinds } from '../workspace/documentKinds';
import { workspaceMessages } from '../workspace/messages';
import { eventLogData, surveyExportData } from '../workspace/readDataExports';
import { type CheckedDataRecords, readDataRecords } from '../workspace/readDataRecords';
import { readWorkspaceDocument } from '../workspace/readWorkspaceDocument';
import { resolveWorkspaceLinks } from '../workspace/resolveWorkspaceLinks';
import type {
  Workspace,
  WorkspaceData,
  WorkspaceDocumentEntry,
  WorkspaceProblem,
  WorkspaceSource,
} from '../workspace/Workspace';
import { type WorkspaceManifest, workspaceManifestDocument } from '../workspace/workspaceManifestDocument';
import { checkMaxBytes, dataLimits } from './dataLimits';
import { raiseNode } from './messages';
import { parseYamlDocuments } from './parseYamlDocuments';
import { readDataFile } from './readDataFile';
import { readEventLogAt } from './readEventLog';
import { readSurveyExportAt } from './readSurveyExport';
import { resolveInWorkspace, type WorkspacePlace } from './resolveInWorkspace';

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
  /**
   * Called while a data file is read, e.g. to show progress through a large log: the file,
   * bytes read so far and its size. Default: none.
   */
  readonly onFileProgress?: (file: string, bytesRead: number, bytesTotal: number) => void;
  /**
   * The most bytes of text to read from one file; a larger one is not read and is reported
   * as `too-large`, and the other files are read. A whole number from 1. Default: 32 MiB
   * (33554432) for a document or a CSV or JSON Lines data file, which are read whole; 1 GiB
   * (1073741824, counted after gunzip) for an event log or survey export, which are streamed.
   */
  readonly maxBytes?: number;
  /**
   * The most rows to read from one data file; past it the file is reported as `too-large`
   * at the line where the limit was reached, and gives no data. A whole number from 1.
   * Default: 1,000,000 for a CSV or JSON Lines data file; 10,000,000 events or responses
   * for an event log or survey export.
   */
  readonly maxRows?: number;
}

const manifestNames = ['cxkit.yaml', 'cxkit.yml', 'cxkit.json'];
const documentPattern = /\.(ya?ml|json)$/i;

interface DocumentFile {
  /** The path as the walk reached it, relative to the root, with `/` separators. */
  readonly file: string;
  /** The real path it is read from. */
  readonly real: string;
}

interface DocumentWalk {
  readonly files: DocumentFile[];
  /** Links the walk did not follow: out of the workspace, dangling, or to a pipe or device. */
  readonly refused: WorkspaceProblem[];
  /** Real paths already walked or listed, so that a link never reads a folder or a file twice. */
  readonly seen: Set<string>;
}

const byName = (left: { name: string }, right: { name: string }) =>
  left.name < right.name ? -1 : left.name > right.name ? 1 : 0;

/**
 * Lists the document files below a folder of the workspace. A symbolic link is followed
 * only when its real location is inside the workspace root (a pull request could add a
 * link to any file of the machine that lints it); any other link becomes a problem, and
 * its target is never opened.
 */
async function listDocumentFiles(
  root: string,
  folder: string,
  realFolder: string,
  excluded: ReadonlySet<string>,
  walk: DocumentWalk,
): Promise<void> {
  walk.seen.add(realFolder);
  const entries = await readdir(realFolder, { withFileTypes: true });
  for (const entry of entries.sort(byName)) {
    const relativePath = folder === '' ? entry.name : `${folder}/${entry.name}`;
    const skippedFolder = entry.name.startsWith('.') || entry.name === 'node_modules' || excluded.has(relativePath);
    const documentName = documentPattern.test(entry.name) && !(folder === '' && manifestNames.includes(entry.name));
    let real = join(realFolder, entry.name);
    let isFolder = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      if (skippedFolder && !documentName) continue;
      const place = await resolveInWorkspace(root, relativePath);
      if (place.status === 'outside') {
        // Reported where the walk would have read it: a folder it walks, or a document file.
        if (place.folder ? !skippedFolder : documentName) walk.refused.push(outsideProblem(relativePath));
        continue;
      }
      if (place.status !== 'inside') {
        if (documentName) walk.refused.push(unreadableProblem(relativePath, place));
        continue;
      }
      real = place.real;
      isFolder = place.folder;
    } else if (!isFolder && !entry.isFile()) continue;
    if (walk.seen.has(real)) continue;
    if (isFolder) {
      if (!skippedFolder) await listDocumentFiles(root, relativePath, real, excluded, walk);
    } else if (documentName) {
      walk.seen.add(real);
      walk.files.push({ file: relativePath, real });
    }
  }
}

function outsideProblem(file: string, at?: WorkspaceSource & { path: PropertyPath }): WorkspaceProblem {
  return {
    file: at?.file ?? file,
    ...(at?.line === undefined ? {} : { line: at.line }),
    ...(at?.column === undefined ? {} : { column: at.column }),
    code: 'outside-workspace',
    message: workspaceMessages.outsideWorkspace(file),
    path: at?.path ?? [],
  };
}

function unreadableProblem(
  file: string,
  place: Exclude<WorkspacePlace, { status: 'inside' | 'outside' }> | { status: 'folder' },
  at?: WorkspaceSource & { path: PropertyPath },
): WorkspaceProblem {
  const detail =
    place.status === 'missing'
      ? place.detail
      : place.status === 'folder'
        ? 'it is a folder'
        : 'it is not a regular file';
  return {
    file: at?.file ?? file,
    ...(at?.line === undefined ? {} : { line: at.line }),
    ...(at?.column === undefined ? {} : { column: at.column }),
    code: 'missing-file',
    message: workspaceMessages.missingFile(file, detail),
    path: at?.path ?? [],
  };
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * A file's text, or `undefined` when it holds more than `maxBytes` bytes. The size is read
 * from the open file and then at most `maxBytes + 1` bytes, so a file that grows while it
 * is read cannot slip past the limit.
 */
async function readWholeText(real: string, maxBytes: number): Promise<string | undefined> {
  const handle = await open(real, 'r');
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) return undefined;
    const buffer = Buffer.alloc(Math.min(maxBytes, size) + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return filled > maxBytes ? undefined : buffer.toString('utf8', 0, filled);
  } finally {
    await handle.close();
  }
}

function tooLargeProblem(
  what: 'bytes' | 'rows',
  limit: number,
  option: string,
  at: WorkspaceSource & { path: PropertyPath },
): WorkspaceProblem {
  return {
    file: at.file,
    ...(at.line === undefined ? {} : { line: at.line }),
    ...(at.column === undefined ? {} : { column: at.column }),
    code: 'too-large',
    message: workspaceMessages.fileTooLarge(what, limit, option),
    path: at.path,
  };
}

/**
 * Reads a CX workspace folder: the manifest (`cxkit.yaml`, `cxkit.yml` or `cxkit.json`
 * at the root, optional), every other `.yaml`, `.yml` and `.json` file below the root as
 * CX documents (a YAML file may hold several, separated by `---`; dot-folders,
 * `node_modules` and the manifest's `exclude` folders are skipped), and the data files
 * the manifest lists (CSV with a header row, or JSON Lines; or, named by the entry's
 * `format`, an XES or process-mining CSV event log, or a Qualtrics or mapped CSV survey
 * export, gzipped or not, streamed). Each document is read by its
 * `kind` and `schemaVersion` (newer refused, older migrated), links are resolved, and
 * every problem — broken YAML, a wrong kind, an invalid field, a link to a missing
 * document, a bad data row, a newer schema version — is reported with its file, line and
 * column where the format gives them, and path. One bad file or row never stops the rest
 * being read. Pass the result to `lintWorkspace`.
 *
 * A workspace often arrives in a pull request, so its files are untrusted. Only files
 * whose real location is inside the workspace folder are opened: a symbolic link (to a
 * file, or a folder on the way) that leads outside is reported as `outside-workspace` —
 * at the manifest's line for a data file — and its target is never read, so nothing of it
 * can reach a message or a report. Links inside the workspace are followed, and a file or
 * folder reached twice is read once. A pipe or device is refused as `missing-file` rather
 * than read.
 *
 * Each file is read up to a limit — by default 32 MiB for a document or a CSV or JSON Lines
 * data file (1,000,000 rows), 1 GiB of text for an event log or survey export (10,000,000
 * rows) — so that one huge file cannot stop the run out of memory: past it the file is a
 * `too-large` problem (at the manifest line for its size, at the line reached for its
 * rows) and the other files are read. `maxBytes` and `maxRows` raise the limits.
 *
 * @param folder - The workspace folder.
 * @param options - `kinds`, `onProgress`, `onFileProgress`, `maxBytes`, `maxRows`; see {@link LoadWorkspaceOptions}.
 * @returns The workspace: `manifest` (or `null`), `documents` (the manifest's entry among them), `data`, `problems`.
 * @throws `CxError` `NO_SUCH_FOLDER` when the folder cannot be read; `INVALID_ARGUMENT`; `INVALID_OPTION` for a limit
 *   that is not a whole number from 1; `UNKNOWN_OPTION`.
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
  checkOptions(options, ['kinds', 'onProgress', 'onFileProgress', 'maxBytes', 'maxRows']);
  if (typeof folder !== 'string' || folder === '') {
    raise('INVALID_ARGUMENT', ['folder', 'a folder path', describeValue(folder)], { path: ['folder'] });
  }
  const limits = {
    whole: {
      maxBytes: options.maxBytes === undefined ? dataLimits.whole.maxBytes : checkMaxBytes(options.maxBytes),
      maxRows: options.maxRows === undefined ? dataLimits.whole.maxRows : checkMaxRows(options.maxRows),
    },
    streamed: {
      maxBytes: options.maxBytes ?? dataLimits.streamed.maxBytes,
      maxRows: options.maxRows ?? dataLimits.streamed.maxRows,
    },
  };
  // A document too large to read is one problem at its file; the run goes on.
  const readDocumentText = async (file: string, real: string): Promise<string | undefined> => {
    const text = await readWholeText(real, limits.whole.maxBytes);
    if (text === undefined)
      problems.push(tooLargeProblem('bytes', limits.whole.maxBytes, 'maxBytes', { file, path: [] }));
    return text;
  };
  let root: string;
  try {
    if (!(await stat(folder)).isDirectory()) raiseNode('NO_SUCH_FOLDER', [folder, 'it is not a folder.']);
    // Every file is checked against the root's real location, so a link in the workspace
    // cannot lead out of it, however the folder itself was named.
    root = await realpath(folder);
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
  const walk: DocumentWalk = { files: [], refused: [], seen: new Set() };
  for (const name of manifestNames) {
    const place = await resolveInWorkspace(root, name);
    if (place.status === 'missing' || (place.status === 'inside' && place.folder)) continue;
    if (place.status === 'outside') problems.push(outsideProblem(name));
    else if (place.status === 'not-a-file') problems.push(unreadableProblem(name, place));
    else {
      walk.seen.add(place.real);
      const text = await readDocumentText(name, place.real);
      const [entry] = text === undefined ? [] : readDocuments(name, text, { workspace: workspaceManifestDocument });
      if (entry !== undefined) {
        manifest = entry.document as WorkspaceManifest;
        documents.push(entry);
      }
    }
    break;
  }

  const excluded = new Set((manifest?.exclude ?? []).map((path) => path.replace(/^\.\//, '').replace(/\/+$/, '')));
  await listDocumentFiles(root, '', root, excluded, walk);
  problems.push(...walk.refused);
  const dataEntries = manifest?.data ?? [];
  const total = walk.files.length + dataEntries.length;
  let done = 0;
  for (const { file, real } of walk.files) {
    const text = await readDocumentText(file, real);
    for (const entry of text === undefined ? [] : readDocuments(file, text, kinds)) {
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
  const zone = manifest?.timeZone === undefined ? {} : { timeZone: manifest.timeZone };
  const progressOf = (file: string) => (bytesRead: number, bytesTotal: number) =>
    options.onFileProgress?.(file, bytesRead, bytesTotal);
  // An export that cannot be read at all (malformed XML, a missing column, a file named
  // .gz that is not gzip) is one problem at the line it names, and gives no data: nothing
  // half-read is passed on as if whole.
  const readExport = async (file: string, read: () => Promise<CheckedDataRecords>) => {
    try {
      const result = await read();
      problems.push(...result.problems);
      if (result.data !== undefined) data.push(result.data);
    } catch (error) {
      if (!isCxError(error)) throw error;
      const line = error.details.line;
      const column = error.details.column;
      const tooLarge = error.code === 'FILE_TOO_LARGE' || error.code === 'TOO_MANY_ROWS';
      problems.push({
        file,
        ...(typeof line === 'number' ? { line } : {}),
        ...(typeof column === 'number' ? { column } : {}),
        code: tooLarge ? 'too-large' : 'invalid-syntax',
        message: tooLarge
          ? workspaceMessages.fileTooLarge(
              error.code === 'FILE_TOO_LARGE' ? 'bytes' : 'rows',
              error.details.limit as number,
              error.code === 'FILE_TOO_LARGE' ? 'maxBytes' : 'maxRows',
            )
          : error.message,
        path: [],
      });
    }
  };
  for (const [index, entry] of dataEntries.entries()) {
    // Problems with the file itself are placed at its manifest entry, where it is named.
    const at = {
      file: manifestEntry?.file ?? 'cxkit.yaml',
      ...(manifestEntry?.locate(['data', index, 'file']) ?? {}),
      path: ['data', index, 'file'],
    };
    const place = await resolveInWorkspace(root, entry.file);
    if (place.status === 'outside') problems.push(outsideProblem(entry.file, at));
    else if (place.status !== 'inside') problems.push(unreadableProblem(entry.file, place, at));
    else if (place.folder) problems.push(unreadableProblem(entry.file, { status: 'folder' }, at));
    else if (entry.type === 'journey-events' && entry.format !== undefined) {
      await readExport(entry.file, () =>
        readEventLogAt(place.real, entry.file, {
          format: entry.format === 'xes' ? 'xes' : 'csv',
          ...(entry.columns === undefined ? {} : { columns: entry.columns }),
          ...zone,
          badRows: 'set-aside',
          onProgress: progressOf(entry.file),
          ...limits.streamed,
        }).then((log) => eventLogData(entry, log)),
      );
    } else if (entry.type === 'survey-responses' && entry.format !== undefined) {
      const { format, score, time, segment, recode, include } = entry;
      await readExport(entry.file, () =>
        readSurveyExportAt(place.real, entry.file, {
          format,
          score: score ?? '',
          ...(time === undefined ? {} : { time }),
          ...(segment === undefined ? {} : { segment }),
          ...(recode === undefined ? {} : { recode }),
          ...(include === undefined ? {} : { include }),
          ...zone,
          badRows: 'set-aside',
          onProgress: progressOf(entry.file),
          ...limits.streamed,
        }).then((survey) => surveyExportData(entry, survey)),
      );
    } else {
      const text = await readWholeText(place.real, limits.whole.maxBytes);
      const records =
        text === undefined ? undefined : readDataFile(entry.file, text, manifest?.timeZone, limits.whole.maxRows);
      if (records === undefined) problems.push(tooLargeProblem('bytes', limits.whole.maxBytes, 'maxBytes', at));
      else if (records.ok) {
        const result = readDataRecords(entry, records.records);
        problems.push(...result.problems);
        if (result.data !== undefined) data.push(result.data);
      } else if (records.code === 'too-large') {
        problems.push(
          tooLargeProblem('rows', limits.whole.maxRows, 'maxRows', { file: entry.file, line: records.line, path: [] }),
        );
      } else {
        problems.push({
          file: entry.file,
          line: records.line,
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
