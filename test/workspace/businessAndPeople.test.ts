import { describe, expect, it } from 'vitest';
import { safeParseDocument } from '../../src/core/index';
import { markdownReport } from '../../src/render/index';
import type { Workspace, WorkspaceData, WorkspaceDocumentEntry } from '../../src/workspace/index';
import {
  analyzeWorkspace,
  lintWorkspace,
  readDataRecords,
  readWorkspaceDocument,
  resolveWorkspaceLinks,
  workspaceManifestDocument,
  workspaceReport,
} from '../../src/workspace/index';

function entry(file: string, value: Record<string, unknown>): WorkspaceDocumentEntry {
  const result = readWorkspaceDocument(value, { file });
  if (result.entry === undefined) throw new Error(JSON.stringify(result.problems));
  return result.entry;
}

const nps = { min: 0, max: 10, favorable: { from: 9, to: 10 }, unfavorable: { from: 0, to: 6 } };
const definition = entry('metrics/nps.yaml', {
  kind: 'metric-definition',
  schemaVersion: 1,
  id: 'relationship-nps',
  title: 'Relationship NPS',
  metric: 'nps',
  lastReview: { date: '2026-06-01' },
  versions: [
    { effectiveFrom: '2024-01-01', scale: nps, question: 'Recommend us?', population: 'all accounts', primary: true },
  ],
});
const manifestData = [
  { id: 'survey', type: 'survey-responses', file: 'data/survey.csv', metric: 'relationship-nps' },
  { id: 'renewals', type: 'customer-outcomes', file: 'data/renewals.csv', survey: 'survey', outcome: 'Renewed' },
  {
    id: 'orders',
    type: 'business-measures',
    file: 'data/orders.csv',
    survey: 'survey',
    measure: 'Repeat orders',
    maxLag: 1,
  },
];
const manifest = entry('cxkit.yaml', {
  kind: 'workspace',
  schemaVersion: 1,
  id: 'acme',
  title: 'Acme CX',
  asOf: '2026-11-01',
  data: manifestData,
});

// Survey answers read as the loader reads them, from the rows of a file.
const surveyRows: [string, number, string][] = [
  ['2026-01-10', 10, 'a'],
  ['2026-01-12', 3, 'b'],
  ['2026-02-03', 9, 'c'],
  ['2026-02-15', 6, 'a'], // a's last answer before renewing on 2026-03-01: a detractor's
  ['2026-03-01', 10, 'a'], // the same day as a's renewal: may come after it, not counted
  ['2026-03-10', 8, 'd'],
  ['2026-04-02', 9, 'b'], // after b's renewal: not counted
  ['2026-04-20', 7, 'e'],
];
const read = (entryIndex: number, header: string[], rows: unknown[][]) => {
  const result = readDataRecords(manifestData[entryIndex] as never, {
    file: manifestData[entryIndex]?.file as string,
    header,
    records: rows.map((values, index) => ({ line: index + 2, values })),
  });
  expect(result.problems).toEqual([]);
  return result.data as WorkspaceData;
};
const survey = read(
  0,
  ['at', 'score', 'customer'],
  surveyRows.map(([at, score, customer]) => [at, String(score), customer]),
);
const renewals = read(
  1,
  ['customer', 'value', 'at'],
  [
    ['a', 'true', '2026-03-01'],
    ['b', 'false', '2026-03-05'],
    ['c', 'TRUE', '2026-05-01'],
    ['d', 'false', '2026-06-01'],
    ['e', 'true', '2026-04-01'], // e answered only after renewing: left out
    ['f', 'true', '2026-04-01'], // never answered: left out
  ],
);
// Month by month NPS of the rows above: Jan (10, 3) 0; Feb (9, 6) 0; Mar (10, 8) 50; Apr (9, 7) 50.
const orders = read(
  2,
  ['period', 'value'],
  [
    ['2026-01', '40'],
    ['2026-02', '41'],
    ['2026-03', '39'],
    ['2026-04', '45'],
  ],
);

const workspace: Workspace = {
  manifest: manifest.document as Workspace['manifest'],
  documents: [manifest, definition],
  data: [survey, renewals, orders],
  problems: [],
};

describe('workspace data for business results', () => {
  it('reads the survey’s customer column, outcomes and monthly measures', () => {
    expect(survey.type === 'survey-responses' && survey.responses.customer).toEqual([
      'a',
      'b',
      'c',
      'a',
      'a',
      'd',
      'b',
      'e',
    ]);
    expect(renewals.type === 'customer-outcomes' && renewals.outcomes.value).toEqual([
      true,
      false,
      true,
      false,
      true,
      true,
    ]);
    expect(orders.type === 'business-measures' && [...orders.measures.value]).toEqual([40, 41, 39, 45]);
  });

  it('reports bad rows: a value of another kind, a month written otherwise, a month twice', () => {
    const outcomes = readDataRecords(manifestData[1] as never, {
      file: 'data/renewals.csv',
      header: ['customer', 'value'],
      records: [
        { line: 2, values: ['a', 'true'] },
        { line: 3, values: ['b', '1200'] },
        { line: 4, values: ['c', 'yes'] },
      ],
    });
    expect(outcomes.problems.map((problem) => [problem.line, problem.path, problem.message])).toEqual([
      [3, [1, 'value'], 'Column value must be true or false, as the rows before it; received "1200".'],
      [4, [2, 'value'], 'Column value must be true or false, as the rows before it; received "yes".'],
    ]);
    const measures = readDataRecords(manifestData[2] as never, {
      file: 'data/orders.csv',
      header: ['period', 'value'],
      records: [
        { line: 2, values: ['2026-01', '40'] },
        { line: 3, values: ['2026-1', '41'] },
        { line: 4, values: ['2026-01', '42'] },
      ],
    });
    expect(measures.problems.map((problem) => [problem.line, problem.path])).toEqual([
      [3, [1, 'period']],
      [4, [2, 'period']],
    ]);
  });

  it('the manifest refuses a business entry whose survey is not a survey data set', () => {
    const result = safeParseDocument(workspaceManifestDocument, {
      ...(manifest.document as object),
      data: [manifestData[0], { ...manifestData[1], survey: 'orders' }, manifestData[2]],
    });
    expect(!result.success && result.error.path).toEqual(['data', 1, 'survey']);
  });
});

describe('analyzeWorkspace: ratings linked to business results', () => {
  const analysis = analyzeWorkspace(workspace);

  it('joins each customer’s last answer before the outcome', () => {
    // a: 6 (detractor, renewed); b: 3 (detractor, not); c: 9 (promoter, renewed); d: 8 (passive, not).
    expect(analysis.notComputed).toEqual([]);
    const result = analysis.outcomes[0]?.result;
    expect(result?.categories.map((category) => [category.category, category.successes, category.n])).toEqual([
      ['promoters', 1, 1],
      ['passives', 0, 1],
      ['detractors', 1, 2],
    ]);
    expect([result?.matched, result?.unmatchedOutcomes]).toEqual([4, 2]);
  });

  it('sets the measure against the monthly score', () => {
    const lagged = analysis.leadLags[0];
    expect(lagged?.periods).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    expect(lagged?.scores).toEqual([0, 0, 50, 50]);
    expect(lagged?.values).toEqual([40, 41, 39, 45]);
    expect(lagged?.result.lags.map((entry) => entry.lag)).toEqual([-1, 0, 1]);
  });

  it('says why when the survey has no customer column, or the months do not meet', () => {
    const withoutCustomers = read(
      0,
      ['at', 'score'],
      surveyRows.map(([at, score]) => [at, String(score)]),
    );
    const lateOrders = read(
      2,
      ['period', 'value'],
      [
        ['2027-01', '40'],
        ['2027-02', '41'],
        ['2027-03', '42'],
      ],
    );
    const other = analyzeWorkspace({ ...workspace, data: [withoutCustomers, renewals, lateOrders] });
    expect(other.notComputed.map((item) => [item.source, item.code])).toEqual([
      ['renewals', 'NO_CUSTOMER_COLUMN'],
      ['orders', 'MONTHS_APART'],
    ]);
  });

  it('puts both in the report, each in a section of its own', () => {
    const report = workspaceReport(analysis);
    const ids = report.sections.map((section) => section.id);
    expect(ids).toContain('outcomes-renewals');
    expect(ids).toContain('lead-lag-orders');
    const outcome = report.sections.find((section) => section.id === 'outcomes-renewals');
    expect(outcome?.title).toBe('Renewed, by Relationship NPS category');
    expect(outcome?.tables?.[0]?.rows).toEqual([
      ['promoters', '9–10', 1, '100.0%', expect.any(String)],
      ['passives', '7–8', 1, '0.0%', expect.any(String)],
      ['detractors', '0–6', 2, '50.0%', expect.any(String)],
    ]);
    expect(markdownReport(report)).toContain('Does Relationship NPS lead Repeat orders?');
  });
});

describe('people documents in a workspace', () => {
  const journey = entry('journeys/repair.yaml', {
    kind: 'journey',
    schemaVersion: 1,
    id: 'repair',
    title: 'Repair',
    customer: { segment: 'airlines' },
    boundary: { start: 'removed', end: 'reinstalled' },
    events: [
      { name: 'removed', perspective: 'customer' },
      { name: 'reinstalled', perspective: 'customer' },
    ],
    stages: [{ id: 'repair', name: 'Repair', phase: 'support' }],
    steps: [
      {
        id: 'fix',
        stage: 'repair',
        name: 'Fix',
        owner: 'Shop',
        control: 'company',
        startEvent: 'removed',
        endEvent: 'reinstalled',
      },
    ],
    outcomeMeasures: ['relationship-nps'],
  });
  const log = entry('people/immersion.yaml', {
    kind: 'immersion-log',
    schemaVersion: 1,
    id: 'immersion',
    title: 'In their shoes',
    leaders: [{ id: 'coo', name: 'The COO', function: 'Operations' }],
    entries: [
      {
        id: 'i1',
        leader: 'coo',
        task: 'Sent an engine for repair as a customer',
        date: '2026-09-01',
        journey: 'repiar',
        found: ['No news for three weeks.'],
        ledTo: { recommendation: 'weekly-updates' },
      },
    ],
  });
  const plan = entry('people/education.yaml', {
    kind: 'education-plan',
    schemaVersion: 1,
    id: 'education',
    title: 'CX education',
    audiences: [{ id: 'finance', functions: ['Finance'], everyDays: 90, topics: ['voice-of-the-customer'] }],
    deliveries: [{ audience: 'finance', date: '2026-10-01' }],
  });
  const documents = [manifest, definition, journey, log, plan];

  it('resolves an immersion’s journey like any link', () => {
    expect(resolveWorkspaceLinks(documents).map((problem) => [problem.file, problem.code, problem.path])).toEqual([
      ['people/immersion.yaml', 'missing-link', ['entries', 0, 'journey']],
    ]);
  });

  it('audits them as of the workspace’s day, against its decision logs, journeys and missions', () => {
    const findings = lintWorkspace({ ...workspace, documents, data: [] });
    expect(
      findings
        .filter((finding) => finding.file.startsWith('people/'))
        .map((finding) => [finding.file, finding.rule, finding.path]),
    ).toEqual([
      ['people/education.yaml', 'education/function-not-reached', ['audiences']],
      ['people/education.yaml', 'education/topic-not-covered', ['audiences']],
      ['people/education.yaml', 'education/topic-not-covered', ['audiences']],
      ['people/education.yaml', 'education/topic-not-covered', ['audiences']],
      ['people/immersion.yaml', 'immersion/unknown-recommendation', ['entries', 0, 'ledTo', 'recommendation']],
    ]);
  });

  it('gives the people side a section of the report', () => {
    const analysis = analyzeWorkspace({ ...workspace, documents, data: [] });
    expect(analysis.people?.immersionLogs.length).toBe(1);
    const section = workspaceReport(analysis).sections.find((candidate) => candidate.id === 'people');
    expect(section?.tables?.map((table) => table.caption)).toEqual([
      'In their shoes: leaders',
      'In their shoes: what leaders found',
      'CX education: audiences',
    ]);
    expect(section?.tables?.[0]?.rows).toEqual([['The COO', 'Operations', '2026-09-01', 1, 1]]);
    expect(section?.tables?.[2]?.rows).toEqual([
      ['finance', 'Finance', '90 days', 'voice-of-the-customer', '2026-10-01', '2026-12-30'],
    ]);
  });
});
