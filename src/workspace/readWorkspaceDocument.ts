import type { DocumentType } from '../core/documents/DocumentType';
import { parseDocument } from '../core/documents/parseDocument';
import { CxError } from '../core/errors/CxError';
import { CxValidationError } from '../core/errors/CxValidationError';
import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { isRecord } from '../core/errors/isRecord';
import type { PropertyPath } from '../core/errors/PropertyPath';
import { suggestKey } from '../core/errors/suggestKey';
import { documentKinds } from './documentKinds';
import { raiseWorkspace, workspaceMessages } from './messages';
import type { WorkspaceDocumentEntry, WorkspaceProblem, WorkspaceProblemCode } from './Workspace';

/**
 * Where a document came from, for {@link readWorkspaceDocument}.
 *
 * @category Workspace
 */
export interface WorkspaceDocumentSource {
  /** The file, relative to the workspace root, with `/` separators. */
  readonly file: string;
  /** Path → position in the file. Default: none (problems carry the file only). */
  readonly locate?: WorkspaceDocumentEntry['locate'];
}

/**
 * Options for {@link readWorkspaceDocument}.
 *
 * @category Workspace
 */
export interface ReadWorkspaceDocumentOptions {
  /** The kinds to read, by kind. Default {@link documentKinds}. */
  readonly kinds?: Readonly<Record<string, DocumentType>>;
}

/**
 * What {@link readWorkspaceDocument} returns: the entry when the document is valid, and
 * every problem found (none when valid).
 *
 * @category Workspace
 */
export interface CheckedWorkspaceDocument {
  readonly entry: WorkspaceDocumentEntry | undefined;
  readonly problems: readonly WorkspaceProblem[];
}

/**
 * Reads one parsed YAML or JSON document by its `kind`: dispatches to the kind's type in
 * {@link documentKinds}, migrates an older `schemaVersion` step by step and refuses a
 * newer one (through core's `parseDocument`), and turns every failure into workspace
 * problems that name the file, the line where `locate` knows it, and the path. It never
 * throws for bad input: one bad document must not stop the rest of a workspace being
 * checked.
 *
 * Problem codes: `invalid-document` (not an object, or one problem per validation issue),
 * `unknown-kind` (no `kind`, or one cxkit does not read — with a "did you mean"), and
 * `newer-schema` (written by a newer cxkit).
 *
 * @param value - The parsed document (one YAML document or a JSON file's value).
 * @param source - The file and, optionally, `locate`.
 * @param options - `kinds`; see {@link ReadWorkspaceDocumentOptions}.
 * @returns `{ entry, problems }`: `entry` is `undefined` when there are problems.
 * @throws `CxError` `INVALID_INPUT` when `source.file` is not a string; `UNKNOWN_OPTION`.
 *
 * @example
 * import { readWorkspaceDocument } from 'cxkit/workspace';
 *
 * const { entry } = readWorkspaceDocument(
 *   { kind: 'mission', schemaVersion: 1, id: 'cx-mission', title: 'Our CX mission', statement: 'We tell every customer when their engine will be back, and we keep our word.' },
 *   { file: 'mission.yaml' },
 * );
 * entry?.id // => 'cx-mission'
 * const misspelled = readWorkspaceDocument({ kind: 'misson', schemaVersion: 1, id: 'm', title: 'M' }, { file: 'mission.yaml' });
 * misspelled.problems.map((problem) => [problem.code, problem.path]) // => [['unknown-kind', ['kind']]]
 * misspelled.problems[0]?.message.includes('did you mean "mission"?') // => true
 *
 * @category Workspace
 */
export function readWorkspaceDocument(
  value: unknown,
  source: WorkspaceDocumentSource,
  options: ReadWorkspaceDocumentOptions = {},
): CheckedWorkspaceDocument {
  checkOptions(options, ['kinds']);
  checkOptions(source, ['file', 'locate'], 'source');
  if (typeof source?.file !== 'string') {
    raiseWorkspace('INVALID_INPUT', ['source.file', 'a file name', describeValue(source?.file)], { path: ['file'] });
  }
  const kinds: Readonly<Record<string, DocumentType>> = options.kinds ?? documentKinds;
  const { file, locate } = source;
  const problem = (code: WorkspaceProblemCode, message: string, path: PropertyPath): WorkspaceProblem => {
    const position = locate?.(path);
    return position === undefined ? { file, code, message, path } : { file, ...position, code, message, path };
  };
  if (!isRecord(value)) {
    return {
      entry: undefined,
      problems: [problem('invalid-document', workspaceMessages.notADocument(describeValue(value)), [])],
    };
  }
  const known = Object.keys(kinds);
  const kind = value.kind;
  if (typeof kind !== 'string' || kind === '') {
    return {
      entry: undefined,
      problems: [problem('unknown-kind', workspaceMessages.noKind(known), kind === undefined ? [] : ['kind'])],
    };
  }
  const type = Object.hasOwn(kinds, kind) ? kinds[kind] : undefined;
  if (type === undefined) {
    return {
      entry: undefined,
      problems: [
        problem('unknown-kind', workspaceMessages.unknownKind(kind, suggestKey(kind, known), known), ['kind']),
      ],
    };
  }
  try {
    const document = parseDocument(type, value) as { id: string };
    return {
      entry: { file, kind, id: document.id, document, locate: locate ?? (() => undefined) },
      problems: [],
    };
  } catch (error) {
    if (error instanceof CxValidationError) {
      return {
        entry: undefined,
        problems: error.issues.map((issue) => problem('invalid-document', issue.message, issue.path)),
      };
    }
    if (error instanceof CxError) {
      const code = error.code === 'NEWER_SCHEMA_VERSION' ? 'newer-schema' : 'invalid-document';
      return { entry: undefined, problems: [problem(code, error.message, error.path)] };
    }
    throw error;
  }
}
