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
    expect(report.sections.map((section) => section.id)).toEqual(['overview', 'findings', 'journey-repair-events']);
    const section = report.sections[2];
    expect(section?.charts).toEqual([]);
    expect(section?.summary).toContain(
      '1 case in data/events.csv: 0 finished wing to wing, 1 still open at 2026-11-01.',
    );
    expect(
      section?.summary?.some((line) => line.startsWith('Chart not drawn (Engine repair, wing to wing: every case): ')),
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

  it('refuses what is not an analysis', () => {
    expectCxError(() => workspaceReport({} as never), 'INVALID_INPUT');
  });
});
