import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { defineDocumentType } from '../../src/core/index';
import { loadWorkspace } from '../../src/node/loadWorkspace';
import { documentKinds, lintWorkspace } from '../../src/workspace/index';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

function workspaceIn(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'cxkit-workspace-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    writeFileSync(join(folder, file), text);
  }
  return folder;
}

describe('loadWorkspace on a workspace with one of each problem', async () => {
  const workspace = await loadWorkspace(join(fixtures, 'broken'));

  it('gives each problem once, with its file, line and path, in file order', () => {
    expect(workspace.problems.map((problem) => [problem.file, problem.line, problem.code, problem.path])).toEqual([
      ['broken.yaml', 5, 'invalid-syntax', []],
      ['data/survey.csv', 3, 'bad-row', [1, 'score']],
      ['data/survey.csv', 4, 'bad-row', [2]],
      ['data/survey.csv', 5, 'bad-row', [3, 'at']],
      ['decisions.yaml', 5, 'missing-link', ['charter']],
      ['future.json', 3, 'newer-schema', ['schemaVersion']],
      ['wrong-kind.yaml', 1, 'unknown-kind', ['kind']],
    ]);
  });

  it('says what is wrong in one sentence each', () => {
    const messageOf = (file: string, line: number) =>
      workspace.problems.find((problem) => problem.file === file && problem.line === line)?.message;
    expect(messageOf('wrong-kind.yaml', 1)).toContain('Unknown document kind "jorney"; did you mean "journey"?');
    expect(messageOf('decisions.yaml', 5)).toBe(
      'charter names "cx-charter", but no governance-charter has that id (the workspace has no governance-charter).',
    );
    expect(messageOf('future.json', 3)).toBe(
      'This metric-definition document has schemaVersion 3, written by a newer cxkit; this version reads up to schemaVersion 1. Upgrade cxkit to read it.',
    );
    expect(messageOf('data/survey.csv', 3)).toBe('Column score must be a whole number; received "ten".');
    expect(messageOf('data/survey.csv', 4)).toBe('The row has 2 cells but the header has 3 columns.');
    expect(messageOf('data/survey.csv', 5)).toContain('Column at must be an ISO 8601 date or instant');
    expect(messageOf('broken.yaml', 5)).toMatch(/^The file is not valid YAML: /);
    // The line and column are fields of the problem; the sentence does not trail off into them.
    expect(messageOf('broken.yaml', 5)).not.toMatch(/at line \d+|:$/);
  });

  it('still reads and checks everything else', () => {
    expect(workspace.manifest?.id).toBe('broken-workspace');
    expect(workspace.documents.map((entry) => [entry.file, entry.kind, entry.id])).toEqual([
      ['cxkit.yaml', 'workspace', 'broken-workspace'],
      ['decisions.yaml', 'decision-log', 'decisions'],
      ['nps.yaml', 'metric-definition', 'relationship-nps'],
    ]);
    const [survey] = workspace.data;
    expect(survey?.type).toBe('survey-responses');
    if (survey?.type !== 'survey-responses') return;
    // The good rows are lines 2 and 6: 2026-01-05 (9, fleet) and 2026-01-08 (6, charter).
    expect([...survey.responses.score]).toEqual([9, 6]);
    expect([...survey.responses.at]).toEqual([Date.UTC(2026, 0, 5), Date.UTC(2026, 0, 8)]);
    expect(survey.responses.segment).toEqual(['fleet', 'charter']);
  });

  it('turns every problem into an error finding under workspace/<code>', () => {
    const findings = lintWorkspace(workspace);
    const problemFindings = findings.filter((finding) => finding.rule.startsWith('workspace/'));
    // The unclosed flow sequence is found at the end of the file, where its ] is missing.
    // While documents are unread (broken.yaml, future.json, wrong-kind.yaml), the decision
    // log's link to a missing charter is held back: the charter could be in one of them.
    expect(problemFindings.map((finding) => [finding.rule, finding.severity, finding.file, finding.line])).toEqual([
      ['workspace/invalid-syntax', 'error', 'broken.yaml', 5],
      ['workspace/bad-row', 'error', 'data/survey.csv', 3],
      ['workspace/bad-row', 'error', 'data/survey.csv', 4],
      ['workspace/bad-row', 'error', 'data/survey.csv', 5],
      ['workspace/newer-schema', 'error', 'future.json', 3],
      ['workspace/unknown-kind', 'error', 'wrong-kind.yaml', 1],
    ]);
    // Once every document reads, the link is reported.
    const readable = {
      ...workspace,
      problems: workspace.problems.filter(
        (problem) => !['broken.yaml', 'future.json', 'wrong-kind.yaml'].includes(problem.file),
      ),
    };
    expect(lintWorkspace(readable).map((finding) => [finding.rule, finding.file, finding.line])).toContainEqual([
      'workspace/missing-link',
      'decisions.yaml',
      5,
    ]);
  });
});

describe('loadWorkspace', () => {
  it('places an invalid field at its line and column', async () => {
    const folder = workspaceIn({
      'strategy/mission.yaml':
        'kind: mission\nschemaVersion: 1\nid: cx-mission\ntitle: Mission\nstatement: We keep our word.\nroles:\n  - function: Sales\n    frontLine: yes\n    commitment: Quotes only dates operations confirmed.\n',
    });
    const { problems } = await loadWorkspace(folder);
    expect(problems.map((problem) => [problem.file, problem.line, problem.column, problem.path])).toEqual([
      ['strategy/mission.yaml', 8, 5, ['roles', 0, 'frontLine']],
    ]);
  });

  it('reads every document of a multi-document YAML file and skips dot-folders, node_modules and excluded folders', async () => {
    const mission = (id: string) =>
      `kind: mission\nschemaVersion: 1\nid: ${id}\ntitle: Mission\nstatement: We keep our word.\n`;
    const folder = workspaceIn({
      'cxkit.yaml': 'kind: workspace\nschemaVersion: 1\nid: ws\ntitle: WS\nexclude: [reports]\n',
      'missions.yaml': `${mission('first')}---\n${mission('second')}`,
      '.hidden/mission.yaml': mission('hidden'),
      'node_modules/x/mission.yaml': mission('module'),
      'reports/mission.yaml': mission('report'),
    });
    const workspace = await loadWorkspace(folder);
    expect(workspace.problems).toEqual([]);
    expect(workspace.documents.map((entry) => entry.id)).toEqual(['ws', 'first', 'second']);
    expect(workspace.documents[2]?.locate(['statement'])).toEqual({ line: 11, column: 1 });
  });

  it('gives a JSON syntax error its line', async () => {
    const folder = workspaceIn({ 'mission.json': '{\n  "kind": "mission",\n  "id": "m",,\n}\n' });
    const { problems } = await loadWorkspace(folder);
    expect(problems.map((problem) => [problem.code, problem.line])).toEqual([['invalid-syntax', 3]]);
    expect(problems[0]?.message).toMatch(/^The file is not valid JSON: /);
  });

  it('reports an id used twice, across kinds, at the second use', async () => {
    const folder = workspaceIn({
      'a.yaml': 'kind: mission\nschemaVersion: 1\nid: shared\ntitle: Mission\nstatement: We keep our word.\n',
      'b.yaml': 'kind: portfolio\nschemaVersion: 1\nid: shared\ntitle: Funding\nbudget: 10\nideas: []\n',
    });
    const { problems } = await loadWorkspace(folder);
    expect(problems.map((problem) => [problem.file, problem.line, problem.code, problem.message])).toEqual([
      [
        'b.yaml',
        3,
        'duplicate-id',
        'Document id "shared" is already used in a.yaml; ids are unique across the workspace, as links name documents by id.',
      ],
    ]);
  });

  it('reads JSON Lines data and reports a line that is not a JSON object', async () => {
    const folder = workspaceIn({
      'cxkit.yaml':
        'kind: workspace\nschemaVersion: 1\nid: ws\ntitle: WS\ndata:\n  - { id: events, type: journey-events, file: data/events.jsonl, journey: repair }\n',
      'repair.yaml':
        'kind: journey\nschemaVersion: 1\nid: repair\ntitle: Repair\ncustomer: { segment: operators }\nboundary: { start: removed, end: reinstalled }\nevents:\n  - { name: removed, perspective: customer }\n  - { name: reinstalled, perspective: customer }\nstages: [{ id: all, name: All, phase: support }]\nsteps:\n  - { id: away, stage: all, name: Away, owner: Operations, control: company, startEvent: removed, endEvent: reinstalled }\n',
      'data/events.jsonl':
        '{"case": "A1", "event": "removed", "at": "2026-03-02T08:00:00Z"}\n{"case": "A1", "event": "reinstalled", "at": "2026-03-20T17:00:00Z"}\nnot json\n\n{"case": "B2", "event": "removed", "at": "2026-03-03T08:00:00Z"}\n',
    });
    const workspace = await loadWorkspace(folder);
    expect(workspace.problems.map((problem) => [problem.file, problem.line, problem.code])).toEqual([
      ['data/events.jsonl', 3, 'bad-row'],
    ]);
    const [events] = workspace.data;
    if (events?.type !== 'journey-events') throw new Error('expected journey events');
    expect(events.events.caseIds).toEqual(['A1', 'B2']);
    expect(events.events.eventNames).toEqual(['removed', 'reinstalled']);
    expect([...events.events.caseIndex]).toEqual([0, 0, 1]);
    expect([...events.events.eventIndex]).toEqual([0, 1, 0]);
  });

  it('reports a data file the manifest lists but the folder lacks, at the manifest entry', async () => {
    const folder = workspaceIn({
      'cxkit.yaml':
        'kind: workspace\nschemaVersion: 1\nid: ws\ntitle: WS\ndata:\n  - id: maturity\n    type: maturity-responses\n    file: data/maturity.csv\n    model: reference\n',
    });
    const { problems } = await loadWorkspace(folder);
    expect(problems.map((problem) => [problem.file, problem.line, problem.code, problem.path])).toEqual([
      ['cxkit.yaml', 8, 'missing-file', ['data', 0, 'file']],
    ]);
  });

  it('migrates an older schemaVersion through the kind’s migrations and refuses a newer one', async () => {
    // A test kind at version 2 whose version 1 called the channel `medium`.
    const touchpoint = defineDocumentType({
      kind: 'touchpoint',
      schemaVersion: 2,
      shape: { channel: z.enum(['phone', 'web']) },
      migrations: {
        1: ({ medium, ...rest }) => ({ ...rest, channel: medium }),
      },
    });
    const folder = workspaceIn({
      'old.yaml': 'kind: touchpoint\nschemaVersion: 1\nid: old\ntitle: Old\nmedium: phone\n',
      'new.yaml': 'kind: touchpoint\nschemaVersion: 3\nid: new\ntitle: New\nchannel: web\n',
    });
    const workspace = await loadWorkspace(folder, { kinds: { ...documentKinds, touchpoint } });
    expect(workspace.documents.map((entry) => entry.document)).toEqual([
      { kind: 'touchpoint', schemaVersion: 2, id: 'old', title: 'Old', channel: 'phone' },
    ]);
    expect(workspace.problems.map((problem) => [problem.file, problem.code])).toEqual([['new.yaml', 'newer-schema']]);
  });

  it('refuses a folder that does not exist and an unknown option', async () => {
    await expect(loadWorkspace(join(tmpdir(), 'cxkit-no-such-folder-4711'))).rejects.toMatchObject({
      code: 'NO_SUCH_FOLDER',
    });
    await expect(loadWorkspace(tmpdir(), { progress: true } as never)).rejects.toMatchObject({
      code: 'UNKNOWN_OPTION',
    });
  });
});
