import { CxError } from '../core/errors/CxError';
import { formatPath } from '../core/errors/formatPath';
import { countFindings } from '../core/findings/countFindings';
import type { DurationStatistics, JourneyMeasure } from '../journeys/index';
import {
  driverQuadrant,
  maturityRadar,
  perceptionGapBars,
  portfolioChart,
  type Report,
  type ReportChart,
  type ReportSection,
  type ReportTable,
  scoreSeriesChart,
  wingToWingTimeline,
} from '../render/index';
import type {
  DriverAnalysis,
  GovernanceAnalysis,
  JourneyAnalysis,
  MaturityAnalysis,
  PortfolioAnalysis,
  SurveyAnalysis,
  WorkspaceAnalysis,
} from './analyzeWorkspace';
import { raiseWorkspace } from './messages';

const day = 86_400_000;

/** Days with one decimal, for tables and sentences. */
function days(milliseconds: number | null | undefined): string {
  if (milliseconds === null || milliseconds === undefined) return '–';
  return `${(milliseconds / day).toFixed(1)} d`;
}

function percent(value: number, decimals = 1): string {
  return `${(value * 100).toFixed(decimals)}%`;
}

/**
 * Draws one chart, or says in the section why it could not be drawn: a chart the data
 * does not allow (no finished case, too many segments) is never dropped without a word.
 */
function drawn(notes: string[], caption: string, draw: () => string, id: string): ReportChart[] {
  try {
    return [{ id, svg: draw(), caption }];
  } catch (error) {
    if (!(error instanceof CxError)) throw error;
    notes.push(`Chart not drawn (${caption}): ${error.message}`);
    return [];
  }
}

function surveySection(survey: SurveyAnalysis): ReportSection {
  const notes: string[] = [];
  const { definition, series, dips } = survey;
  const title = `${definition.title}, month by month`;
  const summary = [
    `${series.series.length === 1 ? 'One series' : `${series.series.length} series`} of ${definition.title} (${definition.metric.toUpperCase()}) from ${survey.file}, ${series.timeZone} calendar months; bands are 95% intervals, hollow markers months below the minimum n.`,
  ];
  for (const line of series.series) {
    const scored = line.points.filter((point) => point.score !== null);
    const last = scored[scored.length - 1];
    if (last !== undefined && last.score !== null) {
      const interval =
        last.ci === null ? '' : ` (95% interval ${last.ci.lower.toFixed(1)} to ${last.ci.upper.toFixed(1)})`;
      summary.push(
        `${line.segment ?? 'All responses'}: ${last.score.toFixed(1)} in ${last.period}${interval}, n = ${last.n}.`,
      );
    }
  }
  summary.push(
    dips.length === 0
      ? 'No month dips in most years.'
      : `Recurring dips: ${dips.map((dip) => `month ${dip.season} in ${dip.years.join(', ')}`).join('; ')}.`,
  );
  const tables: ReportTable[] =
    dips.length === 0
      ? []
      : [
          {
            caption: 'Recurring dips: the month against the rest of its year',
            columns: ['month', 'year', 'n', 'score', 'rest of the year', 'difference', 'p-value', 'dip'],
            rows: dips.flatMap((dip) =>
              dip.evidence.map((evidence) => [
                dip.season,
                evidence.year,
                evidence.n,
                evidence.score,
                evidence.restScore,
                evidence.difference,
                evidence.pValue < 0.0001 ? '< 0.0001' : evidence.pValue,
                evidence.dip ? 'yes' : 'no',
              ]),
            ),
          },
        ];
  const charts = drawn(notes, title, () => scoreSeriesChart(series, { title }), `${survey.data}-series`);
  return { id: `survey-${survey.data}`, title, summary: [...summary, ...notes], charts, tables };
}

function statisticsRow(name: string, statistics: DurationStatistics | null): (string | number)[] {
  return [
    name,
    statistics?.count ?? 0,
    days(statistics?.mean),
    days(statistics?.p5),
    days(statistics?.p50),
    days(statistics?.p95),
    days(statistics?.span),
  ];
}

function measureTable(caption: string, measure: JourneyMeasure<null>): ReportTable {
  const steps = measure.steps.map((step) =>
    statisticsRow(`step: ${step.name}`, measure.summary.steps[step.id] ?? null),
  );
  return {
    caption,
    columns: ['time', 'cases', 'mean', 'P5', 'P50', 'P95', 'span (P95 − P5)'],
    rows: [
      statisticsRow('wing to wing (what the customer feels)', measure.summary.wingToWing),
      statisticsRow('controlled by the company', measure.summary.controlled),
      statisticsRow('waiting (no step running)', measure.summary.waiting),
      ...steps,
    ],
  };
}

function journeySection(analysis: JourneyAnalysis): ReportSection {
  const notes: string[] = [];
  const { journey, measure, comparison } = analysis;
  const counts = measure.counts.cases;
  const share = measure.summary.controlledShare;
  const summary = [
    `${counts.total} ${counts.total === 1 ? 'case' : 'cases'} in ${analysis.file}: ${counts.finished} finished wing to wing, ${counts.open} still open at ${new Date(measure.asOf).toISOString().slice(0, 10)}.`,
    `Wing to wing, the customer waits ${days(measure.summary.wingToWing?.mean)} on average (P50 ${days(measure.summary.wingToWing?.p50)}, P95 ${days(measure.summary.wingToWing?.p95)}); the company controls ${share === null ? 'none' : percent(share)} of that time.`,
  ];
  if (comparison !== null)
    summary.push(`${comparison.before.period.label} → ${comparison.after.period.label}: ${comparison.result.message}`);
  const charts = [
    ...drawn(
      notes,
      `${journey.title}: every case`,
      () => wingToWingTimeline(measure, journey, { title: `${journey.title}: every case` }),
      `${analysis.data}-timeline`,
    ),
  ];
  const tables = [measureTable('Every case', measure)];
  if (comparison !== null) {
    for (const [side, key] of [
      [comparison.before, 'before'],
      [comparison.after, 'after'],
    ] as const) {
      const label = `${side.period.label} (cases started ${side.period.from} to ${side.period.to})`;
      charts.push(
        ...drawn(
          notes,
          `${journey.title}: ${label}`,
          () => wingToWingTimeline(side.measure, journey, { title: `${journey.title}: ${side.period.label}` }),
          `${analysis.data}-timeline-${key}`,
        ),
      );
      tables.push(measureTable(label, side.measure));
    }
  }
  return {
    id: `journey-${analysis.data}`,
    title: journey.title,
    summary: [...summary, ...notes],
    charts,
    tables,
  };
}

function driverSection(analysis: DriverAnalysis): ReportSection {
  const notes: string[] = [];
  const { fit, importance, classification } = analysis;
  const ranked = [...fit.drivers].sort(
    (left, right) => (importance[right]?.share ?? 0) - (importance[left]?.share ?? 0),
  );
  const summary = [
    `A transfer function fitted on ${fit.n} observations in ${analysis.file}: R² ${fit.rSquared.toFixed(3)} (adjusted ${fit.adjustedRSquared.toFixed(3)}); importance by ${analysis.method === 'shapley' ? 'Shapley values' : 'relative weights'}, as shares of R².`,
    `Most important: ${ranked
      .slice(0, 2)
      .map((driver) => `${driver} (${percent(importance[driver]?.share ?? 0)})`)
      .join(', ')}.`,
  ];
  const quadrantOf = new Map(classification?.drivers.map((driver) => [driver.driver, driver.quadrant]) ?? []);
  const charts =
    classification === null
      ? []
      : drawn(
          notes,
          'Drivers: importance × performance against target',
          () => driverQuadrant(classification),
          `${analysis.data}-quadrant`,
        );
  if (classification === null)
    notes.push('No current and target per driver in the manifest (performance): no quadrant.');
  const table: ReportTable = {
    caption: 'Drivers of the outcome',
    columns: ['driver', 'coefficient', 'standard error', 'p-value', 'share of R²', 'quadrant'],
    rows: ranked.map((driver) => {
      const coefficient = fit.coefficients[driver];
      return [
        driver,
        coefficient?.estimate ?? null,
        coefficient?.standardError ?? null,
        coefficient === undefined ? null : coefficient.pValue < 0.0001 ? '< 0.0001' : coefficient.pValue,
        percent(importance[driver]?.share ?? 0),
        quadrantOf.get(driver) ?? '–',
      ];
    }),
  };
  return {
    id: `drivers-${analysis.data}`,
    title: 'What drives the outcome',
    summary: [...summary, ...notes],
    charts,
    tables: [table],
  };
}

function maturitySection(analysis: MaturityAnalysis): ReportSection {
  const notes: string[] = [];
  const { aggregate } = analysis;
  const large = aggregate.gaps.filter((gap) => gap.large);
  const summary = [
    `${aggregate.respondents} respondents of ${aggregate.model.title} in ${aggregate.groups.length} groups (${aggregate.groups.map((group) => `${group.name}: ${group.respondents}`).join(', ')}).`,
    large.length === 0
      ? 'No large perception gap between groups.'
      : `${large.length} large perception gaps: ${large.map((gap) => `${gap.dimension} (${gap.a} vs ${gap.b}, ${gap.difference.toFixed(2)} levels)`).join('; ')}.`,
  ];
  const charts = [
    ...drawn(notes, 'Maturity by dimension and group', () => maturityRadar(aggregate), `${analysis.data}-radar`),
    ...(aggregate.groups.length < 2
      ? []
      : drawn(notes, 'Perception gaps between groups', () => perceptionGapBars(aggregate), `${analysis.data}-gaps`)),
  ];
  const table: ReportTable = {
    caption: 'Mean level per dimension and group',
    columns: ['dimension', ...aggregate.groups.map((group) => group.name)],
    rows: aggregate.dimensions.map((dimension) => [
      dimension.title,
      ...aggregate.groups.map((group) => group.dimensions.find((entry) => entry.id === dimension.id)?.mean ?? null),
    ]),
  };
  return {
    id: `maturity-${analysis.data}`,
    title: 'CX maturity, as each group sees it',
    summary: [...summary, ...notes],
    charts,
    tables: [table],
    findings: aggregate.findings,
  };
}

function governanceSection(analyses: readonly GovernanceAnalysis[]): ReportSection {
  const rows = analyses.flatMap((analysis) =>
    Object.values(analysis.replay.recommendations).map((state) => [
      state.id,
      state.status,
      new Date(state.proposedAt).toISOString().slice(0, 10),
      state.decidedAt === undefined ? '–' : new Date(state.decidedAt).toISOString().slice(0, 10),
      analysis.file,
    ]),
  );
  const rejected = analyses.flatMap((analysis) =>
    analysis.replay.rejected.map((event) => [event.event.id, event.code, event.message, analysis.file]),
  );
  const waiting = rows.filter((row) => row[1] === 'submitted').length;
  return {
    id: 'governance',
    title: 'Governance: the decision log',
    summary: [
      `${rows.length} recommendations in ${analyses.length === 1 ? 'one decision log' : `${analyses.length} decision logs`}; ${waiting} waiting for the executives; ${rejected.length} events the charter does not allow.`,
      'Overdue reviews and other audit findings are listed under Findings.',
    ],
    tables: [
      { caption: 'Recommendations', columns: ['recommendation', 'status', 'proposed', 'decided', 'log'], rows },
      ...(rejected.length === 0
        ? []
        : [{ caption: 'Events rejected on replay', columns: ['event', 'code', 'why', 'log'], rows: rejected }]),
    ],
  };
}

function portfolioSection(analysis: PortfolioAnalysis): ReportSection {
  const notes: string[] = [];
  const { portfolio, funded } = analysis;
  const excludedOf = new Map(funded.excluded.map((entry) => [entry.id, entry.reason]));
  const charts = drawn(
    notes,
    `${portfolio.title}: funded within the budget`,
    () =>
      portfolioChart(funded, portfolio.ideas, portfolio.budget, {
        title: `${portfolio.title}: funded within ${portfolio.budget}`,
      }),
    `${portfolio.id}-portfolio`,
  );
  return {
    id: `portfolio-${portfolio.id}`,
    title: portfolio.title,
    summary: [
      `${funded.funded.length} of ${portfolio.ideas.length} ideas funded for ${funded.totalCost} of the budget of ${portfolio.budget} (value ${funded.totalValue}); the most value the budget can buy, found exactly.`,
      ...notes,
    ],
    charts,
    tables: [
      {
        caption: 'Ideas',
        columns: ['idea', 'cost', 'value', 'funded', 'why not'],
        rows: portfolio.ideas.map((idea) => [
          idea.title ?? idea.id,
          idea.cost ?? null,
          idea.value ?? null,
          funded.funded.includes(idea.id) ? 'yes' : 'no',
          excludedOf.get(idea.id) ?? '–',
        ]),
      },
    ],
  };
}

/**
 * Turns a {@link WorkspaceAnalysis} into the report `cxkit report` writes: an overview,
 * the findings by file and line, then one section per survey series, journey, driver set,
 * maturity survey, the decision log and each portfolio, with their charts and tables,
 * and last what could not be computed and why. Pass the result to `htmlReport` or
 * `markdownReport` from `cxkit/render`.
 *
 * A chart the data does not allow (no finished case, more segments than a chart can
 * tell apart) is replaced by a sentence in its section saying why.
 *
 * @param analysis - What {@link analyzeWorkspace} returned.
 * @returns A `Report` (see `cxkit/render`).
 * @throws `CxError` `INVALID_INPUT` when `analysis` is not an analysis.
 *
 * @example
 * import { htmlReport } from 'cxkit/render';
 * import { analyzeWorkspace, workspaceReport } from 'cxkit/workspace';
 *
 * const workspace = { manifest: null, documents: [], data: [], problems: [] };
 * const report = workspaceReport(analyzeWorkspace(workspace, { asOf: '2026-11-01' }));
 * report.sections.map((section) => section.id) // => ['overview', 'findings']
 * htmlReport(report).startsWith('<!doctype html>') // => true
 * workspaceReport(null as never) // throws CxError INVALID_INPUT
 *
 * @category Analysis
 */
export function workspaceReport(analysis: WorkspaceAnalysis): Report {
  if (typeof analysis !== 'object' || analysis === null || !Array.isArray(analysis.findings)) {
    raiseWorkspace('INVALID_INPUT', ['analysis', 'what analyzeWorkspace returns', String(analysis)]);
  }
  const counts = countFindings(analysis.findings);
  const overview: ReportSection = {
    id: 'overview',
    title: 'At a glance',
    summary: [
      `${analysis.organisation ?? analysis.title}, as of ${analysis.asOf} (${analysis.timeZone}).`,
      `Lint and audit: ${counts.error} errors, ${counts.warning} warnings, ${counts.info} notes.`,
      ...analysis.journeys.flatMap((journey) =>
        journey.comparison === null ? [] : [`${journey.journey.title}: ${journey.comparison.result.message}`],
      ),
      ...analysis.surveys.flatMap((survey) =>
        survey.dips.length === 0
          ? []
          : [`${survey.definition.title} dips every year in month ${survey.dips.map((dip) => dip.season).join(', ')}.`],
      ),
      ...(analysis.notComputed.length === 0
        ? []
        : [`${analysis.notComputed.length} analyses could not be computed; see the last section.`]),
    ],
  };
  const findings: ReportSection = {
    id: 'findings',
    title: 'Findings',
    summary: [
      analysis.findings.length === 0
        ? 'Every document lints clean.'
        : 'Every lint and audit finding, by file and line; the rule catalogue explains each rule.',
    ],
    tables:
      analysis.findings.length === 0
        ? []
        : [
            {
              caption: 'Findings by file',
              columns: ['file', 'line', 'severity', 'rule', 'finding', 'at'],
              rows: analysis.findings.map((finding) => [
                finding.file,
                finding.line ?? null,
                finding.severity,
                finding.rule,
                finding.hint === undefined ? finding.message : `${finding.message} Hint: ${finding.hint}`,
                finding.path.length === 0 ? '–' : formatPath(finding.path),
              ]),
            },
          ],
  };
  const sections: ReportSection[] = [
    overview,
    findings,
    ...analysis.surveys.map(surveySection),
    ...analysis.journeys.map(journeySection),
    ...analysis.drivers.map(driverSection),
    ...analysis.maturity.map(maturitySection),
    ...(analysis.governance.length === 0 ? [] : [governanceSection(analysis.governance)]),
    ...analysis.portfolios.map(portfolioSection),
  ];
  if (analysis.notComputed.length > 0) {
    sections.push({
      id: 'not-computed',
      title: 'Not computed',
      summary: ['What the data did not allow, and why.'],
      tables: [
        {
          caption: 'Analyses not computed',
          columns: ['source', 'file', 'analysis', 'code', 'why'],
          rows: analysis.notComputed.map((item) => [item.source, item.file, item.analysis, item.code, item.reason]),
        },
      ],
    });
  }
  return {
    title: analysis.title,
    subtitle: `CX report as of ${analysis.asOf}`,
    ...(analysis.organisation === null ? {} : { generatedFor: analysis.organisation }),
    sections,
  };
}
