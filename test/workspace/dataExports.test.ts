import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/node/loadWorkspace';
import { analyzeWorkspace, lintWorkspace } from '../../src/workspace/index';
import { publicFile, publicPath } from '../journeys/publicLogs';

const manifest = (data: string) => `kind: workspace
schemaVersion: 1
id: clinic
title: Compensation desk
asOf: 2011-02-01
timeZone: Europe/Amsterdam
data:
${data}`;

const journey = `kind: journey
schemaVersion: 1
id: compensation-request
title: Compensation request
customer: { segment: claimants }
boundary: { start: register request, end: pay compensation }
events:
  - { name: register request, perspective: customer }
  - { name: decide, perspective: customer }
  - { name: pay compensation, perspective: customer }
stages: [{ id: claim, name: Claim, phase: support }]
steps:
  - { id: assess, stage: claim, name: Assess, owner: claims, control: company, startEvent: register request, endEvent: decide }
  - { id: pay, stage: claim, name: Pay, owner: finance, control: company, startEvent: decide, endEvent: pay compensation }
outcomeMeasures: [nps]
`;

const metric = `kind: metric-definition
schemaVersion: 1
id: nps
title: NPS
metric: nps
versions:
  - effectiveFrom: 2010-01-01
    scale: { min: 0, max: 10, favorable: { from: 9, to: 10 }, unfavorable: { from: 0, to: 6 } }
    question: How likely are you to recommend us?
    population: Every claimant, after the decision
    primary: true
`;

function workspaceIn(files: Record<string, string>, copies: Record<string, string> = {}): string {
  const folder = mkdtempSync(join(tmpdir(), 'cxkit-exports-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    writeFileSync(join(folder, file), text);
  }
  for (const [file, source] of Object.entries(copies)) {
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    copyFileSync(publicPath(source), join(folder, file));
  }
  return folder;
}

describe('workspace data entries that name an export format', () => {
  it('reads a gzipped XES log and a Qualtrics export, and the report measures them', async () => {
    const folder = workspaceIn(
      {
        'cxkit.yaml':
          manifest(`  - { id: requests, type: journey-events, file: data/requests.xes.gz, journey: compensation-request, format: xes }
  - { id: survey, type: survey-responses, file: data/survey.csv, metric: nps, format: qualtrics, score: QID1 }
`),
        'journey.yaml': journey,
        'nps.yaml': metric,
      },
      { 'data/requests.xes.gz': 'running-example.xes.gz', 'data/survey.csv': 'qualtrics-sample.csv' },
    );
    const workspace = await loadWorkspace(folder);
    expect(workspace.problems).toEqual([]);
    expect(workspace.data.map((data) => [data.id, data.type])).toEqual([
      ['requests', 'journey-events'],
      ['survey', 'survey-responses'],
    ]);
    const analysis = analyzeWorkspace(workspace, {});
    const measured = analysis.journeys[0];
    // Three of the six requests were paid (cases 3, 2 and 6; see the journeys tests).
    expect(measured && 'measure' in measured ? measured.measure.counts.cases.finished : undefined).toBe(3);
  });

  it('checks an export row by row, each bad row a finding at its file and line', async () => {
    const rows = publicFile('running-example.csv').split('\n');
    // Line 3 loses its time stamp; line 5 gets a time that is not one.
    rows[2] = (rows[2] as string).replace('2010-12-30 15:06:00+01:00', '');
    rows[4] = (rows[4] as string).replace('2011-01-06 09:18:00+01:00', '2011-01-06 25:18');
    const folder = workspaceIn({
      'cxkit.yaml': manifest(
        '  - { id: requests, type: journey-events, file: data/requests.csv, journey: compensation-request, format: process-mining-csv }\n',
      ),
      'journey.yaml': journey,
      'nps.yaml': metric,
      'data/requests.csv': rows.join('\n'),
    });
    const workspace = await loadWorkspace(folder);
    expect(workspace.problems.map((problem) => [problem.file, problem.line, problem.code, problem.path])).toEqual([
      ['data/requests.csv', 3, 'bad-row', ['time:timestamp']],
      ['data/requests.csv', 5, 'bad-row', ['time:timestamp']],
    ]);
    const findings = lintWorkspace(workspace).filter((finding) => finding.rule === 'workspace/bad-row');
    expect(findings.map((finding) => `${finding.file}:${finding.line} ${finding.message}`)).toEqual([
      'data/requests.csv:3 The time cell is empty; the event was set aside.',
      'data/requests.csv:5 The time "2011-01-06 25:18" is not an ISO 8601 date-time; the event was set aside.',
    ]);
    expect(workspace.data[0]?.type === 'journey-events' && workspace.data[0].events.at.length).toBe(40);
  });

  it('reports an export that cannot be read at all as one problem, and gives no data', async () => {
    const folder = workspaceIn({
      'cxkit.yaml': manifest(
        '  - { id: requests, type: journey-events, file: data/requests.xes.gz, journey: compensation-request, format: xes }\n',
      ),
      'journey.yaml': journey,
      'nps.yaml': metric,
      'data/requests.xes.gz': '<log></log>',
    });
    const workspace = await loadWorkspace(folder);
    expect(workspace.data).toEqual([]);
    expect(workspace.problems.map((problem) => [problem.file, problem.code, problem.message])).toEqual([
      [
        'data/requests.xes.gz',
        'invalid-syntax',
        'data/requests.xes.gz is named as a gzip file but it does not start with the gzip signature (1f 8b).',
      ],
    ]);
  });

  it('never opens an export whose real location is outside the workspace', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'cxkit-outside-'));
    copyFileSync(publicPath('running-example.xes.gz'), join(outside, 'secret.xes.gz'));
    const folder = workspaceIn({
      'cxkit.yaml': manifest(
        '  - { id: requests, type: journey-events, file: data/requests.xes.gz, journey: compensation-request, format: xes }\n',
      ),
      'journey.yaml': journey,
      'nps.yaml': metric,
    });
    mkdirSync(join(folder, 'data'));
    symlinkSync(join(outside, 'secret.xes.gz'), join(folder, 'data/requests.xes.gz'));
    const workspace = await loadWorkspace(folder);
    expect(workspace.data).toEqual([]);
    expect(workspace.problems.map((problem) => [problem.file, problem.line, problem.code])).toEqual([
      ['cxkit.yaml', 8, 'outside-workspace'],
    ]);
  });

  it('refuses a format that does not fit the file, and a mapping without a format', async () => {
    const folder = workspaceIn({
      'cxkit.yaml':
        manifest(`  - { id: requests, type: journey-events, file: data/requests.csv, journey: compensation-request, format: xes }
  - { id: survey, type: survey-responses, file: data/survey.csv, metric: nps, score: QID1 }
`),
      'journey.yaml': journey,
      'nps.yaml': metric,
    });
    const workspace = await loadWorkspace(folder);
    expect(workspace.problems.map((problem) => [problem.file, problem.code, problem.path])).toEqual([
      ['cxkit.yaml', 'invalid-document', ['data', 0, 'file']],
      ['cxkit.yaml', 'invalid-document', ['data', 1, 'score']],
    ]);
  });
});
