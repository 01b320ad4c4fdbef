import { parseInstant } from '../core/periods/parseInstant';
import type { Report, ReportSection } from '../render/index';
import { assertAnalysis, reportPart } from './assertAnalysis';
import { driverSection } from './report/driverSection';
import { governanceSection } from './report/governanceSection';
import { journeySection } from './report/journeySection';
import { leadLagSection } from './report/leadLagSection';
import { maturitySection } from './report/maturitySection';
import { outcomeSection } from './report/outcomeSection';
import { peopleSection } from './report/peopleSection';
import { portfolioSection } from './report/portfolioSection';
import { localDay } from './report/reportText';
import { scorecardSection } from './report/scorecardSection';
import { summarySection } from './report/summarySection';
import { surveySection } from './report/surveySection';
import type { WorkspaceAnalysis } from './WorkspaceAnalysis';

// The analysis day on the workspace's calendar: a date is one already; an instant falls on one.
function asOfDay(analysis: WorkspaceAnalysis): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(analysis.asOf)) return analysis.asOf;
  return localDay(parseInstant(analysis.asOf, { timeZone: analysis.timeZone }), analysis.timeZone);
}

/**
 * Turns a {@link WorkspaceAnalysis} into the report `cxkit report` writes: first an
 * executive summary, one line per thing an executive needs, each linking to its section
 * (the outcome metric now with its interval, trend and recurring dips; each journey's
 * before/after verdict naming the step it turns on; the drivers that matter and where
 * to act; the success-statement scorecard; the widest perception gap; the decisions
 * overdue; what the budget funds and leaves out; the count of findings); then the
 * strategy scorecard, one section per survey, business outcome and business measure
 * linked to the ratings, journey, driver set and maturity survey, the decisions, each
 * portfolio and the people side, with their charts and tables; what could not be
 * computed and why; and last, as an appendix, every lint and audit finding with its file
 * and line. Every chart is drawn twice, at its own width and at a phone's, for
 * `htmlReport` to show whichever fits. Pass the result to `htmlReport` or
 * `markdownReport` from `cxkit/render`; docs/workspace.md explains how each summary
 * line is derived.
 *
 * A chart the data does not allow (no finished case, more segments than a chart can
 * tell apart) is replaced by a sentence in its section saying why.
 *
 * @param analysis - What {@link analyzeWorkspace} returned.
 * @returns A `Report` (see `cxkit/render`).
 * @throws `CxError` `INVALID_INPUT` when `analysis` is not an analysis, naming the field or the entry a
 *   section could not be written from.
 *
 * @example
 * import { htmlReport } from 'cxkit/render';
 * import { analyzeWorkspace, workspaceReport } from 'cxkit/workspace';
 *
 * const workspace = { manifest: null, documents: [], data: [], problems: [] };
 * const report = workspaceReport(analyzeWorkspace(workspace, { asOf: '2026-11-01' }));
 * report.sections.map((section) => section.id) // => ['summary', 'findings']
 * htmlReport(report).startsWith('<!doctype html>') // => true
 * workspaceReport(null as never) // throws CxError INVALID_INPUT
 *
 * @category Analysis
 */
export function workspaceReport(analysis: WorkspaceAnalysis): Report {
  assertAnalysis(analysis);
  const appendix: ReportSection = {
    id: 'findings',
    title: 'Appendix: lint and audit findings',
    summary: [
      analysis.findings.length === 0
        ? 'Every document lints clean.'
        : 'Every lint and audit finding, most serious first, with its file and line; the rule catalog explains each rule.',
    ],
    findings: analysis.findings,
  };
  // Each entry's own section first, so a hand-altered entry is named by its place; the
  // summary, which reads every entry, comes first in the report but is written last.
  const entrySections: ReportSection[] = [
    ...(analysis.success.length === 0
      ? []
      : [reportPart(['success'], () => scorecardSection(analysis.success, analysis.timeZone))]),
    ...analysis.surveys.map((survey, index) => reportPart(['surveys', index], () => surveySection(survey))),
    ...analysis.outcomes.map((outcome, index) => reportPart(['outcomes', index], () => outcomeSection(outcome))),
    ...analysis.leadLags.map((leadLag, index) => reportPart(['leadLags', index], () => leadLagSection(leadLag))),
    ...analysis.journeys.map((journey, index) =>
      reportPart(['journeys', index], () => journeySection(journey, analysis.timeZone)),
    ),
    ...analysis.drivers.map((driver, index) => reportPart(['drivers', index], () => driverSection(driver))),
    ...analysis.maturity.map((survey, index) => reportPart(['maturity', index], () => maturitySection(survey))),
    ...(analysis.governance.length === 0
      ? []
      : [reportPart(['governance'], () => governanceSection(analysis.governance, analysis.timeZone))]),
    ...analysis.portfolios.map((portfolio, index) =>
      reportPart(['portfolios', index], () => portfolioSection(portfolio)),
    ),
    ...(analysis.people === null
      ? []
      : [
          reportPart(['people'], () =>
            peopleSection(analysis.people as NonNullable<typeof analysis.people>, asOfDay(analysis)),
          ),
        ]),
  ];
  const sections: ReportSection[] = [reportPart(['summary'], () => summarySection(analysis)), ...entrySections];
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
  sections.push(appendix);
  return {
    title: analysis.title,
    subtitle: `CX report as of ${analysis.asOf}`,
    ...(analysis.organization === null ? {} : { generatedFor: analysis.organization }),
    sections,
  };
}
