import { describe, expect, it } from 'vitest';
import { htmlReport, markdownReport } from '../../src/render/index';
import type { Workspace, WorkspaceDocumentEntry } from '../../src/workspace/index';
import { analyzeWorkspace, readWorkspaceDocument, workspaceReport } from '../../src/workspace/index';
import { expectCxError } from '../expectCxError';
import { engineRepairDocument } from '../journeys/engineRepairJourney';

function entry(file: string, value: Record<string, unknown>): WorkspaceDocumentEntry {
  const result = readWorkspaceDocument(value, { file });
  if (result.entry === undefined) throw new Error(JSON.stringify(result.problems));
  return result.entry;
}

const journey = entry('journeys/engine-repair.yaml', engineRepairDocument);

/** A journey log whose only case is still open: nothing finished to draw. */
const openOnly: Workspace = {
  manifest: null,
  documents: [journey],
  data: [
    {
      type: 'journey-events',
      id: 'repair-events',
      file: 'data/events.csv',
      journey: 'engine-repair',
      events: {
        caseIndex: Uint32Array.of(0),
        eventIndex: Uint32Array.of(0),
        at: Float64Array.of(Date.parse('2026-10-01T08:00:00Z')),
        caseIds: ['ESN-1'],
        eventNames: ['engine-removed'],
      },
    },
  ],
  problems: [],
};

describe('workspaceReport', () => {
  it('says in the section why a chart was not drawn instead of leaving it out silently', () => {
    const report = workspaceReport(analyzeWorkspace(openOnly, { asOf: '2026-11-01' }));
    expect(report.sections.map((section) => section.id)).toEqual(['summary', 'journey-repair-events', 'findings']);
    const section = report.sections[1];
    expect(section?.charts).toEqual([]);
    expect(section?.summary).toContain(
      '1 case in data/events.csv: 0 finished wing to wing, 1 still open on 2026-11-01. Durations in calendar days (d).',
    );
    expect(
      section?.summary?.some((line) =>
        line.startsWith(
          'Chart not drawn (Engine repair, wing to wing: where a typical case spends its time, every finished case): ',
        ),
      ),
    ).toBe(true);
    // Both builders take it as it is.
    expect(htmlReport(report)).toContain('Chart not drawn');
    expect(markdownReport(report)).toContain('Chart not drawn');
  });

  it('lists every finding with its file and line in the findings section', () => {
    const workspace: Workspace = {
      ...openOnly,
      problems: [
        { file: 'data/events.csv', line: 7, code: 'bad-row', message: 'Column at must be a date.', path: ['at'] },
      ],
    };
    const report = workspaceReport(analyzeWorkspace(workspace, { asOf: '2026-11-01' }));
    const findings = report.sections.find((section) => section.id === 'findings')?.findings;
    expect(findings).toContainEqual(
      expect.objectContaining({
        file: 'data/events.csv',
        line: 7,
        severity: 'error',
        rule: 'workspace/bad-row',
        message: 'Column at must be a date.',
        path: ['at'],
      }),
    );
    expect(markdownReport(report)).toContain(
      '- data/events.csv:7 **Error** `workspace/bad-row`: Column at must be a date. (at at)',
    );
  });

  it('dates each recommendation in the workspace time zone, with its last submission and decision', () => {
    const charter = entry('governance/charter.yaml', {
      kind: 'governance-charter',
      schemaVersion: 1,
      id: 'cx-governance',
      title: 'CX governance charter',
      council: [{ id: 'maria', function: 'customer service', role: 'chair' }],
      executives: [{ id: 'coo' }],
      decisionRights: [{ decisionType: 'journey-change', responsible: ['maria'], accountable: ['coo'] }],
      quorum: 1,
      reviewDeadline: { businessDays: 5 },
    });
    // Approved at 23:30 UTC on 4 March, which is already 5 March in Tokyo (UTC+9).
    const log = entry('governance/decision-log.yaml', {
      kind: 'decision-log',
      schemaVersion: 1,
      id: 'cx-decisions',
      title: 'CX council decisions',
      charter: 'cx-governance',
      events: [
        {
          id: 'e1',
          recommendation: 'callback',
          type: 'proposed',
          actor: 'maria',
          at: '2026-03-02T09:00:00Z',
          decisionType: 'journey-change',
        },
        { id: 'e2', recommendation: 'callback', type: 'submitted', actor: 'maria', at: '2026-03-02T10:00:00Z' },
        {
          id: 'e3',
          recommendation: 'callback',
          type: 'approved',
          actor: 'coo',
          at: '2026-03-04T23:30:00Z',
          reason: 'Asked for.',
        },
      ],
    });
    const workspace: Workspace = { manifest: null, documents: [charter, log], data: [], problems: [] };
    const table = (timeZone: string) =>
      workspaceReport(analyzeWorkspace(workspace, { asOf: '2026-03-10', timeZone })).sections.find(
        (section) => section.id === 'governance',
      )?.tables?.[0];
    expect(table('UTC')?.columns).toEqual([
      'recommendation',
      'status',
      'proposed',
      'last submitted',
      'last decided',
      'last event',
    ]);
    expect(table('UTC')?.rows).toEqual([
      ['Callback', 'approved', '2026-03-02', '2026-03-02', '2026-03-04', '2026-03-04'],
    ]);
    expect(table('Asia/Tokyo')?.rows).toEqual([
      ['Callback', 'approved', '2026-03-02', '2026-03-02', '2026-03-05', '2026-03-05'],
    ]);
  });

  it('refuses what is not an analysis', () => {
    expectCxError(() => workspaceReport({} as never), 'INVALID_INPUT');
  });
});
