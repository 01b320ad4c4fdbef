import type { PropertyPath } from '../core/errors/PropertyPath';
import { builtInModels } from '../maturity/index';
import { assertDocumentEntries } from './assertWorkspace';
import { workspaceMessages } from './messages';
import type { WorkspaceDocumentEntry, WorkspaceProblem } from './Workspace';
import type { WorkspaceManifest } from './workspaceManifestDocument';

/**
 * The built-in maturity models' names a workspace may use for a model link: each key of
 * `builtInModels` and each model's id.
 *
 * @internal
 */
export function builtInModelNames(): string[] {
  return Object.entries(builtInModels).flatMap(([key, model]) => [key, model.id as string]);
}

/**
 * Checks the links between a workspace's documents and returns a problem for each that
 * does not resolve, at the place of the link: a document id used twice (across kinds,
 * since links name documents by id alone); a manifest data entry's `metric` that names
 * no metric-definition, `journey` no journey, `model` neither a built-in model nor a
 * maturity-model; a decision log's `charter` that names no governance-charter; a
 * maturity assessment's `model` likewise; an immersion log entry's `journey` that names no
 * journey.
 *
 * @param documents - The workspace's documents, the manifest's entry (kind `workspace`) among them when it has one.
 * @returns `duplicate-id` and `missing-link` problems, in the documents' order.
 * @throws `CxError` `INVALID_INPUT` when an entry lacks its file, kind, id, document or `locate`.
 *
 * @example
 * import { resolveWorkspaceLinks } from 'cxkit/workspace';
 *
 * const log = {
 *   file: 'governance/decisions.yaml',
 *   kind: 'decision-log',
 *   id: 'decisions',
 *   document: { charter: 'cx-charter' },
 *   locate: () => ({ line: 5, column: 10 }),
 * };
 * resolveWorkspaceLinks([log]).map((problem) => [problem.code, problem.file, problem.line, problem.path])
 * // => [['missing-link', 'governance/decisions.yaml', 5, ['charter']]]
 *
 * @category Workspace
 */
export function resolveWorkspaceLinks(documents: readonly WorkspaceDocumentEntry[]): WorkspaceProblem[] {
  assertDocumentEntries(documents);
  const problems: WorkspaceProblem[] = [];
  const at = (entry: WorkspaceDocumentEntry, path: PropertyPath) => {
    const position = entry.locate(path);
    return position === undefined ? { file: entry.file } : { file: entry.file, ...position };
  };
  const firstById = new Map<string, WorkspaceDocumentEntry>();
  const idsOf = new Map<string, string[]>();
  for (const entry of documents) {
    const first = firstById.get(entry.id);
    if (first === undefined) firstById.set(entry.id, entry);
    else {
      problems.push({
        ...at(entry, ['id']),
        code: 'duplicate-id',
        message: workspaceMessages.duplicateId(entry.id, first.file),
        path: ['id'],
      });
    }
    const list = idsOf.get(entry.kind) ?? [];
    list.push(entry.id);
    idsOf.set(entry.kind, list);
  }
  const modelNames = [...builtInModelNames(), ...(idsOf.get('maturity-model') ?? [])];
  const check = (
    entry: WorkspaceDocumentEntry,
    path: PropertyPath,
    target: string,
    kind: string,
    known: readonly string[],
  ) => {
    if (known.includes(target)) return;
    problems.push({
      ...at(entry, path),
      code: 'missing-link',
      message: workspaceMessages.missingLink(String(path[path.length - 1]), target, kind, known),
      path,
    });
  };
  for (const entry of documents) {
    if (entry.kind === 'workspace') {
      const manifest = entry.document as WorkspaceManifest;
      (manifest.data ?? []).forEach((data, index) => {
        if (data.type === 'survey-responses') {
          check(
            entry,
            ['data', index, 'metric'],
            data.metric,
            'metric-definition',
            idsOf.get('metric-definition') ?? [],
          );
        } else if (data.type === 'journey-events') {
          check(entry, ['data', index, 'journey'], data.journey, 'journey', idsOf.get('journey') ?? []);
        } else if (data.type === 'maturity-responses') {
          check(entry, ['data', index, 'model'], data.model, 'maturity model', modelNames);
        }
      });
    } else if (entry.kind === 'decision-log') {
      const charter = (entry.document as { charter: string }).charter;
      check(entry, ['charter'], charter, 'governance-charter', idsOf.get('governance-charter') ?? []);
    } else if (entry.kind === 'maturity-assessment') {
      const model = (entry.document as { model: string }).model;
      check(entry, ['model'], model, 'maturity model', modelNames);
    } else if (entry.kind === 'immersion-log') {
      (entry.document as { entries: ReadonlyArray<{ journey?: string }> }).entries.forEach((immersion, index) => {
        if (immersion.journey === undefined) return;
        check(entry, ['entries', index, 'journey'], immersion.journey, 'journey', idsOf.get('journey') ?? []);
      });
    }
  }
  return problems;
}
