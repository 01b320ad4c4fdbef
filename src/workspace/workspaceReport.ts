import { describeValue } from '../core/errors/describeValue';
import { listWords } from '../core/errors/listWords';
import { countFindings } from '../core/findings/countFindings';
import { parseInstant } from '../core/periods/parseInstant';
import type { Report, ReportSection } from '../render/index';
import { raiseWorkspace } from './messages';
import { driverSection } from './report/driverSection';
import { governanceSection } from './report/governanceSection';
import { journeySection } from './report/journeySection';
import { leadLagSection } from './report/leadLagSection';
import { maturitySection } from './report/maturitySection';
import { outcomeSection } from './report/outcomeSection';
import { peopleSection } from './report/peopleSection';
import { portfolioSection } from './report/portfolioSection';
import { counted, localDay, seasonWords } from './report/reportText';
import { surveySection } from './report/surveySection';
import type { WorkspaceAnalysis } from './WorkspaceAnalysis';

// The analysis day on the workspace's calendar: a date is one already; an instant falls on one.
function asOfDay(analysis: WorkspaceAnalysis): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(analysis.asOf)) return analysis.asOf;
  return localDay(parseInstant(analysis.asOf, { timeZone: analysis.timeZone }), analysis.timeZone);
}

/**
 * Turns a {@link WorkspaceAnalysis} into the report `cxkit report` writes: an overview,
 * the findings with their file and line, then one section per survey series, business
 * outcome and business measure linked to the ratings, journey, driver set, maturity
 * survey, the decision log, each portfolio and the people side, with their charts and tables,
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
    raiseWorkspace('INVALID_INPUT', ['analysis', 'what analyzeWorkspace returns', describeValue(analysis)], {
      path: ['analysis'],
    });
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
          : [
              `${survey.definition.title} dips every year in ${listWords(survey.dips.map((dip) => seasonWords(dip.season)))}.`,
            ],
      ),
      ...(analysis.notComputed.length === 0
        ? []
        : [
            `${counted(analysis.notComputed.length, 'analysis', 'analyses')} could not be computed; see the last section.`,
          ]),
    ],
  };
  const findings: ReportSection = {
    id: 'findings',
    title: 'Findings',
    summary: [
      analysis.findings.length === 0
        ? 'Every document lints clean.'
        : 'Every lint and audit finding, most serious first, with its file and line; the rule catalogue explains each rule.',
    ],
    findings: analysis.findings,
  };
  const sections: ReportSection[] = [
    overview,
    findings,
    ...analysis.surveys.map(surveySection),
    ...analysis.outcomes.map(outcomeSection),
    ...analysis.leadLags.map(leadLagSection),
    ...analysis.journeys.map((journey) => journeySection(journey, analysis.timeZone)),
    ...analysis.drivers.map(driverSection),
    ...analysis.maturity.map(maturitySection),
    ...(analysis.governance.length === 0 ? [] : [governanceSection(analysis.governance, analysis.timeZone)]),
    ...analysis.portfolios.map(portfolioSection),
    ...(analysis.people === null ? [] : [peopleSection(analysis.people, asOfDay(analysis))]),
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
