import { describe, expect, it } from 'vitest';
import type { Workspace, WorkspaceData, WorkspaceDocumentEntry } from '../../src/workspace/index';
import { analyzeWorkspace, readWorkspaceDocument } from '../../src/workspace/index';
import { expectCxError } from '../expectCxError';
import { engineRepairDocument } from '../journeys/engineRepairJourney';

const day = 86_400_000;
const at = (iso: string) => Date.parse(iso);

function entry(file: string, value: Record<string, unknown>): WorkspaceDocumentEntry {
  const result = readWorkspaceDocument(value, { file });
  if (result.entry === undefined) throw new Error(JSON.stringify(result.problems));
  return result.entry;
}

const manifest = (data: unknown[], extra: Record<string, unknown> = {}) =>
  entry('cxkit.yaml', {
    kind: 'workspace',
    schemaVersion: 1,
    id: 'acme-cx',
    title: 'Acme CX',
    asOf: '2025-12-01',
    data,
    ...extra,
  });

function workspaceOf(documents: WorkspaceDocumentEntry[], data: WorkspaceData[]): Workspace {
  const root = documents.find((document) => document.kind === 'workspace');
  return {
    manifest: (root?.document ?? null) as Workspace['manifest'],
    documents,
    data,
    problems: [],
  };
}

/** Journey events as the loader gives them: one row per event, case and event as indexes. */
function eventColumns(rows: readonly [string, string, string][]) {
  const caseIds = [...new Set(rows.map(([caseId]) => caseId))];
  const eventNames = [...new Set(rows.map(([, event]) => event))];
  return {
    caseIndex: Uint32Array.from(rows, ([caseId]) => caseIds.indexOf(caseId)),
    eventIndex: Uint32Array.from(rows, ([, event]) => eventNames.indexOf(event)),
    at: Float64Array.from(rows, ([, , time]) => at(time)),
    caseIds,
    eventNames,
  };
}

describe('analyzeWorkspace: journeys compared before and after', () => {
  // Cases belong to the period their first event falls in, periods in the manifest's
  // time zone. London is on summer time from 30 March 2025, so the "before" period ends
  // at 2025-03-31T23:00Z: case B, removed at 23:30Z that evening, is already "after".
  const rows: [string, string, string][] = [
    ['A', 'engine-removed', '2025-01-10T08:00:00Z'],
    ['A', 'engine-reinstalled', '2025-01-30T08:00:00Z'], // 20 days
    ['B', 'engine-removed', '2025-03-31T23:30:00Z'],
    ['B', 'engine-reinstalled', '2025-04-10T23:30:00Z'], // 10 days
    ['C', 'engine-removed', '2025-05-01T00:00:00Z'],
    ['C', 'engine-reinstalled', '2025-05-05T00:00:00Z'], // 4 days
    ['D', 'engine-removed', '2025-06-01T12:00:00Z'],
    ['D', 'engine-reinstalled', '2025-06-09T12:00:00Z'], // 8 days
    ['E', 'engine-removed', '2025-08-01T00:00:00Z'],
    ['E', 'engine-reinstalled', '2025-08-03T00:00:00Z'], // 2 days, in neither period
  ];
  const workspace = workspaceOf(
    [
      manifest(
        [
          {
            id: 'repair-events',
            type: 'journey-events',
            file: 'data/events.csv',
            journey: 'engine-repair',
            compare: {
              before: { label: 'Before', from: '2025-01-01', to: '2025-04-01' },
              after: { label: 'After', from: '2025-04-01', to: '2025-07-01' },
            },
          },
        ],
        { timeZone: 'Europe/London' },
      ),
      entry('journeys/engine-repair.yaml', engineRepairDocument),
    ],
    [
      {
        type: 'journey-events',
        id: 'repair-events',
        file: 'data/events.csv',
        journey: 'engine-repair',
        events: eventColumns(rows),
      },
    ],
  );
  const analysis = analyzeWorkspace(workspace);

  it('measures every case, and each period only the cases that started in it', () => {
    const [journey] = analysis.journeys;
    expect(analysis.notComputed).toEqual([]);
    expect(journey?.measure.summary.wingToWing?.count).toBe(5);
    // (20 + 10 + 4 + 8 + 2) / 5 days.
    expect(journey?.measure.summary.wingToWing?.mean).toBe((44 * day) / 5);
    expect(journey?.comparison?.before.measure.summary.wingToWing?.count).toBe(1);
    expect(journey?.comparison?.before.measure.summary.wingToWing?.mean).toBe(20 * day);
    expect(journey?.comparison?.after.measure.summary.wingToWing?.count).toBe(3);
    expect(journey?.comparison?.after.measure.summary.wingToWing?.mean).toBeCloseTo((22 / 3) * day, 3);
    expect(journey?.comparison?.result.wingToWing.mean.before).toBe(20 * day);
    expect(journey?.comparison?.before.period.label).toBe('Before');
  });

  it('takes asOf and the time zone from the manifest unless given', () => {
    expect([analysis.asOf, analysis.timeZone, analysis.title]).toEqual(['2025-12-01', 'Europe/London', 'Acme CX']);
    // In UTC, case B (removed 23:30Z on 31 March) falls before 1 April: "before" has two cases.
    const utc = analyzeWorkspace(workspace, { timeZone: 'UTC' });
    expect(utc.journeys[0]?.comparison?.before.measure.summary.wingToWing?.count).toBe(2);
  });
});

describe('analyzeWorkspace: driver observations', () => {
  const observations = (y: number[]): WorkspaceData => ({
    type: 'driver-observations',
    id: 'repair-drivers',
    file: 'data/drivers.csv',
    outcome: 'recommend',
    drivers: ['speed', 'updates'],
    columns: {
      speed: Float64Array.of(1, 2, 3, 4, 5, 6),
      updates: Float64Array.of(2, 1, 4, 3, 6, 5),
      recommend: Float64Array.from(y),
    },
  });

  it('fits the transfer function as R does, with Shapley shares that sum to one', () => {
    // R 4.2: x1 <- 1:6; x2 <- c(2,1,4,3,6,5); y <- c(3,4,8,9,13,12.5)
    //   coef(lm(y ~ x1 + x2))  # 0.15625 1.40625 0.90625;  summary(...)$r.squared  # 0.989208633093525
    const analysis = analyzeWorkspace(workspaceOf([], [observations([3, 4, 8, 9, 13, 12.5])]), {
      asOf: '2026-01-01',
    });
    const [drivers] = analysis.drivers;
    expect(drivers?.fit.intercept.estimate).toBeCloseTo(0.15625, 10);
    expect(drivers?.fit.coefficients.speed?.estimate).toBeCloseTo(1.40625, 10);
    expect(drivers?.fit.coefficients.updates?.estimate).toBeCloseTo(0.90625, 10);
    expect(drivers?.fit.rSquared).toBeCloseTo(0.989208633093525, 12);
    // Shapley with two drivers, from the R² of each one-driver fit (R 4.2):
    //   r <- function(f) summary(f)$r.squared; full <- r(lm(y ~ x1 + x2)); a <- r(lm(y ~ x1)); b <- r(lm(y ~ x2))
    //   c((a + full - b) / 2, (b + full - a) / 2)  # 0.531109969167523 0.458098663926002
    expect(drivers?.method).toBe('shapley');
    expect(drivers?.importance.speed?.raw).toBeCloseTo(0.531109969167523, 12);
    expect(drivers?.importance.updates?.raw).toBeCloseTo(0.458098663926002, 12);
    const shares = Object.values(drivers?.importance ?? {}).map((driver) => driver.share);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 12);
    // No performance in the manifest: no quadrant, said by null rather than left out.
    expect(drivers?.classification).toBeNull();
  });

  it('lists a fit the data does not allow in notComputed, with the code, and goes on', () => {
    // y = 1 + 2·speed exactly: a perfect fit has no error to estimate.
    const analysis = analyzeWorkspace(
      workspaceOf([], [observations([3, 5, 7, 9, 11, 13]), observations([3, 4, 8, 9, 13, 12.5])]),
      { asOf: '2026-01-01' },
    );
    expect(analysis.drivers).toHaveLength(1);
    expect(analysis.notComputed).toHaveLength(1);
    expect(analysis.notComputed[0]).toMatchObject({
      source: 'repair-drivers',
      file: 'data/drivers.csv',
      analysis: 'transfer function',
    });
    expect(analysis.notComputed[0]?.code).toMatch(/^[A-Z_]+$/);
    expect(analysis.notComputed[0]?.reason.length).toBeGreaterThan(20);
  });
});

describe('analyzeWorkspace: survey responses', () => {
  const definition = entry('metrics/effort.yaml', {
    kind: 'metric-definition',
    schemaVersion: 1,
    id: 'repair-effort',
    title: 'Repair effort',
    metric: 'custom',
    versions: [
      {
        effectiveFrom: '2025-01-01',
        scale: { min: 1, max: 7, favorable: { from: 6, to: 7 } },
        question: 'How easy was it to get your engine repaired?',
        population: 'Every repair customer',
        primary: true,
      },
    ],
  });
  const responses = (scores: number[]): WorkspaceData => ({
    type: 'survey-responses',
    id: 'effort-survey',
    file: 'data/effort.csv',
    metric: 'repair-effort',
    responses: {
      at: Float64Array.from(scores, (_, index) => at(index < 4 ? '2025-01-15T12:00:00Z' : '2025-02-15T12:00:00Z')),
      score: Float64Array.from(scores),
    },
  });

  it('scores a custom metric as the share of favorable answers on its own scale, month by month', () => {
    // January: 7, 6, 5, 2 → 2 of 4 favorable = 50%; February: 7, 7, 6, 1, 3 → 3 of 5 = 60%.
    const analysis = analyzeWorkspace(workspaceOf([definition], [responses([7, 6, 5, 2, 7, 7, 6, 1, 3])]), {
      asOf: '2025-03-01',
    });
    const points = analysis.surveys[0]?.series.series[0]?.points ?? [];
    expect(points.map((point) => [point.period, point.n, point.score])).toEqual([
      ['2025-01', 4, 50],
      ['2025-02', 5, 60],
    ]);
  });

  it('refuses a score off the scale in notComputed rather than bending it onto the scale', () => {
    const analysis = analyzeWorkspace(workspaceOf([definition], [responses([7, 6, 9, 2])]), { asOf: '2025-03-01' });
    expect(analysis.surveys).toEqual([]);
    expect(analysis.notComputed.map((item) => [item.source, item.analysis])).toEqual([
      ['effort-survey', 'score series'],
    ]);
  });
});

describe('analyzeWorkspace: input', () => {
  const empty: Workspace = { manifest: null, documents: [], data: [], problems: [] };

  it('needs asOf from the options or the manifest; it never reads the clock', () => {
    expectCxError(() => analyzeWorkspace(empty), 'MISSING_AS_OF', ['asOf']);
  });

  it('names an unknown option', () => {
    expectCxError(() => analyzeWorkspace(empty, { asOf: '2026-01-01', timezone: 'UTC' } as never), 'UNKNOWN_OPTION');
  });
});
