import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/node/loadWorkspace';
import { formatFindings, lintWorkspace, sarif } from '../../src/workspace/index';

// A secret the machine that lints the workspace holds, outside the workspace.
const secret = 'db_password=hunter2-secret-line';

function secretFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'cxkit-secret-'));
  writeFileSync(join(folder, 'passwd.csv'), `at,score\n${secret},9\n`);
  writeFileSync(join(folder, 'credentials.yaml'), `kind: mission\nschemaVersion: 1\nid: ${secret}\n`);
  return folder;
}

function workspaceIn(files: Record<string, string>, links: Record<string, string> = {}): string {
  const folder = mkdtempSync(join(tmpdir(), 'cxkit-contained-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    writeFileSync(join(folder, file), text);
  }
  for (const [link, target] of Object.entries(links)) {
    mkdirSync(dirname(join(folder, link)), { recursive: true });
    symlinkSync(target, join(folder, link));
  }
  return folder;
}

const manifest = (dataFile: string) =>
  `kind: workspace\nschemaVersion: 1\nid: ws\ntitle: WS\ndata:\n  - id: survey\n    type: survey-responses\n    file: ${dataFile}\n    metric: nps\n`;
const metric = `kind: metric-definition
schemaVersion: 1
id: nps
title: NPS
metric: nps
versions:
  - effectiveFrom: 2025-01-01
    scale: { min: 0, max: 10, favorable: { from: 9, to: 10 }, unfavorable: { from: 0, to: 6 } }
    question: How likely are you to recommend us to a colleague?
    population: Maintenance managers
    primary: true
`;

// Everything a lint run can print: problems, text, JSON and SARIF findings.
async function everythingPrinted(folder: string) {
  const workspace = await loadWorkspace(folder);
  const findings = lintWorkspace(workspace, { asOf: '2026-11-01' });
  return {
    workspace,
    printed: [
      JSON.stringify(workspace),
      formatFindings(findings, { format: 'text' }),
      formatFindings(findings, { format: 'json' }),
      JSON.stringify(sarif(findings)),
    ].join('\n'),
  };
}

describe('loadWorkspace never reads a file outside the workspace', () => {
  it('refuses a data file that links to a file outside, at the manifest line, and never echoes it', async () => {
    const outside = secretFolder();
    const folder = workspaceIn(
      { 'cxkit.yaml': manifest('data/p.csv'), 'nps.yaml': metric },
      {
        'data/p.csv': join(outside, 'passwd.csv'),
      },
    );
    const { workspace, printed } = await everythingPrinted(folder);
    expect(workspace.problems.map((problem) => [problem.file, problem.line, problem.code, problem.path])).toEqual([
      ['cxkit.yaml', 8, 'outside-workspace', ['data', 0, 'file']],
    ]);
    expect(workspace.problems[0]?.message).toBe(
      'data/p.csv leads outside the workspace through a symbolic link; cxkit reads only files whose real location is inside the workspace folder, so it was not read.',
    );
    expect(workspace.data).toEqual([]);
    expect(printed).not.toContain('hunter2');
    expect(printed).not.toContain(outside);
  });

  it('refuses a data file in a folder that links outside, and the folder itself', async () => {
    const outside = secretFolder();
    const folder = workspaceIn({ 'cxkit.yaml': manifest('data/passwd.csv'), 'nps.yaml': metric }, { data: outside });
    const { workspace, printed } = await everythingPrinted(folder);
    expect(workspace.problems.map((problem) => [problem.file, problem.code, problem.path])).toEqual([
      ['cxkit.yaml', 'outside-workspace', ['data', 0, 'file']],
      ['data', 'outside-workspace', []],
    ]);
    expect(printed).not.toContain('hunter2');
  });

  it('refuses a document file and a document folder that link outside, and reads the rest', async () => {
    const outside = secretFolder();
    const folder = workspaceIn(
      { 'nps.yaml': metric },
      { 'mission.yaml': join(outside, 'credentials.yaml'), strategy: outside },
    );
    const { workspace, printed } = await everythingPrinted(folder);
    expect(workspace.problems.map((problem) => [problem.file, problem.code])).toEqual([
      ['mission.yaml', 'outside-workspace'],
      ['strategy', 'outside-workspace'],
    ]);
    expect(workspace.documents.map((entry) => entry.id)).toEqual(['nps']);
    expect(printed).not.toContain('hunter2');
  });

  it('refuses a manifest that links outside', async () => {
    const outside = secretFolder();
    const folder = workspaceIn({ 'nps.yaml': metric }, { 'cxkit.yaml': join(outside, 'credentials.yaml') });
    const { workspace, printed } = await everythingPrinted(folder);
    expect(workspace.manifest).toBeNull();
    expect(workspace.problems.map((problem) => [problem.file, problem.code])).toEqual([
      ['cxkit.yaml', 'outside-workspace'],
    ]);
    expect(printed).not.toContain('hunter2');
  });

  it('refuses a link that climbs out through "..", even from a folder inside', async () => {
    const outside = secretFolder();
    const folder = workspaceIn({ 'cxkit.yaml': manifest('data/p.csv'), 'nps.yaml': metric });
    // A relative link, as a pull request would carry it: data/p.csv -> ../../<secret folder>/passwd.csv
    mkdirSync(join(folder, 'data'));
    const climb = join('..', '..', outside.slice(tmpdir().length + 1), 'passwd.csv');
    symlinkSync(climb, join(folder, 'data', 'p.csv'));
    const { workspace, printed } = await everythingPrinted(folder);
    expect(workspace.problems.map((problem) => problem.code)).toEqual(['outside-workspace']);
    expect(printed).not.toContain('hunter2');
  });

  it('follows links that stay inside, and reads a file or folder reached twice once', async () => {
    const rows = 'at,score\n2026-10-01T09:00:00Z,9\n2026-10-02T09:00:00Z,3\n';
    const folder = workspaceIn(
      { 'cxkit.yaml': manifest('data/current.csv'), 'metrics/nps.yaml': metric, 'archive/2026.csv': rows },
      { 'data/current.csv': '../archive/2026.csv', 'current-metrics': 'metrics', 'metrics/same.yaml': 'nps.yaml' },
    );
    const workspace = await loadWorkspace(folder);
    expect(workspace.problems).toEqual([]);
    // current-metrics/ sorts before metrics/: the folder is read once, by the first path that reaches it.
    expect(workspace.documents.map((entry) => [entry.file, entry.id])).toEqual([
      ['cxkit.yaml', 'ws'],
      ['current-metrics/nps.yaml', 'nps'],
    ]);
    const [survey] = workspace.data;
    if (survey?.type !== 'survey-responses') throw new Error('expected survey responses');
    expect([...survey.responses.score]).toEqual([9, 3]);
  });

  it('reports a dangling link and a pipe instead of hanging on them or passing them by', async () => {
    const folder = workspaceIn(
      { 'cxkit.yaml': manifest('data/pipe.csv'), 'nps.yaml': metric },
      {
        'gone.yaml': 'nowhere.yaml',
      },
    );
    mkdirSync(join(folder, 'data'));
    execFileSync('mkfifo', [join(folder, 'data', 'pipe.csv')]);
    const workspace = await loadWorkspace(folder);
    expect(workspace.problems.map((problem) => [problem.file, problem.code, problem.message])).toEqual([
      ['cxkit.yaml', 'missing-file', 'data/pipe.csv cannot be read: it is not a regular file.'],
      ['gone.yaml', 'missing-file', 'gone.yaml cannot be read: there is no such file.'],
    ]);
  });
});
