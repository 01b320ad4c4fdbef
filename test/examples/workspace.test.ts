import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  auditGovernance,
  type DecisionEvent,
  fundPortfolio,
  type Idea,
  type parseCharter,
  replayDecisionLog,
} from 'cxkit/governance';
import { compareJourneyMeasures, type Journey, measureJourney, parseJourney } from 'cxkit/journeys';
import { aggregateAssessments, builtInModels, referenceModel } from 'cxkit/maturity';
import { findRecurringDips } from 'cxkit/metrics';
import { loadWorkspace } from 'cxkit/node';
import { auditEducationPlan, auditImmersionLog, type EducationPlan, type ImmersionLog } from 'cxkit/people';
import { driverImportance, fitTransferFunction } from 'cxkit/transfer';
import {
  analyzeWorkspace,
  lintWorkspace,
  type Workspace,
  type WorkspaceDocumentEntry,
  type WorkspaceFinding,
  workspaceReport,
} from 'cxkit/workspace';
import { afterAll, describe, expect, it } from 'vitest';
import {
  engineRepairEvents,
  generateWorkspaceData,
  referenceQuestionIds,
  workspaceAsOf,
  workspaceDataFiles,
  workspaceDataSeed,
} from '../../examples/generateWorkspaceData';

const root = fileURLToPath(new URL('../../examples/workspace/', import.meta.url));
const fixes = JSON.parse(readFileSync(new URL('../../examples/workspace-fixes.json', import.meta.url), 'utf8')) as {
  file: string;
  find: string;
  replace: string;
  fixes: string;
}[];
const asOf = '2026-11-01';
const timeZone = 'Europe/London';

type Entry = WorkspaceDocumentEntry;

/** Reads a workspace folder as `cxkit lint` does; a clean example has no load problem. */
async function readWorkspace(folder: string): Promise<Workspace> {
  const workspace = await loadWorkspace(folder);
  expect(workspace.problems).toEqual([]);
  return workspace;
}

const ofKind = <T>(entries: readonly Entry[], kind: string) =>
  entries.filter((entry) => entry.kind === kind) as (Entry & { document: T })[];

/** Every lint and audit across the workspace, as `cxkit lint` runs them. */
const lintAll = (workspace: Workspace): WorkspaceFinding[] => lintWorkspace(workspace, { asOf, timeZone });

const errorsOf = (findings: readonly WorkspaceFinding[]) =>
  findings
    .filter((finding) => finding.severity === 'error')
    .map((finding) => `${finding.file} ${finding.rule}`)
    .sort();

const workspace = await readWorkspace(root);
const entries = [...workspace.documents].sort((left, right) => (left.file < right.file ? -1 : 1));
const data = generateWorkspaceData(workspaceDataSeed);

describe('the example workspace documents', () => {
  it('parses every document with its kind and keeps ids unique across the workspace', () => {
    expect(entries.map((entry) => `${entry.kind} ${entry.file}`)).toEqual([
      'workspace cxkit.yaml',
      'governance-charter governance/charter.yaml',
      'decision-log governance/decision-log.yaml',
      'portfolio governance/portfolio.yaml',
      'journey journeys/engine-repair.yaml',
      'journey journeys/public-compensation-request.yaml',
      'journey journeys/spare-engine-lease.yaml',
      'metric-definition metrics/aog-csat.yaml',
      'metric-definition metrics/employee-nps.yaml',
      'metric-tree metrics/likelihood-to-recommend-tree.yaml',
      'metric-definition metrics/quote-ces.yaml',
      'metric-definition metrics/relationship-nps.yaml',
      'metric-definition metrics/return-csat.yaml',
      'education-plan people/education-plan.yaml',
      'immersion-log people/immersion-log.yaml',
      'success-statement strategy/aog-spare-engine.yaml',
      'strategy strategy/cx-strategy.yaml',
    ]);
    const ids = entries.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('links resolve: data sets, the decision log, journey measures, and metric ids', () => {
    const [manifest] = ofKind<{ asOf: string; timeZone: string; data: Record<string, unknown>[] }>(
      entries,
      'workspace',
    );
    expect(manifest?.document.asOf).toBe(asOf);
    expect(manifest?.document.timeZone).toBe(timeZone);
    const idsOf = (kind: string) => new Set(ofKind(entries, kind).map((entry) => entry.id));
    const links = { metric: idsOf('metric-definition'), journey: idsOf('journey') } as const;
    const types = (manifest?.document.data ?? []).map((set) => set.type);
    expect(types).toEqual([
      'survey-responses',
      'journey-events',
      'driver-observations',
      'maturity-responses',
      'customer-outcomes',
      'business-measures',
      'metric-observations',
      'journey-events',
    ]);
    for (const set of manifest?.document.data ?? []) {
      expect(() => statSync(join(root, set.file as string))).not.toThrow();
      if (set.metric !== undefined) expect(links.metric.has(set.metric as string)).toBe(true);
      if (set.journey !== undefined) expect(links.journey.has(set.journey as string)).toBe(true);
      if (set.model !== undefined) expect(Object.keys(builtInModels)).toContain(set.model);
    }
    const [log] = ofKind<{ charter: string }>(entries, 'decision-log');
    expect(idsOf('governance-charter').has(log?.document.charter as string)).toBe(true);
    for (const journey of ofKind<Journey>(entries, 'journey')) {
      const measures = [
        ...(journey.document.outcomeMeasures ?? []),
        ...journey.document.steps.flatMap((step) => step.measures ?? []),
      ];
      for (const measure of measures) expect(links.metric.has(measure), `${journey.file} ${measure}`).toBe(true);
    }
  });

  it('holds decision events the replay reads, with one planted rejection', () => {
    const [charter] = ofKind<ReturnType<typeof parseCharter>>(entries, 'governance-charter');
    const [log] = ofKind<{ events: DecisionEvent[] }>(entries, 'decision-log');
    const replay = replayDecisionLog(log?.document.events ?? [], charter?.document as never);
    // The one planted rejection: an approval one executive recorded alone, under a quorum of two.
    expect(replay.rejected.map((rejected) => [rejected.event.id, rejected.code])).toEqual([
      ['evt-015', 'quorum-not-met'],
    ]);
  });
});

describe('the planted findings and their documented fixes', () => {
  const findings = lintAll(workspace);

  it('lints with the planted error findings, each in its file', () => {
    expect(errorsOf(findings)).toEqual([
      'governance/charter.yaml governance/accountable-not-one',
      'governance/decision-log.yaml governance/rejected-event',
      'journeys/spare-engine-lease.yaml journey/inside-out-boundary',
      'strategy/aog-spare-engine.yaml success/no-owner',
      'strategy/cx-strategy.yaml strategy/no-accountable-leader',
    ]);
    for (const fix of fixes) {
      expect(
        findings.some((finding) => finding.file === fix.file && finding.rule === fix.fixes),
        `${fix.fixes} in ${fix.file}`,
      ).toBe(true);
    }
  });

  const copy = mkdtempSync(join(tmpdir(), 'cxkit-example-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('leaves no error-level finding after the fixes, only the stories the data tells', async () => {
    cpSync(root, copy, { recursive: true });
    for (const fix of fixes) {
      const path = join(copy, fix.file);
      const text = readFileSync(path, 'utf8');
      // Each fix is an exact replacement of text found once.
      expect(text.split(fix.find).length - 1, `${fix.fixes}: ${fix.find}`).toBe(1);
      writeFileSync(path, text.replace(fix.find, fix.replace));
    }
    const fixed = lintAll(await readWorkspace(copy));
    expect(errorsOf(fixed)).toEqual([]);
    for (const fix of fixes) expect(fixed.map((finding) => finding.rule)).not.toContain(fix.fixes);
    // What stays is the story, not a mistake: the quote CES changed scale, the council's
    // recommendation to re-promise return dates waits for the executives, satisfaction at
    // engine return has gone unreviewed since January 2024, and the finance director has not
    // lived a customer task since March.
    expect(
      fixed.filter((finding) => finding.severity === 'warning').map((finding) => `${finding.file} ${finding.rule}`),
    ).toEqual([
      'governance/decision-log.yaml governance/review-overdue',
      'metrics/quote-ces.yaml metric/definition-changed',
      'metrics/return-csat.yaml metric/not-reviewed',
      'people/immersion-log.yaml immersion/leader-not-immersed',
    ]);
  });
});

describe('cxkit lint on the example (the built command)', () => {
  const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
  const lint = (folder: string) =>
    spawnSync(process.execPath, [cli, 'lint', folder, '--format', 'json'], { encoding: 'utf8' });

  it('exits 1 with the planted findings, and 0 once the documented fixes are applied', () => {
    const planted = lint(root);
    expect(planted.status).toBe(1);
    const rules = (JSON.parse(planted.stdout) as { findings: { rule: string }[] }).findings.map(
      (finding) => finding.rule,
    );
    for (const fix of fixes) expect(rules).toContain(fix.fixes);

    const copy = mkdtempSync(join(tmpdir(), 'cxkit-example-cli-'));
    try {
      cpSync(root, copy, { recursive: true });
      for (const fix of fixes) {
        const path = join(copy, fix.file);
        writeFileSync(path, readFileSync(path, 'utf8').replace(fix.find, fix.replace));
      }
      const fixed = lint(copy);
      expect(fixed.stderr).toBe('');
      expect(fixed.status).toBe(0);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe('the example workspace data', () => {
  it('is what generateWorkspaceData writes for the seed (reproducible)', () => {
    for (const [path, text] of Object.entries(workspaceDataFiles(data))) {
      expect(readFileSync(join(root, path), 'utf8') === text, path).toBe(true);
    }
    expect(generateWorkspaceData(workspaceDataSeed)).toEqual(data);
    expect(generateWorkspaceData(workspaceDataSeed + 7).surveyResponses).not.toEqual(data.surveyResponses);
  });

  it('uses only event names the journey declares, and the reference model question ids', () => {
    const [journey] = ofKind<Journey>(entries, 'journey');
    expect(journey?.document.events.map((event) => event.name)).toEqual([...engineRepairEvents]);
    expect(new Set(data.journeyEvents.map((row) => row.event))).toEqual(new Set(engineRepairEvents));
    expect(
      referenceModel.dimensions.flatMap((dimension) => dimension.questions.map((question) => question.id)),
    ).toEqual([...referenceQuestionIds]);
  });
});

describe('the stories the data tells', () => {
  it('the shop got faster, but wing to wing did not: not felt by customers', () => {
    const journey = parseJourney(ofKind<Journey>(entries, 'journey')[0]?.document as Journey);
    const removedAt = new Map(
      data.journeyEvents.filter((row) => row.event === 'engine-removed').map((row) => [row.case, row.at]),
    );
    // Shop visits by when the engine came off the wing: before the lean shop program
    // (November 2024 – June 2025) and after it (November 2025 – June 2026).
    const removedIn = (from: string, to: string) =>
      data.journeyEvents
        .filter((row) => {
          const at = removedAt.get(row.case) as string;
          return at >= from && at < to;
        })
        .map((row) => ({ caseId: row.case, event: row.event, at: row.at }));
    const before = measureJourney(journey, removedIn('2024-11-01', '2025-07-01'), { asOf: workspaceAsOf });
    const after = measureJourney(journey, removedIn('2025-11-01', '2026-07-01'), { asOf: workspaceAsOf });
    for (const measure of [before, after]) {
      expect(measure.counts.cases.finished).toBeGreaterThanOrEqual(400);
      expect(measure.counts.cases.finished).toBeLessThanOrEqual(800);
      expect(measure.counts.cases.open).toBe(0);
      expect(measure.counts.events.unknown).toBe(0);
    }
    const comparison = compareJourneyMeasures(before, after);
    expect(comparison.verdict).toBe('not-felt-by-customers');
    // Controlled time down by a quarter or more; wing to wing within 3% of where it was.
    expect(comparison.controlled.mean.relativeChange).toBeLessThan(-0.25);
    expect(Math.abs(comparison.wingToWing.mean.relativeChange as number)).toBeLessThan(0.03);
    expect(Math.abs(comparison.wingToWing.p50.relativeChange as number)).toBeLessThan(0.03);
    // Where the time went: finished engines wait in stores for the return date quoted at induction.
    const dispatch = (measure: typeof before) => measure.summary.steps['release-and-dispatch']?.mean as number;
    expect(dispatch(after) - dispatch(before)).toBeGreaterThan(5 * 86_400_000);
  });

  it('relationship NPS dips every December', () => {
    const dips = findRecurringDips(data.surveyResponses, { metric: 'nps', timeZone });
    expect(dips.map((dip) => [dip.season, dip.years])).toEqual([['12', [2023, 2024, 2025]]]);
    // By hand, without the library: December's NPS against the rest of its year.
    const npsOf = (scores: number[]) =>
      (100 * (scores.filter((score) => score >= 9).length - scores.filter((score) => score <= 6).length)) /
      scores.length;
    for (const year of ['2023', '2024', '2025']) {
      const inYear = data.surveyResponses.filter((row) => row.at.startsWith(year));
      const december = inYear.filter((row) => row.at.slice(5, 7) === '12').map((row) => row.score);
      const rest = inYear.filter((row) => row.at.slice(5, 7) !== '12').map((row) => row.score);
      expect(npsOf(december)).toBeLessThan(npsOf(rest) - 10);
    }
    const months = new Set(data.surveyResponses.map((row) => row.at.slice(0, 7)));
    expect(months.size).toBe(36);
    expect(data.surveyResponses.length / 36).toBeGreaterThan(200);
    expect(new Set(data.surveyResponses.map((row) => row.segment))).toEqual(new Set(['airline', 'lessor', 'cargo']));
  });

  it('turnaround time and proactive updates drive likelihood to recommend; invoice accuracy barely does', () => {
    const drivers = ['turnaround-days', 'first-time-fix', 'updates-per-week', 'invoice-accuracy'] as const;
    const rows = data.driverObservations;
    expect(rows.length).toBe(1500);
    const fit = fitTransferFunction({
      outcome: rows.map((row) => row['likelihood-to-recommend']),
      drivers: Object.fromEntries(drivers.map((driver) => [driver, rows.map((row) => row[driver])])),
    });
    const importance = driverImportance(fit, { method: 'shapley' });
    const ranked = [...drivers].sort((a, b) => (importance[b]?.share as number) - (importance[a]?.share as number));
    expect(ranked.slice(0, 2)).toEqual(['turnaround-days', 'updates-per-week']);
    expect(importance['invoice-accuracy']?.share).toBeLessThan(0.02);
    expect(fit.coefficients['turnaround-days']?.estimate).toBeLessThan(0);
    // The metric tree's fitted coefficients are the ones this data gives.
    const tree = ofKind<{ edges: { from: string; to: string; coefficient: number; basis: string }[] }>(
      entries,
      'metric-tree',
    )[0];
    for (const edge of tree?.document.edges.filter((edge) => edge.basis === 'fitted') ?? []) {
      const estimate = fit.coefficients[edge.from]?.estimate as number;
      expect(Math.abs(edge.coefficient - estimate), edge.from).toBeLessThan(0.01 + 0.02 * Math.abs(estimate));
    }
  });

  it('marketing sees a more mature CX than the CX team does', () => {
    const groups = data.maturityResponses.map((row) => row.group);
    expect(groups.length).toBeGreaterThanOrEqual(25);
    expect(new Set(groups)).toEqual(new Set(['marketing', 'cx-team']));
    const aggregate = aggregateAssessments(builtInModels.reference, data.maturityResponses, { groupBy: 'group' });
    const large = aggregate.gaps.filter((gap) => gap.large);
    expect(large.length).toBeGreaterThanOrEqual(2);
    expect(large.every((gap) => gap.a === 'marketing' && gap.difference >= 1)).toBe(true);
    expect(aggregate.findings.filter((finding) => finding.rule === 'maturity/perception-gap').length).toBe(
      large.length,
    );
  });

  it('accounts whose last answer was a promoter’s renew their support contracts more often than detractors’', () => {
    // By hand, without the library: each account's last answer before its renewal date.
    const counts = { promoters: [0, 0], passives: [0, 0], detractors: [0, 0] } as Record<string, [number, number]>;
    for (const renewal of data.contractRenewals) {
      const last = data.surveyResponses
        .filter((row) => row.customer === renewal.customer && row.at < renewal.at)
        .at(-1);
      expect(last, renewal.customer).toBeDefined();
      const score = last?.score as number;
      const category = score >= 9 ? 'promoters' : score >= 7 ? 'passives' : 'detractors';
      const tally = counts[category] as [number, number];
      tally[0] += renewal.renewed ? 1 : 0;
      tally[1] += 1;
    }
    expect(counts).toEqual({ promoters: [93, 97], passives: [89, 102], detractors: [44, 71] });
    // The library, as cxkit report runs it, on the same join.
    const analysis = analyzeWorkspace(workspace, { asOf, timeZone });
    const result = analysis.outcomes[0]?.result;
    expect(result?.categories.map((category) => [category.category, category.successes, category.n])).toEqual([
      ['promoters', 93, 97],
      ['passives', 89, 102],
      ['detractors', 44, 71],
    ]);
    // R: prop.test(93, 97, correct = FALSE) and prop.test(44, 71, correct = FALSE); statsmodels
    // confint_proportions_2indep(93, 97, 44, 71, method='newcomb'); prop.test(c(93, 44), c(97, 71), correct = FALSE)$p.value.
    expect(result?.categories[0]?.ci?.lower).toBeCloseTo(0.8987247439592628, 12);
    expect(result?.categories[2]?.ci?.upper).toBeCloseTo(0.7237282654806456, 12);
    const promotersOverDetractors = result?.differences[1];
    expect(promotersOverDetractors?.ci?.lower).toBeCloseTo(0.21895024115260164, 12);
    expect(promotersOverDetractors?.ci?.upper).toBeCloseTo(0.4580190797474528, 12);
    expect(promotersOverDetractors?.pValue).toBeCloseTo(2.192291198380595e-8, 18);
  });

  it('relationship NPS leads the shop visits existing customers book by two months', () => {
    // R, from the CSV files: monthly NPS by substr(at, 1, 7) against repeat-work-orders.csv,
    // leadlag(x, y, 6) as in test/metrics/leadLag.test.ts: lag 2, 34 pairs.
    const analysis = analyzeWorkspace(workspace, { asOf, timeZone });
    const lagged = analysis.leadLags[0];
    expect(lagged?.periods.length).toBe(36);
    expect([lagged?.result.verdict, lagged?.result.lag]).toEqual(['scores-lead', 2]);
    const two = lagged?.result.lags.find((entry) => entry.lag === 2);
    expect(two?.correlation).toBeCloseTo(0.8704884635499539, 12);
    expect(two?.effectivePairs).toBeCloseTo(29.07751512658987, 10);
    expect(two?.pValue).toBeCloseTo(7.959711600821079e-10, 18);
    expect(two?.adjustedPValue).toBeCloseTo(1.0347625081067403e-8, 17);
  });

  it('the people side: leaders in the customer’s shoes, and an education plan that reaches every function', () => {
    const [log] = ofKind<ImmersionLog>(entries, 'immersion-log');
    const [plan] = ofKind<EducationPlan>(entries, 'education-plan');
    // Every immersion led to a recommendation the decision log knows, or an action.
    const recommendations = ofKind<{ events: DecisionEvent[] }>(entries, 'decision-log').flatMap((entry) =>
      entry.document.events.map((event) => event.recommendation),
    );
    const immersion = auditImmersionLog(log?.document as ImmersionLog, { asOf, timeZone, recommendations });
    // The finance director last lived a customer task on 16 March; the log asks for one every 120 days.
    expect(immersion.map((finding) => [finding.rule, finding.path])).toEqual([
      ['immersion/leader-not-immersed', ['leaders', 1]],
    ]);
    const functions = [
      ...ofKind<Journey>(entries, 'journey').flatMap((entry) => entry.document.steps.map((step) => step.owner ?? '')),
      'Engine management',
    ].filter((name) => name !== '');
    expect(auditEducationPlan(plan?.document as EducationPlan, { asOf, timeZone, functions })).toEqual([]);
    const [employee] = ofKind<{ respondents: string; versions: { primary: boolean }[] }>(
      entries,
      'metric-definition',
    ).filter((entry) => entry.document.respondents === 'employees');
    expect(employee?.id).toBe('employee-nps');
  });

  it('the report shows the business link and the people side, each in a section of its own', () => {
    const report = workspaceReport(analyzeWorkspace(workspace, { asOf, timeZone }));
    const ids = report.sections.map((section) => section.id);
    expect(ids).toEqual(
      expect.arrayContaining(['outcomes-contract-renewals', 'lead-lag-repeat-work-orders', 'people']),
    );
    // Right after the score series they explain.
    expect(ids.indexOf('outcomes-contract-renewals')).toBe(ids.indexOf('survey-relationship-survey') + 1);
    const section = (id: string) => report.sections.find((candidate) => candidate.id === id);
    // The executive summary carries the link, in the hand counts' words: 93/97 and 44/71.
    const summary = section('summary')?.points?.find((point) => point.section === 'outcomes-contract-renewals');
    expect(summary?.text).toMatch(
      /^promoters 95\.9%, detractors 62\.0%: \+33\.9 pts \(95% interval 21\.9 to 45\.8 pts\), more than chance would make it, over 270 customers\.$/,
    );
    // The hand counts above: 93 of 97, 89 of 102, 44 of 71.
    expect(section('outcomes-contract-renewals')?.tables?.[0]?.rows.map((row) => row.slice(0, 4))).toEqual([
      ['promoters', '9–10', 97, '95.9%'],
      ['passives', '7–8', 102, '87.3%'],
      ['detractors', '0–6', 71, '62.0%'],
    ]);
    expect(section('lead-lag-repeat-work-orders')?.summary?.[1]).toBe(
      'Relationship NPS leads Shop visits booked by existing customers by 2 months (r = 0.87; a higher score goes with a higher measure).',
    );
    const people = section('people');
    // Each leader's last entry in people/immersion-log.yaml.
    expect(people?.tables?.[0]?.rows.map((row) => [row[0], row[2]])).toEqual([
      ['Catherine Doyle', '2026-07-14'],
      ['Rajiv Menon', '2026-03-16'],
      ['Sarah Lindqvist', '2026-09-22'],
      ['Priya Natarajan', '2026-08-18'],
    ]);
    // Next due = last session + the audience's days: 7 Sep + 90 = 6 Dec; 10 Aug + 90 = 8 Nov;
    // 17 Aug + 120 = 15 Dec; 6 Jul + 120 = 3 Nov (25 + 31 + 30 + 31 + 3 days).
    expect(people?.tables?.[2]?.rows.map((row) => [row[4], row[5]])).toEqual([
      ['2026-09-07', '2026-12-06'],
      ['2026-08-10', '2026-11-08'],
      ['2026-08-17', '2026-12-15'],
      ['2026-07-06', '2026-11-03'],
    ]);
    expect(people?.summary?.join(' ')).toContain('Employee NPS (employee-nps)');
  });

  it('the executives owe the council a decision, and the portfolio fits the budget', () => {
    const [charter] = ofKind<ReturnType<typeof parseCharter>>(entries, 'governance-charter');
    const [log] = ofKind<{ events: DecisionEvent[] }>(entries, 'decision-log');
    const audit = auditGovernance(charter?.document as never, log?.document.events ?? [], { asOf });
    const overdue = audit.filter((finding) => finding.rule === 'governance/review-overdue');
    expect(overdue.some((finding) => finding.message.includes('"re-promise-return-date"'))).toBe(true);
    const [portfolio] = ofKind<{ budget: number; ideas: Idea[] }>(entries, 'portfolio');
    const budget = portfolio?.document.budget as number;
    const funded = fundPortfolio(portfolio?.document.ideas ?? [], budget);
    expect(funded.totalCost).toBeLessThanOrEqual(budget);
    expect(funded.funded).toContain('december-shop-cover');
    expect(funded.excluded.length).toBeGreaterThan(0);
  });
});
