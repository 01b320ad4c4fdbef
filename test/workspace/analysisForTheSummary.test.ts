import { compareNps } from 'cxkit/metrics';
import { describe, expect, it } from 'vitest';
import type { Workspace, WorkspaceData, WorkspaceDocumentEntry } from '../../src/workspace/index';
import { analyzeWorkspace, readDataRecords, readWorkspaceDocument, workspaceReport } from '../../src/workspace/index';
import { engineRepairDocument } from '../journeys/engineRepairJourney';

const day = 86_400_000;

function entry(file: string, value: Record<string, unknown>): WorkspaceDocumentEntry {
  const result = readWorkspaceDocument(value, { file });
  if (result.entry === undefined) throw new Error(JSON.stringify(result.problems));
  return result.entry;
}

const workspaceOf = (documents: WorkspaceDocumentEntry[], data: WorkspaceData[]): Workspace => ({
  manifest: null,
  documents,
  data,
  problems: [],
});

const npsDefinition = entry('metrics/relationship-nps.yaml', {
  kind: 'metric-definition',
  schemaVersion: 1,
  id: 'relationship-nps',
  title: 'Relationship NPS',
  metric: 'nps',
  versions: [
    {
      effectiveFrom: '2025-01-01',
      scale: { min: 0, max: 10, favorable: { from: 9, to: 10 }, unfavorable: { from: 0, to: 6 } },
      question: 'How likely are you to recommend us?',
      population: 'Every customer',
      primary: true,
    },
  ],
});

function survey(months: Record<string, number[]>): WorkspaceData {
  const at: number[] = [];
  const score: number[] = [];
  for (const [month, scores] of Object.entries(months)) {
    for (const value of scores) {
      at.push(Date.parse(`${month}-15T12:00:00Z`));
      score.push(value);
    }
  }
  return {
    type: 'survey-responses',
    id: 'relationship-survey',
    file: 'data/survey.csv',
    metric: 'relationship-nps',
    responses: { at: Float64Array.from(at), score: Float64Array.from(score) },
  };
}

describe('analyzeWorkspace: the trend of a score', () => {
  // Four months: the last two pooled against the two before. January 10, 10, 3 and February
  // 9, 5: 3 promoters and 2 detractors of 5, NPS 100·(3 − 2)/5 = 20. March 10, 8 and April
  // 10, 10, 9, 2: 4 promoters and 1 detractor of 6, NPS 100·(4 − 1)/6 = 50.
  const months = {
    '2026-01': [10, 10, 3],
    '2026-02': [9, 5],
    '2026-03': [10, 8],
    '2026-04': [10, 10, 9, 2],
  };
  const analysis = analyzeWorkspace(workspaceOf([npsDefinition], [survey(months)]), { asOf: '2026-05-01' });
  const trend = analysis.surveys[0]?.trend;

  it('pools the latest periods against as many before them', () => {
    expect(trend?.periods).toBe(2);
    expect(trend?.recent).toEqual({ from: '2026-03', to: '2026-04', score: 50, n: 6 });
    expect(trend?.previous).toEqual({ from: '2026-01', to: '2026-02', score: 20, n: 5 });
    expect(trend?.comparison.difference).toBe(30);
  });

  it('tests the difference as compareNps does on the raw answers of each window', () => {
    const reference = compareNps([10, 8, 10, 10, 9, 2], [10, 10, 3, 9, 5]);
    expect(trend?.comparison.ci.lower).toBeCloseTo(reference.ci.lower, 10);
    expect(trend?.comparison.ci.upper).toBeCloseTo(reference.ci.upper, 10);
    expect(trend?.comparison.pValue).toBeCloseTo(reference.pValue, 10);
  });

  it('has no trend with a single period', () => {
    const single = analyzeWorkspace(workspaceOf([npsDefinition], [survey({ '2026-01': [10, 3] })]), {
      asOf: '2026-05-01',
    });
    expect(single.surveys[0]?.trend).toBeNull();
  });
});

describe('analyzeWorkspace: the strategy scorecard', () => {
  const statement = {
    kind: 'success-statement',
    schemaVersion: 1,
    id: 'on-the-wing',
    title: 'Engines back on the wing when promised',
    outcome: 'Airlines get engines back on the wing on the promised day.',
    owner: 'VP customer operations',
    metrics: [
      {
        metric: 'wing-to-wing-days',
        kind: 'operational',
        direction: 'lower-is-better',
        unit: 'days',
        baseline: { value: 40, on: '2026-01-01' },
        target: { value: 30, by: '2027-01-01' },
      },
      {
        metric: 'relationship-nps',
        kind: 'customer-feedback',
        direction: 'higher-is-better',
        baseline: { value: 10, on: '2026-01-01' },
        target: { value: 30, by: '2027-01-01' },
      },
      {
        metric: 'on-time-return-rate',
        kind: 'operational',
        direction: 'higher-is-better',
        baseline: { value: 70, on: '2026-01-01' },
        target: { value: 90, by: '2027-01-01' },
      },
    ],
  };
  const strategy = entry('strategy/cx-strategy.yaml', {
    kind: 'strategy',
    schemaVersion: 1,
    id: 'cx-strategy',
    title: 'CX strategy',
    successStatements: [statement],
  });
  const draft = entry('strategy/draft.yaml', {
    ...statement,
    id: 'draft',
    title: 'A draft',
    metrics: [statement.metrics[0]],
  });
  const observations = readDataRecords(
    { id: 'success-metrics', type: 'metric-observations', file: 'data/metrics.csv' },
    {
      file: 'data/metrics.csv',
      header: ['metric', 'at', 'value', 'lower', 'upper'],
      records: [
        { line: 2, values: ['wing-to-wing-days', '2026-04-01', '37', '', ''] },
        { line: 3, values: ['wing-to-wing-days', '2026-07-01', '36', '34', '38'] },
      ],
    },
  );
  // June: 10, 10, 10, 10, 8, 8, 8, 8, 3, 3 — 4 promoters, 2 detractors of 10: NPS 20.
  const june = survey({ '2026-06': [10, 10, 10, 10, 8, 8, 8, 8, 3, 3] });
  const analysis = analyzeWorkspace(
    workspaceOf([npsDefinition, strategy, draft], [june, observations.data as WorkspaceData]),
    { asOf: '2026-07-15' },
  );

  it('evaluates every success statement, those inside a strategy first', () => {
    expect(observations.problems).toEqual([]);
    expect(analysis.success.map((entry) => [entry.statement.id, entry.file])).toEqual([
      ['on-the-wing', 'strategy/cx-strategy.yaml'],
      ['draft', 'strategy/draft.yaml'],
    ]);
  });

  it('takes a metric from the observations that name it, with the interval of the value its verdict rests on', () => {
    // The line from 40 on 1 January 2026 to 30 on 1 January 2027 stands at 40 − 10·181/365 =
    // 35.041 on 1 July (181 days in); 36 is 0.959 behind, within a tenth of the planned
    // change (1): at risk.
    const [onTheWing] = analysis.success;
    const result = onTheWing?.evaluation.metrics[0];
    expect(result?.status).toBe('at-risk');
    expect(result?.status === 'at-risk' && result.expected).toBeCloseTo(40 - (10 * 181) / 365, 10);
    expect(onTheWing?.metrics[0]).toEqual({
      metric: 'wing-to-wing-days',
      title: null,
      source: { type: 'metric-observations', data: ['success-metrics'] },
      interval: { lower: 34, upper: 38, level: null },
    });
  });

  it('binds a metric named like a metric definition to the survey on it, with the interval of its month', () => {
    // June's NPS is 20, seen at the start of June (151 days in): the line stands at
    // 10 + 20·151/365 = 18.27, so 20 is ahead of it.
    const [onTheWing] = analysis.success;
    const result = onTheWing?.evaluation.metrics[1];
    expect(result?.status).toBe('on-track');
    expect(result?.status === 'on-track' && [result.observed.value, result.observations]).toEqual([20, 1]);
    expect(onTheWing?.metrics[1]?.title).toBe('Relationship NPS');
    expect(onTheWing?.metrics[1]?.source).toEqual({ type: 'survey-responses', data: ['relationship-survey'] });
    const june = analysis.surveys[0]?.series.series[0]?.points[0]?.ci;
    expect(onTheWing?.metrics[1]?.interval).toEqual({ lower: june?.lower, upper: june?.upper, level: 0.95 });
  });

  it('says a metric without data in the workspace is not measured, and why', () => {
    const [onTheWing] = analysis.success;
    expect(onTheWing?.evaluation.metrics[2]).toMatchObject({ status: 'not-evaluable', reason: 'no-observations' });
    expect(onTheWing?.metrics[2]?.source).toBeNull();
    const table = workspaceReport(analysis).sections.find((section) => section.id === 'scorecard')?.tables?.[0];
    expect(table?.caption).toBe('Engines back on the wing when promised (owner VP customer operations)');
    expect(table?.rows[2]?.[6]).toBe('not measured: no data in the workspace');
    expect(table?.rows[0]).toEqual([
      'Wing to wing days',
      'days',
      '40 on 2026-01-01',
      '30 by 2027-01-01',
      '36 (interval 34 to 38) on 2026-07-01',
      '35.04',
      'at risk (its interval reaches the line)',
    ]);
  });
});

describe('readDataRecords: metric observations', () => {
  const read = (values: string[]) =>
    readDataRecords(
      { id: 'm', type: 'metric-observations', file: 'm.csv' },
      { file: 'm.csv', header: ['metric', 'at', 'value', 'lower', 'upper'], records: [{ line: 2, values }] },
    );

  it('refuses half an interval and a value outside its interval, naming the line and column', () => {
    expect(read(['nps', '2026-01-31', '20', '10', '']).problems.map((problem) => [problem.line, problem.path])).toEqual(
      [[2, [0, 'upper']]],
    );
    expect(
      read(['nps', '2026-01-31', '40', '10', '30']).problems.map((problem) => [problem.line, problem.path]),
    ).toEqual([[2, [0, 'value']]]);
    expect(read(['nps', '2026-01-31', '20', '10', '30']).data).toEqual({
      type: 'metric-observations',
      id: 'm',
      file: 'm.csv',
      observations: [{ metric: 'nps', at: Date.UTC(2026, 0, 31), value: 20, lower: 10, upper: 30 }],
    });
  });
});

describe('analyzeWorkspace: a journey laid out in time, and the step a comparison turns on', () => {
  // Days of removed, received, quote sent, approved, repair finished, shipped, reinstalled.
  const cases: Record<string, [string, number[]]> = {
    A: ['2026-01-05', [0, 2, 5, 8, 18, 20, 22]],
    B: ['2026-01-12', [0, 4, 6, 7, 15, 16, 20]],
    // After: the shop repairs faster, but the engines wait longer on their way back.
    C: ['2026-05-04', [0, 2, 5, 8, 12, 14, 22]],
    D: ['2026-05-11', [0, 4, 6, 7, 10, 11, 20]],
  };
  const names = [
    'engine-removed',
    'engine-received',
    'quote-sent',
    'quote-approved',
    'repair-finished',
    'engine-shipped',
    'engine-reinstalled',
  ];
  const rows = Object.entries(cases).flatMap(([caseId, [start, days]]) =>
    days.map((offset, index) => ({
      caseId,
      event: names[index] as string,
      at: Date.parse(`${start}T08:00:00Z`) + offset * day,
    })),
  );
  const caseIds = Object.keys(cases);
  const events: WorkspaceData = {
    type: 'journey-events',
    id: 'repair-events',
    file: 'data/events.csv',
    journey: 'engine-repair',
    events: {
      caseIndex: Uint32Array.from(rows, (row) => caseIds.indexOf(row.caseId)),
      eventIndex: Uint32Array.from(rows, (row) => names.indexOf(row.event)),
      at: Float64Array.from(rows, (row) => row.at),
      caseIds,
      eventNames: names,
    },
  };
  const manifest = entry('cxkit.yaml', {
    kind: 'workspace',
    schemaVersion: 1,
    id: 'acme',
    title: 'Acme',
    data: [
      {
        id: 'repair-events',
        type: 'journey-events',
        file: 'data/events.csv',
        journey: 'engine-repair',
        compare: {
          before: { label: 'Before', from: '2026-01-01', to: '2026-02-01' },
          after: { label: 'After', from: '2026-05-01', to: '2026-06-01' },
        },
      },
    ],
  });
  const workspace: Workspace = {
    manifest: manifest.document as Workspace['manifest'],
    documents: [manifest, entry('journeys/engine-repair.yaml', engineRepairDocument)],
    data: [events],
    problems: [],
  };
  const [journey] = analyzeWorkspace(workspace, { asOf: '2026-07-01' }).journeys;

  it('lays each step from the median start to the median end of the finished cases', () => {
    // Inspect and quote starts on days 2, 4, 2, 4 (median 3) and ends on 5, 6, 5, 6 (5.5);
    // Ship the engine back starts on 20, 16, 14, 11 (median (14 + 16)/2 = 15) and ends on
    // 22, 20, 22, 20 (21). The whole journey: 22, 20, 22, 20 days, P50 21, P5 = 20 + 0.15·0 = 20.
    const steps = journey?.timeline.steps ?? [];
    const inspection = steps.find((step) => step.name === 'Inspect and quote');
    const outbound = steps.find((step) => step.name === 'Ship the engine back');
    expect([inspection?.start, inspection?.end]).toEqual([3 * day, 5.5 * day]);
    expect([outbound?.start, outbound?.end, outbound?.controlled]).toEqual([15 * day, 21 * day, false]);
    expect(journey?.timeline.end).toEqual({ p5: 20 * day, p50: 21 * day, p95: 22 * day });
    expect(journey?.timeline.cases).toBe(4);
  });

  it('names the step that absorbed the gain when customers did not feel it', () => {
    // Controlled (inspect, repair, invoice): before 3 + 10 + 2 = 15 and 2 + 8 + 1 = 11, mean 13;
    // after 3 + 4 + 2 = 9 and 2 + 3 + 1 = 6, mean 7.5 (−42%). Wing to wing 22 and 20 both times.
    // Repair fell from a median of 9 to 3.5 days; shipping back grew from 3 to 8.5: that step
    // absorbed the gain.
    expect(journey?.comparison?.result.verdict).toBe('not-felt-by-customers');
    expect(journey?.comparison?.keyStep).toBe('outbound');
    const outbound = journey?.comparison?.steps.find((step) => step.id === 'outbound');
    expect(outbound?.change).toBe(5.5 * day);
  });
});
